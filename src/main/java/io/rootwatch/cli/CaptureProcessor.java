package io.rootwatch.cli;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.Assessor;
import io.rootwatch.model.Capture;
import io.rootwatch.report.JsonRenderer;
import io.rootwatch.store.ResultRow;
import io.rootwatch.store.ScanRecorder;
import io.rootwatch.store.StoreException;
import io.rootwatch.trust.PathCertificate;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stores a capture the moment it exists, then assesses it and stores the result: a crash between the
 * two keeps the raw capture, which can always be assessed again. Thread-safe.
 */
final class CaptureProcessor {
    private final Assessor assessor;
    private final ScanRecorder recorder;

    CaptureProcessor(Assessor assessor, ScanRecorder recorder) {
        this.assessor = assessor;
        this.recorder = recorder;
    }

    Assessment process(Capture capture, Instant at) {
        String captureId = UUID.randomUUID().toString();
        try {
            recorder.recordCapture(captureId, capture);
            Assessment a = assessor.assess(capture, at);
            recorder.recordResult(captureId, resultRow(a), a.findings());
            return a;
        } catch (StoreException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResultRow resultRow(Assessment a) {
        var judgement = a.path();
        var root = judgement.flatMap(j -> j.path().root());
        List<String> path = judgement.map(j -> j.path().certificates().stream()
                .map(PathCertificate::certificate).map(c -> c.sha256()).toList()).orElse(List.of());
        return new ResultRow(
                judgement.map(j -> j.verdict().wireName()).orElse("none"),
                root.map(r -> r.certificate().sha256()),
                root.map(r -> r.name()),
                root.flatMap(r -> r.caOwner()),
                judgement.flatMap(j -> j.distrustAfter()).map(Object::toString),
                path,
                JsonRenderer.resultJson(a));
    }
}
