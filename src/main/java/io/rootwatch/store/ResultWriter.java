package io.rootwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.rootwatch.model.Finding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The SQL that stores one capture's result and findings, replacing any earlier ones for that capture. */
final class ResultWriter {
    private ResultWriter() {
    }

    static void write(Session session, Connection c, String scanId, String captureId, ResultRow row,
                      JsonNode report, List<Finding> findings) throws SQLException, StoreException {
        if (!captureInScan(c, scanId, captureId)) {
            throw new StoreException("could not record the result of capture '" + captureId + "' in "
                    + session.file() + ": no such capture is recorded in scan '" + scanId + "'");
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT OR REPLACE INTO results (capture_id, verdict, root_sha256, root_name, ca_owner,
                                                distrust_after, path, report_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, captureId);
            s.setString(2, row.verdict());
            s.setString(3, row.rootSha256().orElse(null));
            s.setString(4, row.rootName().orElse(null));
            s.setString(5, row.caOwner().orElse(null));
            s.setString(6, row.distrustAfter().orElse(null));
            s.setString(7, Json.array(row.path()));
            s.setString(8, row.reportJson());
            s.executeUpdate();
        }
        replaceFindings(c, captureId, findings);
        describeCertificates(c, report.path("chain"));
    }

    private static boolean captureInScan(Connection c, String scanId, String captureId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM captures WHERE id = ? AND scan_id = ?")) {
            s.setString(1, captureId);
            s.setString(2, scanId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void replaceFindings(Connection c, String captureId, List<Finding> findings) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM findings WHERE capture_id = ?")) {
            delete.setString(1, captureId);
            delete.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO findings (capture_id, position, id, severity, cwe, certificate, message)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int position = 0; position < findings.size(); position++) {
                Finding f = findings.get(position);
                s.setString(1, captureId);
                s.setInt(2, position);
                s.setString(3, f.id().wireId());
                s.setString(4, f.severity().wireName());
                s.setString(5, f.cwe().orElse(null));
                s.setString(6, f.certificate().orElse(null));
                s.setString(7, f.message());
                s.executeUpdate();
            }
        }
    }

    /**
     * Fills the certificates' descriptive columns from the report's chain entries, which the x509 package
     * derived from the same DER: the store itself never parses certificates. A column already set is kept.
     */
    private static void describeCertificates(Connection c, JsonNode chain) throws SQLException {
        if (!chain.isArray()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE certificates SET subject    = coalesce(subject, ?),
                                        issuer     = coalesce(issuer, ?),
                                        serial     = coalesce(serial, ?),
                                        not_before = coalesce(not_before, ?),
                                        not_after  = coalesce(not_after, ?)
                WHERE sha256 = ?""")) {
            for (JsonNode cert : chain) {
                String sha256 = text(cert, "sha256");
                if (sha256 == null) {
                    continue;
                }
                s.setString(1, text(cert, "subject"));
                s.setString(2, text(cert, "issuer"));
                s.setString(3, text(cert, "serial"));
                s.setString(4, instant(cert, "notBefore"));
                s.setString(5, instant(cert, "notAfter"));
                s.setString(6, sha256);
                s.executeUpdate();
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String instant(JsonNode node, String field) {
        return Times.tryParse(text(node, field)).map(Times::format).orElse(null);
    }
}
