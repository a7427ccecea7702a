package io.rootwatch.cli;

import io.rootwatch.assess.Assessment;
import io.rootwatch.capture.ScanRunner;
import io.rootwatch.model.Capture;
import io.rootwatch.model.Endpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs the captures concurrently and hands each to the {@link CaptureProcessor} as it completes.
 * Results come back in the order the targets were given.
 */
final class ScanPipeline {
    private final ScanRunner runner;
    private final CaptureProcessor processor;

    ScanPipeline(ScanRunner runner, CaptureProcessor processor) {
        this.runner = runner;
        this.processor = processor;
    }

    List<Assessment> run(List<Endpoint> endpoints, Instant at, IntConsumer progress) {
        List<Assessment> done = Collections.synchronizedList(new ArrayList<>());
        runner.run(endpoints, capture -> {
            done.add(processor.process(capture, at));
            progress.accept(done.size());
        });
        List<Assessment> ordered = new ArrayList<>(done);
        ordered.sort((x, y) -> Integer.compare(indexOf(endpoints, x.capture()), indexOf(endpoints, y.capture())));
        return ordered;
    }

    private static int indexOf(List<Endpoint> endpoints, Capture c) {
        int i = endpoints.indexOf(c.target());
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
