package io.rootwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema version 2's Java step: fills {@code captures.target_key} of file captures recorded before it. SQL
 * cannot resolve a path on disk, so each distinct file display text is resolved here, once.
 */
final class TargetKeyBackfill implements Migration.Backfill {
    @Override
    public void run(Connection c) throws SQLException {
        List<String> displays = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT DISTINCT c.target FROM captures c JOIN targets t ON t.display = c.target
                WHERE t.kind = 'file' AND c.target_key IS NULL""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                displays.add(rs.getString(1));
            }
        }
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE captures SET target_key = ? WHERE target = ? AND target_key IS NULL")) {
            for (String display : displays) {
                u.setString(1, TargetKeys.ofFileDisplay(display));
                u.setString(2, display);
                u.executeUpdate();
            }
        }
    }
}
