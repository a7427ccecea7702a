package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.rootwatch.refdata.fetch.CcadbSource;
import io.rootwatch.testing.Corpus;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's fetch path end to end: `rootwatch inspect` fetches the CCADB reports and a CT log list
 * from a real HTTP server on 127.0.0.1 (serving corpus files at CCADB's report paths), caches them in the
 * test's home, reuses the fresh cache without a single request, and falls back to the stale cache with a
 * warning when the server is gone. SHA-256 ground truth: `sha256sum` of the corpus files (their first 16
 * hex digits are MANIFEST's).
 */
class InspectFetchEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHAIN = Corpus.path("chains/badssl_wildcard-rsa2048.pem");
    private static final Path INCLUDED = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv");
    private static final Path REMOVED = Corpus.path("ccadb/RemovedCACertificateWithPEMReport_2025-03-28.csv");
    private static final Path UPCOMING = Corpus.path("ccadb/UpcomingRootRemovalsReport_2025-04-23.csv");
    /** The corpus has no copy of the public-intermediates report; a CA-PEM report (recognised by its header) stands in. */
    private static final Path CA_PEMS = Corpus.path("ccadb/AllCertificatePEMsCSVFormat_2026-08-21/AllCertificatePEMsCSVFormat_NotBeforeYear_1994.csv");
    private static final Path LOG_LIST = Corpus.path("ctlogs/google_all_logs_list_v83.6.json");
    /** An empty OneCRL (the corpus has none); `printf '{"data":[]}\n' | sha256sum` gives its hash. */
    private static final String ONECRL = "{\"data\":[]}\n";
    private static final String ONECRL_SHA256 = "25ac29823ea32c588d7536a57d86d5eca0f9a65b9f951dabc9de7e8c6560ad90";

    private static Path oneCrlFile(Path dir) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("onecrl.json"), ONECRL);
    }

    /** A loopback HTTP server serving files at paths (404 otherwise) and recording every request path. */
    static final class ReportServer implements AutoCloseable {
        final HttpServer http;
        final ExecutorService executor = Executors.newFixedThreadPool(4);
        final Map<String, Path> files = new ConcurrentHashMap<>();
        final List<String> requests = new CopyOnWriteArrayList<>();

        ReportServer() throws Exception {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            http.setExecutor(executor);
            http.createContext("/", exchange -> {
                try (exchange) {
                    String path = exchange.getRequestURI().getPath();
                    requests.add(path);
                    Path f = files.get(path);
                    if (f == null) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    byte[] body = Files.readAllBytes(f);
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            http.start();
        }

        String base() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        @Override
        public void close() {
            http.stop(0);
            executor.shutdownNow();
        }
    }

    private static Cli.Result inspect(Environment env, String base) {
        return Cli.run(env, "inspect", CHAIN.toString(), "--ccadb-url", base, "--ct-log-url", base + "/log_list.json",
                "--at", "2021-06-01", "--format", "json", "--db", env.home().resolve("rw.db").toString());
    }

    private static List<String> snapshot(JsonNode s) {
        return List.of(s.path("kind").asText(), s.path("source").asText(), s.path("retrievedAt").asText(), s.path("sha256").asText());
    }

    private static void assertTrustedDigiCert(JsonNode report) {
        JsonNode result = report.path("results").get(0);
        assertThat(result.path("mozilla").path("verdict").asText()).isEqualTo("trusted");
        assertThat(result.path("root").path("name").asText()).isEqualTo("DigiCert Global Root CA");
        assertThat(result.path("root").path("caOwner").asText()).isEqualTo("DigiCert");
        // the fetched CT list is in use: the three embedded SCTs verify and Chrome's rule is met
        assertThat(result.path("ct").path("scts").findValuesAsText("signature")).containsExactly("valid", "valid", "valid");
        assertThat(result.path("ct").path("policies").path("chrome").path("compliant").asBoolean()).isTrue();
    }

    @Test
    void inspect_fetchesIntoTheCache_reusesItWithoutRequests_andFallsBackToItWhenTheServerIsGone(@TempDir Path home)
            throws Exception {
        Environment env = Cli.env(home, Map.of()); // clock fixed at 2026-01-15T00:00:00Z
        String base;
        List<List<String>> firstSnapshots = new ArrayList<>();
        try (ReportServer server = new ReportServer()) {
            base = server.base();
            server.files.put(CcadbSource.INCLUDED_ROOTS_PATH, INCLUDED);
            server.files.put(CcadbSource.REMOVED_ROOTS_PATH, REMOVED);
            server.files.put(CcadbSource.UPCOMING_REMOVALS_PATH, UPCOMING);
            server.files.put(CcadbSource.INTERMEDIATES_PATH, CA_PEMS);
            server.files.put(CcadbSource.ONECRL_PATH, oneCrlFile(home));
            server.files.put("/log_list.json", LOG_LIST);

            Cli.Result first = inspect(env, base);
            assertThat(first.exitCode()).as(first.err()).isZero();
            JsonNode report = JSON.readTree(first.out());
            assertTrustedDigiCert(report);
            assertThat(report.path("warnings")).isEmpty();
            assertThat(server.requests).containsExactlyInAnyOrder(CcadbSource.INCLUDED_ROOTS_PATH, CcadbSource.REMOVED_ROOTS_PATH,
                    CcadbSource.UPCOMING_REMOVALS_PATH, CcadbSource.INTERMEDIATES_PATH, CcadbSource.ONECRL_PATH, "/log_list.json");
            report.path("refdata").forEach(s -> firstSnapshots.add(snapshot(s)));
            String at = "2026-01-15T00:00:00Z";
            assertThat(firstSnapshots).containsExactlyInAnyOrder(
                    List.of("ccadb-included-roots", base + CcadbSource.INCLUDED_ROOTS_PATH, at,
                            "d37c65ed1f0c0903adf26dbec1495b12b17603462f484fa8eea51a9cc36cf22f"),
                    List.of("ccadb-removed-roots", base + CcadbSource.REMOVED_ROOTS_PATH, at,
                            "13dafaf4b3dd579b23f3bf51de6a38ed8122efff3557fbe14b3c767a9b51c768"),
                    List.of("ccadb-upcoming-removals", base + CcadbSource.UPCOMING_REMOVALS_PATH, at,
                            "b556bc190fb579d9ed0611c287b1103b44bb896d837aeda07d2762fec399c81e"),
                    List.of("ccadb-ca-pems", base + CcadbSource.INTERMEDIATES_PATH, at,
                            "33d8fd41e44b6df927a0b08b9a74b7d46073cc9918bd90c862a459714123251e"),
                    List.of("onecrl", base + CcadbSource.ONECRL_PATH, at, ONECRL_SHA256),
                    List.of("ct-log-list", base + "/log_list.json", at,
                            "d40c3e7d9643646d2b44f4bfe2e23a7eed7734f8068d1f7fd4090d529999a7a6"));

            // A second run within the cache's freshness (24 h) asks the server nothing.
            Cli.Result second = inspect(env, base);
            assertThat(second.exitCode()).isZero();
            assertThat(server.requests).hasSize(6);
            JsonNode again = JSON.readTree(second.out());
            assertTrustedDigiCert(again);
            List<List<String>> secondSnapshots = new ArrayList<>();
            again.path("refdata").forEach(s -> secondSnapshots.add(snapshot(s)));
            assertThat(secondSnapshots).containsExactlyInAnyOrderElementsOf(firstSnapshots);
        }

        // Two days later the cache is stale and the server is gone: the stale copies serve, with warnings.
        Environment later = new Environment(Clock.fixed(Cli.T0.plus(Duration.ofDays(2)), ZoneOffset.UTC), env.resolver(),
                home, env.variables(), Optional.empty());
        Cli.Result offline = inspect(later, base);
        assertThat(offline.exitCode()).as(offline.err()).isZero();
        JsonNode report = JSON.readTree(offline.out());
        assertTrustedDigiCert(report);
        List<String> warnings = new ArrayList<>();
        report.path("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("could not fetch " + base + CcadbSource.INCLUDED_ROOTS_PATH)
                .endsWith("using the cached copy retrieved at 2026-01-15T00:00:00Z, which may be stale"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("could not fetch " + base + "/log_list.json")
                .endsWith("using the cached copy retrieved at 2026-01-15T00:00:00Z, which may be stale"));
        List<List<String>> staleSnapshots = new ArrayList<>();
        report.path("refdata").forEach(s -> staleSnapshots.add(snapshot(s)));
        assertThat(staleSnapshots).containsExactlyInAnyOrderElementsOf(firstSnapshots);

        // --offline answers from the cache alone, whatever its age, and says so.
        Cli.Result cacheOnly = Cli.run(later, "inspect", CHAIN.toString(), "--offline", "--ccadb-url", base,
                "--ct-log-url", base + "/log_list.json", "--at", "2021-06-01", "--format", "json",
                "--db", home.resolve("rw.db").toString());
        JsonNode offlineReport = JSON.readTree(cacheOnly.out());
        assertTrustedDigiCert(offlineReport);
        assertThat(offlineReport.path("warnings").toString())
                .contains("offline: using the cached copy of " + base + CcadbSource.INCLUDED_ROOTS_PATH + " retrieved at 2026-01-15T00:00:00Z");
    }

    @Test
    void offlineWithoutCacheOrCcadbFiles_fallsBackLoudly_andNeverTouchesTheNetwork(@TempDir Path home) throws Exception {
        Cli.Result r = Cli.run(Cli.env(home, java.util.Map.of()), "inspect", CHAIN.toString(), "--offline",
                "--ccadb-url", "http://127.0.0.1:9/", "--at", "2021-06-01", "--format", "json",
                "--db", home.resolve("rw.db").toString());
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("warnings").toString()).contains("offline: no cached copy of http://127.0.0.1:9/")
                .contains("CCADB data unavailable: distrust and removal checks are off")
                .contains("no CT log list: CT compliance cannot be judged");
    }

    @Test
    void intermediatesReport404_isAWarning_theVerdictStands_andOnlyThatPathIsAskedAgain(@TempDir Path home) throws Exception {
        Environment env = Cli.env(home, Map.of());
        try (ReportServer server = new ReportServer()) {
            String base = server.base();
            server.files.put(CcadbSource.INCLUDED_ROOTS_PATH, INCLUDED);
            server.files.put(CcadbSource.REMOVED_ROOTS_PATH, REMOVED);
            server.files.put(CcadbSource.UPCOMING_REMOVALS_PATH, UPCOMING);
            server.files.put(CcadbSource.ONECRL_PATH, oneCrlFile(home));
            server.files.put("/log_list.json", LOG_LIST);

            Cli.Result first = inspect(env, base);
            assertThat(first.exitCode()).as(first.err()).isZero();
            JsonNode report = JSON.readTree(first.out());
            assertTrustedDigiCert(report);
            assertThat(report.path("warnings").get(0).asText()).startsWith("could not fetch " + base
                    + CcadbSource.INTERMEDIATES_PATH + " (HTTP 404) and there is no cached copy in ").endsWith("; continuing without it");
            assertThat(report.path("refdata").findValuesAsText("kind")).containsExactlyInAnyOrder(
                    "ccadb-included-roots", "ccadb-removed-roots", "ccadb-upcoming-removals", "onecrl", "ct-log-list");

            // Nothing negative is cached: the missing report is asked for again, the cached ones are not.
            server.requests.clear();
            assertThat(inspect(env, base).exitCode()).isZero();
            assertThat(server.requests).containsExactly(CcadbSource.INTERMEDIATES_PATH);
        }
    }

    @Test
    void aMaintenancePageOrACutDownload_neverReplacesTheCachedCopy_andIsAskedForAgainUntilTheServerRecovers(
            @TempDir Path home) throws Exception {
        Environment env = Cli.env(home, Map.of());
        Environment later = new Environment(Clock.fixed(Cli.T0.plus(Duration.ofDays(2)), ZoneOffset.UTC), env.resolver(),
                home, env.variables(), Optional.empty());
        String maintenance = "<html><body>Down for maintenance</body></html>\n"; // 47 bytes
        Path html = Files.writeString(home.resolve("maintenance.html"), maintenance);
        byte[] list = Files.readAllBytes(LOG_LIST);
        Path cutList = Files.write(home.resolve("cut.json"), java.util.Arrays.copyOf(list, 1000));
        try (ReportServer server = new ReportServer()) {
            String base = server.base();
            server.files.put(CcadbSource.INCLUDED_ROOTS_PATH, INCLUDED);
            server.files.put(CcadbSource.REMOVED_ROOTS_PATH, REMOVED);
            server.files.put(CcadbSource.UPCOMING_REMOVALS_PATH, UPCOMING);
            server.files.put(CcadbSource.INTERMEDIATES_PATH, CA_PEMS);
            server.files.put(CcadbSource.ONECRL_PATH, oneCrlFile(home));
            server.files.put("/log_list.json", LOG_LIST);
            assertThat(inspect(env, base).exitCode()).isZero();

            // Two days on, the server answers 200 with a maintenance page and with a cut-off log list.
            server.files.put(CcadbSource.INCLUDED_ROOTS_PATH, html);
            server.files.put("/log_list.json", cutList);
            Cli.Result broken = inspect(later, base);
            assertThat(broken.exitCode()).as(broken.err()).isZero();
            JsonNode report = JSON.readTree(broken.out());
            assertTrustedDigiCert(report); // the good cached copies are still the ones in use
            List<String> warnings = new ArrayList<>();
            report.path("warnings").forEach(w -> warnings.add(w.asText()));
            assertThat(warnings).contains("could not fetch " + base + CcadbSource.INCLUDED_ROOTS_PATH
                    + " (HTTP 200, but the 47-byte body is not what was expected: not a report rootwatch uses (it starts"
                    + " \"<html><body>Down for maintenance</body></html>\")); using the cached copy retrieved at"
                    + " 2026-01-15T00:00:00Z, which may be stale");
            assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("could not fetch " + base + "/log_list.json"
                    + " (HTTP 200, but the 1000-byte body is not what was expected: not a CT log list: not valid JSON at line ")
                    .endsWith("using the cached copy retrieved at 2026-01-15T00:00:00Z, which may be stale"));
            assertThat(retrievedAt(report, "ccadb-included-roots")).isEqualTo("2026-01-15T00:00:00Z");
            assertThat(retrievedAt(report, "ct-log-list")).isEqualTo("2026-01-15T00:00:00Z");

            // Not marked fresh: once the server recovers, the very next run fetches and uses the new copies.
            server.files.put(CcadbSource.INCLUDED_ROOTS_PATH, INCLUDED);
            server.files.put("/log_list.json", LOG_LIST);
            server.requests.clear();
            Cli.Result recovered = inspect(later, base);
            JsonNode again = JSON.readTree(recovered.out());
            assertTrustedDigiCert(again);
            assertThat(again.path("warnings")).isEmpty();
            assertThat(server.requests).containsExactlyInAnyOrder(CcadbSource.INCLUDED_ROOTS_PATH, "/log_list.json");
            assertThat(retrievedAt(again, "ccadb-included-roots")).isEqualTo("2026-01-17T00:00:00Z");
            assertThat(retrievedAt(again, "ct-log-list")).isEqualTo("2026-01-17T00:00:00Z");
        }
    }

    private static String retrievedAt(JsonNode report, String kind) {
        for (JsonNode s : report.path("refdata")) {
            if (s.path("kind").asText().equals(kind)) {
                return s.path("retrievedAt").asText();
            }
        }
        throw new AssertionError("no " + kind + " snapshot in " + report.path("refdata"));
    }
}
