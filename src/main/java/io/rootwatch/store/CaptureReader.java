package io.rootwatch.store;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.TlsFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL that reads one stored capture back as the {@link Capture} that was recorded, so it can be judged
 * again (other reference data, another instant) without a new handshake. The inverse of {@link CaptureWriter}.
 */
final class CaptureReader {
    private CaptureReader() {
    }

    static Optional<Capture> read(Connection c, String captureId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.kind, t.tags, c.target, c.address, c.captured_at, c.status, c.error_kind, c.error_message,
                       c.tls_version, c.cipher, c.sni, c.stapled_ocsp, c.delivery_problems
                FROM captures c JOIN targets t ON t.display = c.target WHERE c.id = ?""")) {
            s.setString(1, captureId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Optional<String> sni = Optional.ofNullable(rs.getString("sni"));
                String version = rs.getString("tls_version");
                String cipher = rs.getString("cipher");
                Optional<TlsFacts> tls = Optional.ofNullable(version).map(v -> new TlsFacts(v, cipher, sni));
                String errorKind = rs.getString("error_kind");
                String errorMessage = rs.getString("error_message");
                Optional<CaptureError> error = Optional.ofNullable(errorKind)
                        .map(kind -> new CaptureError(errorKind(kind), errorMessage));
                byte[] ocsp = rs.getBytes("stapled_ocsp");
                String problems = rs.getString("delivery_problems");
                return Optional.of(new Capture(
                        StoredTargets.of(rs.getString("kind"), rs.getString("target"), Json.stringMap(rs.getString("tags")), sni),
                        Optional.ofNullable(rs.getString("address")),
                        Times.parse(rs.getString("captured_at")),
                        CaptureStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        error,
                        tls,
                        blobs(c, "SELECT cert.der FROM capture_certificates cc JOIN certificates cert USING (sha256)"
                                + " WHERE cc.capture_id = ? ORDER BY cc.position", captureId),
                        blobs(c, "SELECT sct_list FROM capture_tls_scts WHERE capture_id = ? ORDER BY position", captureId),
                        Optional.ofNullable(ocsp).map(Der::of),
                        // NULL: recorded before schema version 2, which did not keep them.
                        problems == null ? List.of() : Json.stringList(problems)));
            }
        }
    }

    private static CaptureError.Kind errorKind(String wireName) {
        for (CaptureError.Kind k : CaptureError.Kind.values()) {
            if (k.wireName().equals(wireName)) {
                return k;
            }
        }
        throw new IllegalStateException("stored error kind '" + wireName + "' is not one rootwatch writes");
    }

    private static List<Der> blobs(Connection c, String sql, String captureId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, captureId);
            List<Der> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(Der.of(rs.getBytes(1)));
                }
            }
            return out;
        }
    }
}
