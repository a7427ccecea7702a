package io.rootwatch.store;

import java.util.List;

/**
 * One numbered schema step. {@code version} is the {@code PRAGMA user_version} the database has after
 * the step; {@code statements} run in order inside the opening transaction.
 */
record Migration(int version, String description, List<String> statements) {
    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, got " + version);
        }
        statements = List.copyOf(statements);
    }
}
