package io.rootwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.FileSource;
import io.rootwatch.model.Capture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file, two spellings: {@code ../shared/corpus/chains/x.pem} (relative to the build directory, which is the
 * test's current directory) and its absolute path. Both must be one target in the inventory, in a version-1
 * file upgraded in place and in a new one.
 */
class TargetKeyMigrationTest {
    private static final Path RELATIVE = Fixtures.RSA2048;
    private static final String ABSOLUTE = RELATIVE.toAbsolutePath().normalize().toString();

    @TempDir
    Path dir;

    @Test
    void versionOneFile_twoSpellingsOfOneFile_upgradeToOneInventoryTarget_keepingEveryRow() throws Exception {
        Path file = dir.resolve("v1.db");
        Database.open(file, new Migrator(Schema.MIGRATIONS.subList(0, 1))).close();
        try (Connection c = Fixtures.jdbc(file); Statement s = c.createStatement()) {
            // What rootwatch 1 wrote for `inspect ../shared/…/x.pem` and, a day later, `inspect /abs/…/x.pem`.
            s.execute("INSERT INTO scans VALUES ('s1', '2025-06-01T00:00:00.000Z', 'inspect', '2025-06-01T00:00:00.000Z', NULL)");
            s.execute("INSERT INTO targets (display, kind) VALUES ('" + RELATIVE + "', 'file'), ('" + ABSOLUTE + "', 'file'),"
                    + " ('a.example:443', 'endpoint')");
            s.execute("INSERT INTO captures (id, scan_id, target, captured_at, status) VALUES"
                    + " ('old', 's1', '" + RELATIVE + "', '2025-06-01T00:00:00.000Z', 'ok'),"
                    + " ('new', 's1', '" + ABSOLUTE + "', '2025-06-02T00:00:00.000Z', 'ok'),"
                    + " ('net', 's1', 'a.example:443', '2025-06-01T00:00:00.000Z', 'ok')");
            s.execute("INSERT INTO results (capture_id, verdict, report_json) VALUES ('old', 'trusted', '{}'),"
                    + " ('new', 'expired', '{}'), ('net', 'trusted', '{}')");
        }

        try (Database db = Database.open(file)) {
            List<InventoryRow> rows = db.inventory().query(InventoryFilter.all(Fixtures.EVALUATED));

            assertThat(rows).extracting(InventoryRow::target).containsExactly(ABSOLUTE, "a.example:443");
            assertThat(rows.get(0).verdict()).isEqualTo("expired"); // the newer capture, whichever spelling
        }
        assertThat(Fixtures.strings(file, "PRAGMA user_version")).containsExactly("2");
        assertThat(Fixtures.strings(file, "SELECT target_key FROM captures ORDER BY id"))
                .containsExactly("a.example:443", RELATIVE.toRealPath().toString(), RELATIVE.toRealPath().toString()); // net, new, old
        assertThat(Fixtures.count(file, "SELECT count(*) FROM captures")).isEqualTo(3);
        assertThat(Fixtures.count(file, "SELECT count(*) FROM results")).isEqualTo(3);
        assertThat(Fixtures.count(file, "SELECT count(*) FROM targets")).isEqualTo(3);
    }

    @Test
    void newFile_twoSpellingsOfOneFile_areOneInventoryTarget_showingTheNewestText() throws Exception {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            ScanRecorder scan = db.startScan("s", "inspect", Fixtures.STARTED, Fixtures.EVALUATED);
            record(scan, "one", RELATIVE, "2025-06-01T00:00:00Z");
            record(scan, "two", Path.of(ABSOLUTE), "2025-06-01T00:00:01Z");
            record(scan, "three", Path.of("./" + RELATIVE), "2025-06-01T00:00:02Z");

            assertThat(db.inventory().query(InventoryFilter.all(Fixtures.EVALUATED)))
                    .extracting(InventoryRow::target).containsExactly("./" + RELATIVE);
        }
    }

    @Test
    void keystoreEntries_ofOneFile_stayDistinctTargets_byAlias() throws Exception {
        try (Database db = Database.open(dir.resolve("ks.db"))) {
            ScanRecorder scan = db.startScan("s", "inspect", Fixtures.STARTED, Fixtures.EVALUATED);
            record(scan, "a", new FileSource(RELATIVE, Optional.of("a"), Map.of()), "2025-06-01T00:00:00Z");
            record(scan, "b", new FileSource(Path.of(ABSOLUTE), Optional.of("b"), Map.of()), "2025-06-01T00:00:01Z");
            record(scan, "a2", new FileSource(Path.of(ABSOLUTE), Optional.of("a"), Map.of()), "2025-06-01T00:00:02Z");

            assertThat(db.inventory().query(InventoryFilter.all(Fixtures.EVALUATED)))
                    .extracting(InventoryRow::target).containsExactly(ABSOLUTE + "#a", ABSOLUTE + "#b");
        }
    }

    private static void record(ScanRecorder scan, String id, Path path, String at) throws Exception {
        record(scan, id, new FileSource(path, Optional.empty(), Map.of()), at);
    }

    private static void record(ScanRecorder scan, String id, FileSource source, String at) throws Exception {
        scan.recordCapture(id, new Capture(source, Optional.empty(), Instant.parse(at), CaptureStatus.OK,
                Optional.empty(), Optional.empty(), Fixtures.chain(RELATIVE), List.of(), Optional.empty()));
        scan.recordResult(id, new ResultRow("trusted", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), "{}"), List.of());
    }
}
