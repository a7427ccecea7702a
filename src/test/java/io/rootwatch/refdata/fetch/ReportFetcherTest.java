package io.rootwatch.refdata.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.refdata.RefDataException;
import io.rootwatch.testing.Corpus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ReportFetcher against a real loopback HTTP server serving corpus files. */
class ReportFetcherTest {
    private static final Instant T0 = Instant.parse("2026-06-24T12:00:00Z");
    private static final Path INCLUDED = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv");
    private static final Duration DAY = Duration.ofHours(24);

    @TempDir
    Path cache;
    private LocalReportServer server;
    private ReportFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LocalReportServer();
        server.serve("/mozilla/IncludedCACertificateReportPEMCSV", INCLUDED);
        fetcher = new ReportFetcher(cache, Duration.ofSeconds(2), Duration.ofMillis(1500), 4L * 1024 * 1024);
    }

    @AfterEach
    void stop() {
        server.stop();
        fetcher.close();
    }

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private URI included() {
        return server.uri("/mozilla/IncludedCACertificateReportPEMCSV");
    }

    @Test
    void firstFetch_downloadsBytesAndWritesSidecar_secondWithinMaxAge_makesNoRequest() throws IOException {
        FetchedFile first = fetcher.fetchIfStale(included(), DAY, at(T0));
        assertThat(server.requests.get()).isEqualTo(1);
        assertThat(Files.readAllBytes(first.file())).isEqualTo(Files.readAllBytes(INCLUDED));
        assertThat(first.sha256()).startsWith("20ae409997fc758c");
        assertThat(first.retrievedAt()).isEqualTo(T0);
        assertThat(first.warnings()).isEmpty();
        Path sidecar = first.file().resolveSibling(first.file().getFileName().toString().replace(".data", ".meta.json"));
        assertThat(Files.readString(sidecar)).contains(included().toString(), "2026-06-24T12:00:00Z", first.sha256(), "\"etag\"");
        try (var s = Files.list(cache)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        FetchedFile second = fetcher.fetchIfStale(included(), DAY, at(T0.plus(Duration.ofHours(23))));
        assertThat(server.requests.get()).isEqualTo(1);
        assertThat(second.retrievedAt()).isEqualTo(T0);
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void staleCopy_isRevalidated_with304_andRetrievedAtMovesForward() throws IOException {
        fetcher.fetchIfStale(included(), DAY, at(T0));
        Instant later = T0.plus(Duration.ofHours(25));
        FetchedFile again = fetcher.fetchIfStale(included(), DAY, at(later));
        assertThat(server.requests.get()).isEqualTo(2);
        assertThat(server.notModified.get()).isEqualTo(1);
        assertThat(again.retrievedAt()).isEqualTo(later);
        assertThat(Files.readAllBytes(again.file())).isEqualTo(Files.readAllBytes(INCLUDED));
    }

    @Test
    void serverDown_staleCachedCopyIsUsed_withWarning() throws IOException {
        FetchedFile first = fetcher.fetchIfStale(included(), DAY, at(T0));
        URI uri = included();
        server.stop();
        FetchedFile fallback = fetcher.fetchIfStale(uri, DAY, at(T0.plus(Duration.ofDays(3))));
        assertThat(fallback.file()).isEqualTo(first.file());
        assertThat(fallback.retrievedAt()).isEqualTo(T0);
        assertThat(fallback.warnings()).singleElement().asString()
                .startsWith("could not fetch " + uri + " (")
                .endsWith("); using the cached copy retrieved at 2026-06-24T12:00:00Z, which may be stale");
    }

    @Test
    void notFound_withoutCache_isClearError() {
        URI missing = server.uri("/mozilla/NoSuchReport");
        assertThatThrownBy(() -> fetcher.fetchIfStale(missing, DAY, at(T0)))
                .isInstanceOf(RefDataException.class)
                .hasMessage("could not fetch " + missing + " (HTTP 404) and there is no cached copy in " + cache);
    }

    @Test
    void stallingServer_timesOutWithinTheDeadline() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetchIfStale(server.uri("/stall"), DAY, at(T0)))
                .isInstanceOf(RefDataException.class)
                .hasMessageContaining("no complete response within 1500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void responseLargerThanLimit_isRejected() {
        try (ReportFetcher tiny = new ReportFetcher(cache, Duration.ofSeconds(2), Duration.ofSeconds(5), 1000)) {
            assertThatThrownBy(() -> tiny.fetchIfStale(included(), DAY, at(T0)))
                    .isInstanceOf(RefDataException.class)
                    .hasMessageContaining("larger than the 1000-byte limit");
        }
    }

    @Test
    void corruptedCachedData_isNotTrusted_andIsRefetched() throws IOException {
        FetchedFile first = fetcher.fetchIfStale(included(), DAY, at(T0));
        Files.writeString(first.file(), "tampered");
        fetcher.fetchIfStale(included(), DAY, at(T0.plusSeconds(60)));
        assertThat(server.requests.get()).isEqualTo(2);
        assertThat(Files.readAllBytes(first.file())).isEqualTo(Files.readAllBytes(INCLUDED));
    }

    @Test
    void aCutOrHeaderOnlyIncludedReport_keepsThePreviousCopy_andIsNotMarkedFresh(@TempDir Path dir) throws IOException {
        BodyCheck included = CcadbSource.expected(CcadbSource.INCLUDED_ROOTS_PATH);
        FetchedFile good = fetcher.fetchIfStale(included(), DAY, at(T0), included);
        byte[] bytes = Files.readAllBytes(INCLUDED);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        // Cut inside the first root's quoted PEM cell, as a dropped connection would.
        int cut = text.indexOf("BEGIN CERTIFICATE") + 100;
        Path cutFile = Files.write(dir.resolve("cut.csv"), java.util.Arrays.copyOf(bytes, cut));
        Path headerOnly = Files.writeString(dir.resolve("header.csv"), text.substring(0, text.indexOf('\n') + 1));
        for (Path served : java.util.List.of(cutFile, headerOnly)) {
            server.serve("/mozilla/IncludedCACertificateReportPEMCSV", served);
            Instant later = T0.plus(Duration.ofDays(2));
            FetchedFile kept = fetcher.fetchIfStale(included(), DAY, at(later), included);
            assertThat(kept.retrievedAt()).isEqualTo(T0);
            assertThat(kept.sha256()).isEqualTo(good.sha256());
            assertThat(Files.readAllBytes(kept.file())).isEqualTo(bytes);
            assertThat(kept.warnings()).singleElement().asString()
                    .startsWith("could not fetch " + included() + " (HTTP 200, but the ")
                    .contains(served == cutFile ? "ccadb-included-roots: malformed CSV: "
                            : "an included-roots report with a header but no rows (truncated?)")
                    .endsWith("); using the cached copy retrieved at 2026-06-24T12:00:00Z, which may be stale");
        }
        // With no previous copy a bad body is an error, and nothing is cached.
        ReportFetcher empty = new ReportFetcher(dir.resolve("fresh-cache"), Duration.ofSeconds(2), Duration.ofMillis(1500),
                4L * 1024 * 1024);
        try (empty) {
            assertThatThrownBy(() -> empty.fetchIfStale(included(), DAY, at(T0), included))
                    .isInstanceOf(RefDataException.class)
                    .hasMessageStartingWith("could not fetch " + included() + " (HTTP 200, but the 901-byte body")
                    .hasMessageContaining("and there is no cached copy in ");
        }
        assertThat(dir.resolve("fresh-cache")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }
}
