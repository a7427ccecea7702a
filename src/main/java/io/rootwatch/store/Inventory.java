package io.rootwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The read side: what the database knows about each target now. Thread-safe (shares the database's
 * serialized connection). Obtained from {@link Database#inventory()}.
 */
public final class Inventory {
    private final Session session;

    Inventory(Session session) {
        this.session = session;
    }

    /**
     * The latest result per target — its newest capture (by captured_at) that has a result — filtered
     * by {@code filter}, sorted by target. Empty when nothing matches. The same rows as the
     * {@code latest_results} view of the file.
     */
    public List<InventoryRow> query(InventoryFilter filter) throws StoreException {
        List<InventoryRow> rows = session.read("query the inventory", c -> {
            StringBuilder sql = new StringBuilder("""
                    SELECT l.target, l.captured_at, l.status, l.verdict, l.leaf_subject, l.leaf_not_after,
                           l.root_name, l.root_sha256, l.ca_owner, l.finding_count, l.worst_severity, t.tags
                    FROM latest_results l JOIN targets t ON t.display = l.target WHERE 1 = 1""");
            List<String> args = new ArrayList<>();
            filter.caOwner().ifPresent(owner -> {
                sql.append(" AND lower(ca_owner) = ?");
                args.add(owner.toLowerCase(Locale.ROOT));
            });
            filter.rootContains().ifPresent(text -> {
                // instr, not LIKE: the user's text may hold % or _.
                sql.append(" AND (instr(lower(root_name), ?) > 0 OR instr(lower(root_sha256), ?) > 0)");
                args.add(text.toLowerCase(Locale.ROOT));
                args.add(text.toLowerCase(Locale.ROOT));
            });
            filter.verdict().ifPresent(verdict -> {
                sql.append(" AND verdict = ?");
                args.add(verdict);
            });
            sql.append(" ORDER BY target");
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setString(i + 1, args.get(i));
                }
                List<InventoryRow> result = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        result.add(row(rs));
                    }
                }
                return result;
            }
        });
        // Tags are filtered here, not in SQL: a key may hold '.' or '"', which json_extract paths would misread.
        rows = rows.stream().filter(r -> r.tags().entrySet().containsAll(filter.tags().entrySet())).toList();
        if (filter.expiringWithinDays().isEmpty()) {
            return List.copyOf(rows);
        }
        Instant horizon = filter.at().plus(Duration.ofDays(filter.expiringWithinDays().get()));
        return rows.stream()
                .filter(r -> r.leafNotAfter().map(notAfter -> !notAfter.isAfter(horizon)).orElse(false))
                .toList();
    }

    private static InventoryRow row(ResultSet rs) throws SQLException {
        return new InventoryRow(
                rs.getString("target"),
                Times.parse(rs.getString("captured_at")),
                rs.getString("status"),
                rs.getString("verdict"),
                Optional.ofNullable(rs.getString("leaf_subject")),
                Times.tryParse(rs.getString("leaf_not_after")),
                Optional.ofNullable(rs.getString("root_name")),
                Optional.ofNullable(rs.getString("ca_owner")),
                rs.getInt("finding_count"),
                rs.getString("worst_severity"),
                Json.stringMap(rs.getString("tags")));
    }
}
