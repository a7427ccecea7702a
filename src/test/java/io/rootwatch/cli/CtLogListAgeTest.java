package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.LogListParser;
import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Google's v83.6 list is dated 2026-02-03T12:54:57Z (MANIFEST); browsers give up on a list after 70 days. */
class CtLogListAgeTest {

    private static LogList v836() throws Exception {
        return LogListParser.google(Files.readAllBytes(Corpus.path("ctlogs/google_all_logs_list_v83.6.json")), "v83.6");
    }

    @Test
    void listSeventyDaysOld_isNoWarning_seventyOneDaysIs() throws Exception {
        Instant listTime = Instant.parse("2026-02-03T12:54:57Z");
        assertThat(CtLogListLoader.staleness(v836(), listTime.plusSeconds(70L * 86400))).isEmpty();
        assertThat(CtLogListLoader.staleness(v836(), listTime.plusSeconds(71L * 86400)))
                .hasValueSatisfying(w -> assertThat(w).contains("is 71 days old").contains("Chrome stops enforcing CT after 70 days"));
    }

    @Test
    void staleListJudgedAt2026June_isWarnedInTheReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, java.util.Map.of()), "inspect",
                Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(), "--offline",
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv").toString(),
                "--ct-logs", Corpus.path("ctlogs/google_all_logs_list_v83.6.json").toString(),
                "--at", "2026-06-01", "--format", "json", "--db", tmp.resolve("rw.db").toString());
        assertThat(r.out()).contains("is 117 days old at 2026-06-01T00:00:00Z");
    }
}
