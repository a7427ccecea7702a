package io.rootwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.rootwatch.model.Capture;
import io.rootwatch.model.Finding;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one scan's captures and results as they happen. Thread-safe: many virtual threads may call it
 * at once; calls are serialized on the database's one connection, each in its own transaction, so every
 * method that returns normally has made its data durable (a later crash loses none of it).
 * Obtained from {@link Database#startScan}; unusable once the database is closed.
 */
public final class ScanRecorder {
    private final Session session;
    private final String scanId;

    ScanRecorder(Session session, String scanId) {
        this.session = session;
        this.scanId = scanId;
    }

    public String scanId() {
        return scanId;
    }

    /**
     * Stores one capture in one transaction: the target (its tags updated to these), the capture row,
     * each served certificate's exact DER (once per distinct SHA-256, across all scans) and its position
     * in the served order, the TLS-extension SCT lists and the stapled OCSP response. Call it as soon as
     * the capture completes.
     *
     * @param captureId unique across the database; the caller chooses it (e.g. a UUID)
     * @throws StoreException when the id is already recorded, or the write fails; nothing is stored then
     */
    public void recordCapture(String captureId, Capture capture) throws StoreException {
        requireId(captureId);
        Objects.requireNonNull(capture, "capture");
        session.write("record capture '" + captureId + "'", c -> {
            CaptureWriter.write(session, c, scanId, captureId, capture);
            return null;
        });
    }

    /**
     * Stores a capture's result and findings (in the order given) in one transaction. Idempotent: a
     * second call for the same capture replaces the first one's result and findings. Also fills the
     * NULL descriptive columns of {@code certificates} from the report's {@code chain} entries.
     *
     * @throws IllegalArgumentException when {@code row.reportJson()} is not a JSON object
     * @throws StoreException when the capture is not recorded in this scan, or the write fails
     */
    public void recordResult(String captureId, ResultRow row, List<Finding> findings) throws StoreException {
        requireId(captureId);
        Objects.requireNonNull(row, "row");
        List<Finding> copy = List.copyOf(findings);
        // Parsed before taking the database lock; a bad report is the caller's bug, not a storage failure.
        JsonNode report = Json.object(row.reportJson(), "the report JSON of capture '" + captureId + "'");
        session.write("record the result of capture '" + captureId + "'", c -> {
            ResultWriter.write(session, c, scanId, captureId, row, report, copy);
            return null;
        });
    }

    /** Same as {@link Database#completedTargets(String)} for this scan. */
    public Set<String> completedTargets() throws StoreException {
        return Scans.completedTargets(session, scanId);
    }

    /**
     * Marks the scan finished at {@code finishedAt}. A scan never finished (interrupted) keeps
     * {@code finished_at} NULL and is listed by {@link Database#unfinishedScans()}. Idempotent; the last
     * call's instant wins.
     */
    public void finish(Instant finishedAt) throws StoreException {
        Objects.requireNonNull(finishedAt, "finishedAt");
        session.write("finish scan '" + scanId + "'", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE scans SET finished_at = ? WHERE id = ?")) {
                s.setString(1, Times.format(finishedAt));
                s.setString(2, scanId);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static void requireId(String captureId) {
        if (captureId == null || captureId.isBlank()) {
            throw new IllegalArgumentException("capture id must not be blank");
        }
    }
}
