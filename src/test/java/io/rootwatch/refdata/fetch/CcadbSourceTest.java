package io.rootwatch.refdata.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Snapshot;
import io.rootwatch.refdata.RefDataException;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CcadbSourceTest {
    private static final Instant T0 = Instant.parse("2026-06-24T12:00:00Z");

    @TempDir
    Path cache;

    @Test
    void fetchAndLoad_threeReportsServed_intermediatesAndOneCrlMissing_loadsWithUrlSnapshotsAndWarnings() throws IOException {
        try (LocalReportServer server = new LocalReportServer();
             ReportFetcher fetcher = new ReportFetcher(cache, Duration.ofSeconds(2), Duration.ofSeconds(10), 16L << 20)) {
            server.serve(CcadbSource.INCLUDED_ROOTS_PATH, Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv"));
            server.serve(CcadbSource.REMOVED_ROOTS_PATH, Corpus.path("ccadb/RemovedCACertificateWithPEMReport_2026-06-16.csv"));
            server.serve(CcadbSource.UPCOMING_REMOVALS_PATH, Corpus.path("ccadb/UpcomingRootRemovalsReport_2026-06-16_headeronly.csv"));

            ReferenceData d = CcadbSource.fetchAndLoad(fetcher, server.base(), CcadbSource.DEFAULT_MAX_AGE,
                    Clock.fixed(T0, ZoneOffset.UTC));

            assertThat(d.roots().size()).isEqualTo(166 + 102);
            assertThat(d.snapshots()).extracting(Snapshot::kind)
                    .containsExactly("ccadb-included-roots", "ccadb-removed-roots", "ccadb-upcoming-removals");
            assertThat(d.snapshots()).allSatisfy(s -> assertThat(s.retrievedAt()).isEqualTo(Optional.of(T0)));
            assertThat(d.snapshots().get(0).source()).isEqualTo(server.base() + CcadbSource.INCLUDED_ROOTS_PATH);
            assertThat(d.warnings()).hasSize(2);
            assertThat(d.warnings().get(0)).startsWith("could not fetch " + server.base() + CcadbSource.INTERMEDIATES_PATH
                    + " (HTTP 404)").endsWith("; continuing without it");
            // A mirror serves OneCRL under Remote Settings' path.
            assertThat(d.warnings().get(1)).startsWith("could not fetch " + server.base() + CcadbSource.ONECRL_PATH
                    + " (HTTP 404)").endsWith("; continuing without it");
            assertThat(d.oneCrl().loaded()).isFalse();
        }
    }

    @Test
    void fetchAndLoad_includedReportUnavailable_isError() throws IOException {
        try (LocalReportServer server = new LocalReportServer();
             ReportFetcher fetcher = new ReportFetcher(cache, Duration.ofSeconds(2), Duration.ofSeconds(10), 16L << 20)) {
            assertThatThrownBy(() -> CcadbSource.fetchAndLoad(fetcher, server.base(), CcadbSource.DEFAULT_MAX_AGE,
                    Clock.fixed(T0, ZoneOffset.UTC)))
                    .isInstanceOf(RefDataException.class)
                    .hasMessageStartingWith("could not fetch " + server.base() + CcadbSource.INCLUDED_ROOTS_PATH + " (HTTP 404)");
        }
    }
}
