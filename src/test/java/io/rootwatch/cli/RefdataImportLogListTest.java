package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refdata import} takes CT log lists of the three programs, recognised by content, and records each as a
 * {@code ct-log-list} snapshot that {@code refdata list} shows. SHA-256 values are sha256sum's; log counts are
 * each list's logs plus tiled_logs, counted with Python's json module.
 */
class RefdataImportLogListTest {
    private static final Path GOOGLE = Corpus.path("ctlogs/google_all_logs_list_v83.6.json");
    private static final Path APPLE = Corpus.path("ctlogs/apple_current_log_list_2026-02-04.json");
    private static final Path MOZILLA = Corpus.path("ctlogs/mozilla_known_logs_list_2025-12-01.json");
    private static final Path INCLUDED = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv");

    @Test
    void googleListAlone_isImportedAsACtLogListSnapshot(@TempDir Path tmp) {
        String db = tmp.resolve("rw.db").toString();
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "refdata", "import", GOOGLE.toString(), "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "CT log list: Google's (Chrome) log list v83.6 of 2026-02-03T12:54:57Z, 247 logs",
                "ct-log-list              d40c3e7d9643646d  (offline)  " + GOOGLE);

        Cli.Result list = Cli.run(Cli.env(tmp, Map.of()), "refdata", "list", "--db", db);
        assertThat(list.out().lines()).containsExactly("ct-log-list              d40c3e7d9643646d  (offline)  " + GOOGLE);
    }

    @Test
    void appleAndMozillaListsBesideACsv_areAllImported_noneSkipped(@TempDir Path tmp) {
        String db = tmp.resolve("rw.db").toString();
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "refdata", "import", APPLE.toString(), MOZILLA.toString(),
                INCLUDED.toString(), "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("warning").doesNotContain("skipped")
                .contains("roots: 166 included, 0 removed")
                .contains("CT log list: Apple's log list v499, 166 logs")
                .contains("CT log list: Mozilla's known-logs list of 2025-12-01T10:52:20Z, 74 logs");

        Cli.Result list = Cli.run(Cli.env(tmp, Map.of()), "refdata", "list", "--db", db);
        assertThat(list.out().lines()).containsExactlyInAnyOrder(
                "ccadb-included-roots     20ae409997fc758c  (offline)  " + INCLUDED,
                "ct-log-list              f01d7a6558fae330  (offline)  " + APPLE,
                "ct-log-list              35ff1f3ea32ad10e  (offline)  " + MOZILLA);
    }

    @Test
    void aBrokenLogList_isRefusedNamingTheFile_andNothingIsStored(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("list.json"), "{\"operators\": [{\"name\": \"x\", \"logs\": [{}]}]}");
        String db = tmp.resolve("rw.db").toString();
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "refdata", "import", broken.toString(), INCLUDED.toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("rootwatch: " + broken).doesNotContain("\tat ");
        assertThat(Files.exists(tmp.resolve("rw.db"))).isFalse();
    }

    @Test
    void importHelp_namesTheLogListFormats(@TempDir Path tmp) {
        assertThat(Cli.run(Cli.env(tmp, Map.of()), "refdata", "import", "--help").out().replaceAll("\\s+", " "))
                .contains("CT log lists (Google v3, Apple or Mozilla known-logs JSON)");
    }
}
