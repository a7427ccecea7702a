package io.rootwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * One numbered schema step. {@code version} is the {@code PRAGMA user_version} the database has after
 * the step; {@code statements} run in order inside the opening transaction, then {@code backfill}, in the
 * same transaction, for data SQL cannot compute (such as resolving a file path on disk).
 */
record Migration(int version, String description, List<String> statements, Backfill backfill) {
    /** Java work on the connection, after the step's statements; a failure rolls the whole opening back. */
    @FunctionalInterface
    interface Backfill {
        Backfill NONE = c -> { };

        void run(Connection connection) throws SQLException;
    }

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, got " + version);
        }
        statements = List.copyOf(statements);
        Objects.requireNonNull(backfill, "backfill");
    }

    /** A step that is SQL only. */
    Migration(int version, String description, List<String> statements) {
        this(version, description, statements, Backfill.NONE);
    }
}
