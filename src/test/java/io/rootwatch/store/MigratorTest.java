package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {
    @TempDir
    Path dir;

    private static final Migration CREATE = new Migration(1, "create t", List.of(
            "PRAGMA application_id = " + Schema.APPLICATION_ID,
            "CREATE TABLE t (step TEXT)",
            "INSERT INTO t VALUES ('one')"));
    // Fails unless CREATE ran before it, and fails if CREATE runs again after it (table exists).
    private static final Migration ALTER = new Migration(2, "add column", List.of(
            "ALTER TABLE t ADD COLUMN extra TEXT",
            "INSERT INTO t (step, extra) VALUES ('two', 'x')"));

    @Test
    void migrate_newFile_appliesEveryMigrationInOrder() throws Exception {
        Path file = dir.resolve("m.db");

        Database.open(file, new Migrator(List.of(CREATE, ALTER))).close();

        assertThat(Fixtures.strings(file, "PRAGMA user_version")).containsExactly("2");
        assertThat(Fixtures.strings(file, "SELECT step FROM t ORDER BY rowid")).containsExactly("one", "two");
    }

    @Test
    void migrate_fileAtVersionOne_appliesOnlyTheLaterMigration() throws Exception {
        Path file = dir.resolve("m.db");
        Database.open(file, new Migrator(List.of(CREATE))).close();
        assertThat(Fixtures.strings(file, "PRAGMA user_version")).containsExactly("1");

        Database.open(file, new Migrator(List.of(CREATE, ALTER))).close();

        assertThat(Fixtures.strings(file, "PRAGMA user_version")).containsExactly("2");
        assertThat(Fixtures.strings(file, "SELECT step FROM t ORDER BY rowid")).containsExactly("one", "two");
    }

    @Test
    void migrate_failingStep_rollsBackEveryStepOfThatOpening() throws Exception {
        Path file = dir.resolve("m.db");
        Migration broken = new Migration(2, "broken", List.of("CREATE TABLE u (x)", "THIS IS NOT SQL"));

        assertThatThrownBy(() -> Database.open(file, new Migrator(List.of(CREATE, broken))))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("could not apply schema migrations in " + file + ": ");

        assertThat(Fixtures.strings(file, "PRAGMA user_version")).containsExactly("0");
        assertThat(Fixtures.strings(file, "SELECT name FROM sqlite_master")).isEmpty();
    }

    @Test
    void migrate_backfill_runsAfterItsStatements_andItsFailureRollsBackTheWholeOpening() throws Exception {
        Path file = dir.resolve("m.db");
        Database.open(file, new Migrator(List.of(CREATE))).close();
        Migration failing = new Migration(2, "backfill that fails", List.of("ALTER TABLE t ADD COLUMN extra TEXT"), c -> {
            try (var s = c.createStatement()) {
                s.execute("UPDATE t SET extra = 'filled'"); // needs the column: statements ran first
            }
            throw new java.sql.SQLException("disk said no");
        });

        assertThatThrownBy(() -> Database.open(file, new Migrator(List.of(CREATE, failing))))
                .isInstanceOf(StoreException.class).hasMessageContaining("disk said no");

        assertThat(Fixtures.strings(file, "PRAGMA user_version")).containsExactly("1");
        assertThat(Fixtures.strings(file, "SELECT name FROM pragma_table_info('t')")).containsExactly("step");
    }

    @Test
    void constructor_versionsNotConsecutiveFromOne_isRejected() {
        Migration three = new Migration(3, "skips two", List.of("SELECT 1"));

        assertThatThrownBy(() -> new Migrator(List.of(CREATE, three)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("migration #2 has version 3; versions must be 1, 2, 3, … in order");
    }

    @Test
    void realSchema_versionsAreConsecutive() {
        assertThat(new Migrator(Schema.MIGRATIONS).latestVersion()).isEqualTo(Schema.MIGRATIONS.size());
    }
}
