package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.model.Der;
import io.rootwatch.testing.OpenSslServer;
import io.rootwatch.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rootwatch scan` end to end: a real `openssl s_server` on loopback, a name resolved by the injected
 * resolver (no DNS), a CCADB included-roots report naming the test root, a real SQLite file.
 */
class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestPki.Chain chain;

    @TempDir
    static Path shared;

    @BeforeAll
    static void pki() throws Exception {
        chain = TestPki.chain("test.example", 2048, "SHA256withRSA");
    }

    /** A CCADB "Included CA Certificate" report with one row: our test root, owned by "Rootwatch Test Owner". */
    static Path includedReport(Path dir, TestPki.Issued root) throws Exception {
        String pem = TestPki.pem("CERTIFICATE", root.der()).trim();
        String sha = Der.of(root.der()).sha256Hex().toUpperCase(Locale.ROOT);
        String csv = "\"Owner\",\"Common Name or Certificate Name\",\"SHA-256 Fingerprint\",\"Trust Bits\","
                + "\"Distrust for TLS After Date\",\"Mozilla Applied Constraints\",\"PEM Info\"\r\n"
                + "\"Rootwatch Test Owner\",\"rootwatch Test Root\",\"" + sha + "\",\"Websites;Email\",\"\",\"\",\"'" + pem + "'\"\r\n";
        return Files.writeString(dir.resolve("included.csv"), csv);
    }

    @Test
    void scan_capturesJudgesStoresAndReportsJson(@TempDir Path tmp) throws Exception {
        try (OpenSslServer server = new OpenSslServer(tmp, chain, List.of())) {
            Environment env = Cli.env(tmp, Map.of("test.example", "127.0.0.1"));
            String target = "test.example:" + server.port;
            Cli.Result r = Cli.run(env, "scan", target, "--ccadb", includedReport(tmp, chain.root()).toString(),
                    "--offline", "--format", "json", "--db", tmp.resolve("rw.db").toString());

            assertThat(r.err()).isEmpty();
            JsonNode report = JSON.readTree(r.out());
            assertThat(report.path("schema").asText()).isEqualTo("rootwatch.report/v1");
            assertThat(report.path("evaluatedAt").asText()).isEqualTo("2026-01-15T00:00:00Z");
            JsonNode result = report.path("results").get(0);
            assertThat(result.path("target").asText()).isEqualTo(target);
            assertThat(result.path("address").asText()).isEqualTo("127.0.0.1");
            assertThat(result.path("status").asText()).isEqualTo("ok");
            assertThat(result.path("tls").path("version").asText()).isEqualTo("TLSv1.3");
            assertThat(result.path("tls").path("sni").asText()).isEqualTo("test.example");
            assertThat(result.path("chain")).hasSize(2);
            assertThat(result.path("chain").get(0).path("sha256").asText()).isEqualTo(Der.of(chain.leaf().der()).sha256Hex());
            assertThat(result.path("chain").get(0).path("san").get(0).asText()).isEqualTo("test.example");
            assertThat(result.path("path")).hasSize(3);
            assertThat(result.path("pathCertificates").findValuesAsText("source")).containsExactly("served", "served", "store");
            assertThat(result.path("root").path("name").asText()).isEqualTo("rootwatch Test Root");
            assertThat(result.path("root").path("caOwner").asText()).isEqualTo("Rootwatch Test Owner");
            assertThat(result.path("mozilla").path("verdict").asText()).isEqualTo("trusted");
            assertThat(result.path("findings").findValuesAsText("id")).doesNotContain("hostname-mismatch", "untrusted-root");
            assertThat(report.path("warnings").toString()).contains("no CT log list");

            Cli.Result inventory = Cli.run(env, "inventory", "--db", tmp.resolve("rw.db").toString());
            assertThat(inventory.exitCode()).isZero();
            assertThat(inventory.out()).contains(target).contains("trusted").contains("rootwatch Test Root");
        }
    }

    @Test
    void scan_withWrongSni_reportsHostnameMismatch_andExitsOne(@TempDir Path tmp) throws Exception {
        try (OpenSslServer server = new OpenSslServer(tmp, chain, List.of())) {
            Environment env = Cli.env(tmp, Map.of());
            Cli.Result r = Cli.run(env, "scan", "127.0.0.1:" + server.port, "--sni", "other.example",
                    "--ccadb", includedReport(tmp, chain.root()).toString(), "--offline", "--format", "json",
                    "--db", tmp.resolve("rw.db").toString());

            assertThat(r.exitCode()).isEqualTo(1);
            JsonNode result = JSON.readTree(r.out()).path("results").get(0);
            assertThat(result.path("tls").path("sni").asText()).isEqualTo("other.example");
            assertThat(result.path("findings").findValuesAsText("id")).contains("hostname-mismatch");

            Cli.Result ignored = Cli.run(env, "scan", "127.0.0.1:" + server.port, "--sni", "other.example",
                    "--ccadb", includedReport(tmp, chain.root()).toString(), "--offline", "--format", "json",
                    "--ignore", "hostname-mismatch", "--db", tmp.resolve("rw.db").toString());
            assertThat(ignored.exitCode()).isZero();
        }
    }

    @Test
    void sniOption_appliesToTargetsFromTheFile_unlessTheLineSetsItsOwn(@TempDir Path tmp) throws Exception {
        try (OpenSslServer server = new OpenSslServer(tmp, chain, List.of())) {
            Environment env = Cli.env(tmp, Map.of());
            Path targets = Files.writeString(tmp.resolve("targets.txt"), "127.0.0.1:" + server.port + "\n"
                    + "127.0.0.1:" + server.port + " sni=test.example\n");
            Cli.Result r = Cli.run(env, "scan", "--targets", targets.toString(), "--sni", "other.example",
                    "--ccadb", includedReport(tmp, chain.root()).toString(), "--offline", "--format", "json",
                    "--db", tmp.resolve("rw.db").toString());

            JsonNode results = JSON.readTree(r.out()).path("results");
            assertThat(results.findValuesAsText("sni")).containsExactlyInAnyOrder("other.example", "test.example");
            for (JsonNode result : results) {
                boolean mismatched = result.path("findings").findValuesAsText("id").contains("hostname-mismatch");
                assertThat(mismatched).isEqualTo(result.path("tls").path("sni").asText().equals("other.example"));
            }
        }
    }

    @Test
    void resume_skipsTargetsAlreadyCapturedInThatScan(@TempDir Path tmp) throws Exception {
        try (OpenSslServer server = new OpenSslServer(tmp, chain, List.of())) {
            Environment env = Cli.env(tmp, Map.of("test.example", "127.0.0.1"));
            String csv = includedReport(tmp, chain.root()).toString();
            String db = tmp.resolve("rw.db").toString();
            String first = "test.example:" + server.port;
            Cli.Result r1 = Cli.run(env, "scan", first, "--ccadb", csv, "--offline", "--format", "json", "--db", db);
            String scanId = JSON.readTree(r1.out()).path("scanId").asText();

            Cli.Result r2 = Cli.run(env, "scan", first, "127.0.0.1:" + server.port, "--resume", scanId,
                    "--ccadb", csv, "--offline", "--format", "json", "--db", db);
            JsonNode report = JSON.readTree(r2.out());
            assertThat(report.path("scanId").asText()).isEqualTo(scanId);
            assertThat(report.path("results").findValuesAsText("target"))
                    .containsExactly(first, "127.0.0.1:" + server.port);
            assertThat(report.path("warnings").toString()).contains("skipped 1 target(s)");

            Cli.Result unknown = Cli.run(env, "scan", first, "--resume", "no-such-scan", "--ccadb", csv, "--offline", "--db", db);
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("no-such-scan");
        }
    }

    @Test
    void aTargetListedTwice_isScannedOnce_keepingTheFirstTags_andSaysSo(@TempDir Path tmp) throws Exception {
        try (OpenSslServer server = new OpenSslServer(tmp, chain, List.of())) {
            Environment env = Cli.env(tmp, Map.of("localhost", "127.0.0.1"));
            Path targets = Files.writeString(tmp.resolve("targets.txt"), "localhost:" + server.port
                    + " owner=web-team\nLOCALHOST:" + server.port + " owner=other\n");
            Cli.Result r = Cli.run(env, "scan", "--targets", targets.toString(), "localhost:" + server.port,
                    "--ccadb", includedReport(tmp, chain.root()).toString(), "--offline", "--format", "json",
                    "--db", tmp.resolve("rw.db").toString());

            assertThat(JSON.readTree(r.out()).path("results").findValuesAsText("target"))
                    .containsExactly("localhost:" + server.port);
            assertThat(r.err()).contains("skipped duplicate target localhost:" + server.port);
            assertThat(r.err().lines().filter(l -> l.contains("skipped duplicate"))).hasSize(2);
        }
    }

    @Test
    void resume_reportsAndJudgesTheWholeScan_includingResultsFromBeforeTheInterruption(@TempDir Path tmp)
            throws Exception {
        try (OpenSslServer server = new OpenSslServer(tmp, chain, List.of())) {
            Environment env = Cli.env(tmp, Map.of("test.example", "127.0.0.1"));
            String csv = includedReport(tmp, chain.root()).toString();
            String db = tmp.resolve("rw.db").toString();
            String refused;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                refused = "127.0.0.1:" + s.getLocalPort();
            }
            Cli.Result r1 = Cli.run(env, "scan", refused, "--ccadb", csv, "--offline", "--format", "json", "--db", db);
            assertThat(r1.exitCode()).isEqualTo(1);
            String scanId = JSON.readTree(r1.out()).path("scanId").asText();

            String good = "test.example:" + server.port;
            Cli.Result r2 = Cli.run(env, "scan", good, refused, "--resume", scanId,
                    "--ccadb", csv, "--offline", "--format", "json", "--db", db);

            // The failure judged before the resumption still fails the scan.
            assertThat(r2.exitCode()).isEqualTo(1);
            JsonNode results = JSON.readTree(r2.out()).path("results");
            assertThat(results.findValuesAsText("target")).containsExactly(good, refused);
            assertThat(results.get(1).path("findings").findValuesAsText("id")).contains("capture-failed");

            Cli.Result r3 = Cli.run(env, "scan", good, "--resume", scanId,
                    "--ccadb", csv, "--offline", "--format", "json", "--db", db);
            assertThat(JSON.readTree(r3.out()).path("warnings").toString())
                    .contains(refused + " were judged in that scan but are missing from this target list");
        }
    }

    @Test
    void interruptNotice_namesTheScanProgressAndTheCommandToResume() {
        assertThat(InterruptNotice.message("abc", 3, 10, List.of("a.example", "--targets", "my hosts.txt",
                "--resume", "old", "--db", "x.db")))
                .isEqualTo("rootwatch: interrupted; 3 of 10 targets done; resume with: rootwatch scan --resume abc"
                        + " a.example --targets 'my hosts.txt' --db x.db");
    }

    @Test
    void scan_unknownHost_isACaptureFailedResult_notACrash(@TempDir Path tmp) throws Exception {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "scan", "nowhere.example", "--offline", "--format", "json",
                "--ccadb", includedReport(tmp, chain.root()).toString(), "--db", tmp.resolve("rw.db").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode result = JSON.readTree(r.out()).path("results").get(0);
        assertThat(result.path("status").asText()).isEqualTo("error");
        assertThat(result.path("error").path("kind").asText()).isEqualTo("dns");
        assertThat(result.path("error").path("message").asText()).contains("nowhere.example");
        assertThat(result.path("findings").findValuesAsText("id")).containsExactly("capture-failed");
    }

    @Test
    void tableOutput_listsTargetVerdictRootAndOwner(@TempDir Path tmp) throws Exception {
        try (OpenSslServer server = new OpenSslServer(tmp, chain, List.of())) {
            Environment env = Cli.env(tmp, Map.of("test.example", "127.0.0.1"));
            Cli.Result r = Cli.run(env, "scan", "test.example:" + server.port, "--ccadb",
                    includedReport(tmp, chain.root()).toString(), "--offline", "--db", tmp.resolve("rw.db").toString());
            assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("TARGET").contains("VERDICT").contains("CT");
            assertThat(r.out()).contains("test.example:" + server.port).contains("trusted")
                    .contains("rootwatch Test Root (Rootwatch Test Owner)").doesNotContain("\u001b[");
        }
    }
}
