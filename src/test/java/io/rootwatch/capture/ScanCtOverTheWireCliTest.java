package io.rootwatch.capture;

import io.rootwatch.testing.ChainTlsServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.capture.CtWireKit.TestLog;
import io.rootwatch.cli.Environment;
import io.rootwatch.cli.Main;
import io.rootwatch.model.Der;
import io.rootwatch.testing.TestPki;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `rootwatch scan` end to end against a loopback BouncyCastle server that staples SCTs in the TLS
 * extension (log Alpha) and in an OCSP response (log Beta), judged with `--ct-logs` pointing at a Google
 * v3 list file written for the two test logs. The clock and `--at` are fixed; names resolve only through
 * the injected resolver.
 */
class ScanCtOverTheWireCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant AT = CtOverTheWireTest.AT;
    static final String HOST = CtOverTheWireTest.HOST;

    static TestPki.Chain pki;
    static TestLog alpha;
    static TestLog beta;

    @BeforeAll
    static void setUp() throws Exception {
        pki = TestPki.chain(HOST, 2048, "SHA256withRSA");
        alpha = TestLog.create("rootwatch Test Log Alpha", "Test Operator One");
        beta = TestLog.create("rootwatch Test Log Beta", "Test Operator Two");
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run scan(Path home, int port, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", HOST + ":" + port, "--db", home.resolve("rw.db").toString()));
        args.addAll(List.of(extra));
        return run(home, args);
    }

    /** Runs {@code args} plus --ccadb (the test root), --ct-logs (the two test logs), --offline and --at. */
    static Run run(Path home, List<String> args) throws Exception {
        return run(home, args, true);
    }

    /** Runs {@code args}, plus the reference-data options when {@code withData} (inventory takes none). */
    static Run run(Path home, List<String> args, boolean withData) throws Exception {
        Path logList = CtWireKit.writeGoogleList(home, "1.0", CtOverTheWireTest.LIST_TIME,
                Instant.parse("2025-06-01T00:00:00Z"), alpha, beta);
        List<String> all = new ArrayList<>(args);
        if (withData) {
            all.addAll(List.of("--ccadb", CtWireKit.includedReport(home, pki.root().der()).toString(),
                    "--ct-logs", logList.toString(), "--offline", "--at", AT.toString()));
        }
        Environment env = new Environment(Clock.fixed(AT, ZoneOffset.UTC), host -> {
            if (!host.equals(HOST)) {
                throw new UnknownHostException(host + ": unknown in this test");
            }
            return List.of(InetAddress.getByName("127.0.0.1"));
        }, home, Map.of(), Optional.empty());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static ChainTlsServer.Config split(ProtocolVersion version, byte[] betaSct) throws Exception {
        return ChainTlsServer.Config.of(pki.servedOrder(), pki.leaf().privateKeyParameter(), version)
                .withSct(CtWireKit.list(List.of(CtWireKit.sct(alpha, pki.leaf().der(), CtOverTheWireTest.SCT_TIME, false))))
                .withOcsp(CtWireKit.ocsp(pki, CtWireKit.list(List.of(betaSct)), CtOverTheWireTest.SCT_TIME));
    }

    @ParameterizedTest(name = "TLSv1.{0}")
    @ValueSource(ints = {2, 3})
    void scanJson_reportsTlsAndOcspScts_validAndChromeCompliant(int minor, @TempDir Path home) throws Exception {
        ProtocolVersion version = minor == 2 ? ProtocolVersion.TLSv12 : ProtocolVersion.TLSv13;
        byte[] betaSct = CtWireKit.sct(beta, pki.leaf().der(), CtOverTheWireTest.SCT_TIME, false);
        try (ChainTlsServer server = new ChainTlsServer(split(version, betaSct))) {
            Run r = scan(home, server.port(), "--format", "json");

            assertThat(r.err()).isEmpty();
            JsonNode report = JSON.readTree(r.out());
            JsonNode result = report.path("results").get(0);
            assertThat(result.path("status").asText()).isEqualTo("ok");
            assertThat(result.path("tls").path("version").asText()).isEqualTo("TLSv1." + minor);
            assertThat(result.path("mozilla").path("verdict").asText()).isEqualTo("trusted");

            JsonNode scts = result.path("ct").path("scts");
            assertThat(scts).hasSize(2);
            assertThat(scts.findValuesAsText("channel")).containsExactly("tls", "ocsp");
            assertThat(scts.findValuesAsText("signature")).containsExactly("valid", "valid");
            assertThat(scts.findValuesAsText("logId")).containsExactly(alpha.logId(), beta.logId());
            assertThat(scts.findValuesAsText("logName")).containsExactly("rootwatch Test Log Alpha", "rootwatch Test Log Beta");
            assertThat(scts.findValuesAsText("operator")).containsExactly("Test Operator One", "Test Operator Two");
            assertThat(scts.findValuesAsText("timestamp")).containsOnly("2026-02-27T08:15:30.123Z");

            JsonNode chrome = result.path("ct").path("policies").path("chrome");
            assertThat(chrome.path("compliant").isBoolean()).isTrue();
            assertThat(chrome.path("compliant").asBoolean()).isTrue();
            assertThat(chrome.path("enforced").asBoolean()).isTrue();
            assertThat(chrome.path("ruleVersion").asText()).isEqualTo("chrome-2022-04-15");
            assertThat(chrome.path("reason").asText()).startsWith("Meets the TLS/OCSP rule: 2 TLS/OCSP-delivered SCTs");
            assertThat(result.path("ct").path("policies").path("mozilla").path("compliant").asBoolean()).isTrue();
            assertThat(result.path("findings").findValuesAsText("id"))
                    .doesNotContain("sct-invalid", "sct-problem", "ct-noncompliant");

            String listSha = Der.of(Files.readAllBytes(home.resolve("test_log_list.json"))).sha256Hex();
            assertThat(report.path("refdata").findValuesAsText("kind")).contains("ct-log-list");
            assertThat(report.path("refdata").findValuesAsText("sha256")).contains(listSha);
        }
    }

    @Test
    void scanJson_tamperedOcspSct_isInvalid_withAnSctInvalidFindingNamingTheLog(@TempDir Path home) throws Exception {
        byte[] tampered = CtWireKit.sct(beta, pki.leaf().der(), CtOverTheWireTest.SCT_TIME, true);
        try (ChainTlsServer server = new ChainTlsServer(split(ProtocolVersion.TLSv13, tampered))) {
            Run r = scan(home, server.port(), "--format", "json");

            JsonNode result = JSON.readTree(r.out()).path("results").get(0);
            assertThat(result.path("ct").path("scts").findValuesAsText("signature")).containsExactly("valid", "invalid");
            assertThat(result.path("ct").path("policies").path("chrome").path("compliant").asBoolean()).isFalse();
            List<String> invalid = new ArrayList<>();
            result.path("findings").forEach(f -> {
                if (f.path("id").asText().equals("sct-invalid")) {
                    invalid.add(f.path("message").asText());
                }
            });
            assertThat(invalid).containsExactly(
                    "The ocsp SCT from rootwatch Test Log Beta dated 2026-02-27T08:15:30.123Z does not verify for the leaf.");
            assertThat(r.exitCode()).isEqualTo(1); // ct-noncompliant is high, at the default --fail-on
        }
    }

    @Test
    void ctCommand_onTheTarget_explainsTheTlsAndOcspScts(@TempDir Path home) throws Exception {
        byte[] betaSct = CtWireKit.sct(beta, pki.leaf().der(), CtOverTheWireTest.SCT_TIME, false);
        try (ChainTlsServer server = new ChainTlsServer(split(ProtocolVersion.TLSv12, betaSct))) {
            Run r = run(home, List.of("ct", HOST + ":" + server.port(), "--format", "json"));

            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode root = JSON.readTree(r.out());
            assertThat(root.path("input").asText()).isEqualTo(HOST + ":" + server.port());
            assertThat(root.path("issuer").path("subject").asText()).isEqualTo("CN=rootwatch Test Intermediate");
            JsonNode scts = root.path("scts");
            assertThat(scts.findValuesAsText("channel")).containsExactly("tls", "ocsp");
            assertThat(scts.findValuesAsText("signature")).containsExactly("valid", "valid");
            assertThat(scts.findValuesAsText("logState")).containsOnly("usable since 2025-06-01T00:00:00Z");
            assertThat(scts.findValuesAsText("timestampMillis")).containsOnly(
                    String.valueOf(CtOverTheWireTest.SCT_TIME.toEpochMilli()));
            for (String program : List.of("mozilla", "chrome", "apple")) {
                assertThat(root.path("policies").path(program).path("compliant").asBoolean()).as(program).isTrue();
                assertThat(root.path("policies").path(program).path("reason").asText()).as(program)
                        .startsWith("Meets the TLS/OCSP rule: ");
            }
        }
    }

    /** `ct --db` leaves the capture as the server sent it, the snapshots it was judged with, and the result. */
    @Test
    void ctCommand_withDb_recordsTheCaptureAsSent_theSnapshots_andShowsInInventory(@TempDir Path home) throws Exception {
        byte[] betaSct = CtWireKit.sct(beta, pki.leaf().der(), CtOverTheWireTest.SCT_TIME, false);
        ChainTlsServer.Config config = split(ProtocolVersion.TLSv13, betaSct);
        Path db = home.resolve("ct.db");
        try (ChainTlsServer server = new ChainTlsServer(config)) {
            String target = HOST + ":" + server.port();
            Run plain = run(home, List.of("ct", target, "--format", "json"));
            Run r = run(home, List.of("ct", target, "--format", "json", "--db", db.toString()));

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo(plain.out()); // recording changes nothing in what ct prints
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
                assertThat(column(s, "SELECT target FROM captures")).containsExactly(target);
                assertThat(column(s, "SELECT command FROM scans")).containsExactly("ct");
                List<Der> served = new ArrayList<>();
                try (var rs = s.executeQuery("SELECT der FROM capture_certificates JOIN certificates USING (sha256)"
                        + " ORDER BY position")) {
                    while (rs.next()) {
                        served.add(Der.of(rs.getBytes(1)));
                    }
                }
                assertThat(served).containsExactlyElementsOf(pki.servedOrder().stream().map(Der::of).toList());
                assertThat(column(s, "SELECT count(*) FROM capture_tls_scts")).containsExactly("1");
                assertThat(column(s, "SELECT stapled_ocsp IS NOT NULL FROM captures")).containsExactly("1");
                assertThat(column(s, "SELECT kind FROM snapshots ORDER BY kind")).contains("ct-log-list")
                        .anyMatch(kind -> kind.startsWith("ccadb-"));
                assertThat(column(s, "SELECT verdict FROM results")).containsExactly("trusted");
            }

            Run inventory = run(home, List.of("inventory", "--db", db.toString()), false);
            assertThat(inventory.exitCode()).as(inventory.err()).isZero();
            assertThat(inventory.out()).contains(target);
        }
    }

    private static List<String> column(java.sql.Statement s, String sql) throws java.sql.SQLException {
        List<String> values = new ArrayList<>();
        try (var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
