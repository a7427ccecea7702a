package io.rootwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database to the newest schema version by applying, in order and in one transaction, every
 * migration above its {@code PRAGMA user_version}. The version is re-read inside the (BEGIN IMMEDIATE,
 * so write-locked) transaction, so two processes opening a new file at once migrate it exactly once.
 */
final class Migrator {
    private final List<Migration> migrations;

    /** @throws IllegalArgumentException unless the versions are exactly 1, 2, 3, … in order */
    Migrator(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration #" + (i + 1) + " has version "
                        + migrations.get(i).version() + "; versions must be 1, 2, 3, … in order");
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    int latestVersion() {
        return migrations.size();
    }

    /** Applies pending migrations; refuses (and changes nothing) when the file is newer than this code. */
    void migrate(Session session) throws StoreException {
        session.write("apply schema migrations", c -> {
            int current = userVersion(c);
            if (current > latestVersion()) {
                throw session.newerThanCode(current, latestVersion());
            }
            for (Migration m : migrations.subList(current, migrations.size())) {
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    m.backfill().run(c);
                    // PRAGMA takes no bind parameters; the version is an int from our own list.
                    s.execute("PRAGMA user_version = " + m.version());
                }
            }
            return null;
        });
    }

    static int userVersion(Connection c) throws SQLException {
        return intPragma(c, "user_version");
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
