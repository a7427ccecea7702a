package io.rootwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The SQL about scans as a whole: starting or resuming one, and what an interrupted one already has. */
final class Scans {
    private Scans() {
    }

    /** Inserts the scan, or — when the id exists — keeps its first row and marks it unfinished again. */
    static void start(Session session, String scanId, String command, Instant startedAt, Instant evaluatedAt)
            throws StoreException {
        session.write("start scan '" + scanId + "'", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO scans (id, started_at, command, evaluated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET finished_at = NULL""")) {
                s.setString(1, scanId);
                s.setString(2, Times.format(startedAt));
                s.setString(3, command);
                s.setString(4, Times.format(evaluatedAt));
                s.executeUpdate();
            }
            return null;
        });
    }

    static Set<String> completedTargets(Session session, String scanId) throws StoreException {
        return session.read("list the completed targets of scan '" + scanId + "'", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT DISTINCT c.target FROM captures c JOIN results r ON r.capture_id = c.id
                    WHERE c.scan_id = ? ORDER BY c.target""")) {
                s.setString(1, scanId);
                Set<String> targets = new LinkedHashSet<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        targets.add(rs.getString(1));
                    }
                }
                return Collections.unmodifiableSet(targets);
            }
        });
    }

    static List<String> unfinished(Session session) throws StoreException {
        return session.read("list unfinished scans", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM scans WHERE finished_at IS NULL ORDER BY started_at DESC, id DESC");
                 ResultSet rs = s.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return List.copyOf(ids);
            }
        });
    }

    /** The id of every capture of the scan that has a result, oldest capture first. */
    static List<String> judgedCaptures(Session session, String scanId) throws StoreException {
        return firstColumn(session, "list the judged captures of scan '" + scanId + "'", """
                SELECT c.id FROM captures c JOIN results r ON r.capture_id = c.id
                WHERE c.scan_id = ? ORDER BY c.captured_at, c.id""", scanId);
    }

    /** The report_json of every result in the scan, oldest capture first. */
    static List<String> reports(Session session, String scanId) throws StoreException {
        return firstColumn(session, "read the results of scan '" + scanId + "'", """
                SELECT r.report_json FROM captures c JOIN results r ON r.capture_id = c.id
                WHERE c.scan_id = ? ORDER BY c.captured_at, c.id""", scanId);
    }

    /** The first column of every row {@code sql} returns for the one parameter {@code scanId}, in its order. */
    private static List<String> firstColumn(Session session, String what, String sql, String scanId)
            throws StoreException {
        return session.read(what, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, scanId);
                List<String> values = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
                return List.copyOf(values);
            }
        });
    }

    /** Every scan, newest start first, with its capture and result counts. */
    static List<ScanSummary> summaries(Session session) throws StoreException {
        return session.read("list the scans", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT s.id, s.command, s.started_at, s.finished_at, s.evaluated_at,
                           (SELECT count(*) FROM captures c WHERE c.scan_id = s.id),
                           (SELECT count(*) FROM captures c JOIN results r ON r.capture_id = c.id WHERE c.scan_id = s.id)
                    FROM scans s ORDER BY s.started_at DESC, s.id DESC""");
                 ResultSet rs = s.executeQuery()) {
                List<ScanSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ScanSummary(rs.getString(1), rs.getString(2), Times.parse(rs.getString(3)),
                            java.util.Optional.ofNullable(rs.getString(4)).map(Times::parse), Times.parse(rs.getString(5)),
                            rs.getInt(6), rs.getInt(7)));
                }
                return List.copyOf(out);
            }
        });
    }
}
