package io.rootwatch.cli;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.Assessor;
import io.rootwatch.model.Capture;
import io.rootwatch.model.Endpoint;
import io.rootwatch.store.Database;
import io.rootwatch.store.ScanRecorder;
import io.rootwatch.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code scan --resume ID}: which targets still need a handshake, and the results the scan already has, so
 * the report and its exit code cover the whole scan and not only the part run after the interruption.
 */
final class ResumedScan {
    private final String scanId;
    private final List<String> judgedCaptures;
    private final List<Endpoint> remaining;
    private final List<String> warnings = new ArrayList<>();

    private ResumedScan(String scanId, List<String> judgedCaptures, List<Endpoint> remaining) {
        this.scanId = scanId;
        this.judgedCaptures = judgedCaptures;
        this.remaining = remaining;
    }

    static ResumedScan of(Database db, String scanId, List<Endpoint> given) throws StoreException {
        Set<String> done = db.completedTargets(scanId);
        if (!db.unfinishedScans().contains(scanId) && done.isEmpty()) {
            throw new UsageException("--resume " + scanId + ": no such scan in " + db.file());
        }
        List<Endpoint> remaining = given.stream().filter(e -> !done.contains(e.display())).toList();
        ResumedScan r = new ResumedScan(scanId, db.judgedCaptures(scanId), remaining);
        int skipped = given.size() - remaining.size();
        if (skipped > 0) {
            r.warnings.add("resumed scan " + scanId + ": skipped " + skipped
                    + " target(s) already captured and judged; their results are judged again from the stored"
                    + " captures and included");
        }
        List<String> givenNames = given.stream().map(Endpoint::display).toList();
        List<String> notGiven = done.stream().filter(t -> !givenNames.contains(t)).toList();
        if (!notGiven.isEmpty()) {
            // The report still covers them: they are part of the scan whatever this run was told.
            r.warnings.add("resumed scan " + scanId + ": " + String.join(", ", notGiven)
                    + " were judged in that scan but are missing from this target list; their results are included");
        }
        return r;
    }

    List<Endpoint> remaining() {
        return remaining;
    }

    List<String> warnings() {
        return warnings;
    }

    /**
     * Judges the scan's stored captures again with this run's reference data and instant, and records each
     * result anew (replacing the old one), so the report is judged one way throughout and the database says
     * what the report says.
     */
    List<Assessment> rejudge(Database db, Assessor assessor, ScanRecorder recorder, Instant at) throws StoreException {
        List<Assessment> out = new ArrayList<>();
        for (String id : judgedCaptures) {
            Capture capture = db.capture(id).orElseThrow(() -> new IllegalStateException(
                    "capture " + id + " of scan " + scanId + " vanished while resuming"));
            Assessment a = assessor.assess(capture, at);
            recorder.recordResult(id, CaptureProcessor.resultRow(a), a.findings());
            out.add(a);
        }
        return out;
    }

    /** Earlier and new results in the order the targets were given; targets no longer given go last. */
    static List<Assessment> merged(List<Endpoint> given, List<Assessment> earlier, List<Assessment> now) {
        List<String> order = given.stream().map(Endpoint::display).toList();
        List<Assessment> all = new ArrayList<>(earlier);
        all.addAll(now);
        all.sort(Comparator.comparingInt(a -> {
            int i = order.indexOf(a.capture().target().display());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return all;
    }
}
