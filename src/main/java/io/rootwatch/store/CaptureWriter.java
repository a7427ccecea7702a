package io.rootwatch.store;

import io.rootwatch.model.Capture;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.FileSource;
import io.rootwatch.model.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The SQL that stores one capture's raw facts: target, capture row (with its target key and delivery
 * problems), served certificates, TLS SCT lists.
 */
final class CaptureWriter {
    private CaptureWriter() {
    }

    static void write(Session session, Connection c, String scanId, String captureId, Capture capture)
            throws SQLException, StoreException {
        if (exists(c, captureId)) {
            throw new StoreException("could not record capture '" + captureId + "' in " + session.file()
                    + ": a capture with that id is already recorded");
        }
        upsertTarget(c, capture.target());
        insertCapture(c, scanId, captureId, capture);
        String capturedAt = Times.format(capture.capturedAt());
        insertServed(c, captureId, capture.served(), capturedAt);
        insertTlsScts(c, captureId, capture.tlsSctLists());
    }

    private static boolean exists(Connection c, String captureId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM captures WHERE id = ?")) {
            s.setString(1, captureId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The latest tags win: a targets file edited between scans re-tags the target. */
    private static void upsertTarget(Connection c, Target target) throws SQLException {
        String kind = switch (target) {
            case Endpoint e -> "endpoint";
            case FileSource f -> "file";
        };
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO targets (display, kind, tags) VALUES (?, ?, ?)
                ON CONFLICT (display) DO UPDATE SET kind = excluded.kind, tags = excluded.tags""")) {
            s.setString(1, target.display());
            s.setString(2, kind);
            s.setString(3, Json.tags(target.tags()));
            s.executeUpdate();
        }
    }

    private static void insertCapture(Connection c, String scanId, String captureId, Capture capture)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO captures (id, scan_id, target, address, captured_at, status, error_kind, error_message,
                                      tls_version, cipher, sni, stapled_ocsp, target_key, delivery_problems)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, captureId);
            s.setString(2, scanId);
            s.setString(3, capture.target().display());
            s.setString(4, capture.address().orElse(null));
            s.setString(5, Times.format(capture.capturedAt()));
            s.setString(6, capture.status().wireName());
            s.setString(7, capture.error().map(e -> e.kind().wireName()).orElse(null));
            s.setString(8, capture.error().map(e -> e.message()).orElse(null));
            s.setString(9, capture.tls().map(t -> t.version()).orElse(null));
            s.setString(10, capture.tls().map(t -> t.cipher()).orElse(null));
            s.setString(11, capture.tls().flatMap(t -> t.sni()).orElse(null));
            if (capture.stapledOcsp().isPresent()) {
                s.setBytes(12, capture.stapledOcsp().get().bytes());
            } else {
                s.setNull(12, Types.BLOB);
            }
            s.setString(13, TargetKeys.of(capture.target()));
            s.setString(14, Json.array(capture.deliveryProblems()));
            s.executeUpdate();
        }
    }

    /**
     * Each distinct certificate is stored once, keyed by SHA-256 of its DER; first_seen keeps the earliest
     * capture time even when captures are recorded out of order (fixed-width times compare as text).
     */
    private static void insertServed(Connection c, String captureId, List<Der> served, String capturedAt)
            throws SQLException {
        try (PreparedStatement cert = c.prepareStatement("""
                INSERT INTO certificates (sha256, der, first_seen) VALUES (?, ?, ?)
                ON CONFLICT (sha256) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen)""");
             PreparedStatement link = c.prepareStatement(
                     "INSERT INTO capture_certificates (capture_id, position, sha256) VALUES (?, ?, ?)")) {
            for (int position = 0; position < served.size(); position++) {
                Der der = served.get(position);
                String sha256 = der.sha256Hex();
                cert.setString(1, sha256);
                cert.setBytes(2, der.bytes());
                cert.setString(3, capturedAt);
                cert.executeUpdate();
                link.setString(1, captureId);
                link.setInt(2, position);
                link.setString(3, sha256);
                link.executeUpdate();
            }
        }
    }

    private static void insertTlsScts(Connection c, String captureId, List<Der> sctLists) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO capture_tls_scts (capture_id, position, sct_list) VALUES (?, ?, ?)")) {
            for (int position = 0; position < sctLists.size(); position++) {
                s.setString(1, captureId);
                s.setInt(2, position);
                s.setBytes(3, sctLists.get(position).bytes());
                s.executeUpdate();
            }
        }
    }
}
