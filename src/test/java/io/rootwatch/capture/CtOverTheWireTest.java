package io.rootwatch.capture;

import io.rootwatch.testing.ChainTlsServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.Assessor;
import io.rootwatch.capture.CtWireKit.TestLog;
import io.rootwatch.ct.CtAssessment;
import io.rootwatch.ct.CtLogLists;
import io.rootwatch.ct.PolicyVerdict;
import io.rootwatch.ct.SctChannel;
import io.rootwatch.ct.SctObservation;
import io.rootwatch.ct.SctSignatureStatus;
import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.model.Protocol;
import io.rootwatch.refdata.RefDataLoader;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.LogListParser;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.store.Database;
import io.rootwatch.testing.TestPki;
import io.rootwatch.trust.Budget;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CT over the wire: an in-JVM BouncyCastle TLS server on 127.0.0.1 serves a generated leaf + intermediate
 * with SCTs from two throw-away test logs (two operators) in the TLS extension and/or a stapled OCSP
 * response; TlsCapturer captures it and the Assessor finds, verifies and judges the SCTs.
 * Evaluation at 2026-03-01T12:00Z: before Chrome 148 (2026-05-05) stops counting OCSP-delivered SCTs,
 * and 9 days after the test list's timestamp (well inside Chrome's and Firefox's 70 days).
 */
class CtOverTheWireTest {
    static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant LIST_TIME = Instant.parse("2026-02-20T00:00:00Z");
    static final Instant SCT_TIME = Instant.parse("2026-02-27T08:15:30.123Z");
    static final CaptureOptions FAST = new CaptureOptions(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(5), 4, 2);
    static final String HOST = "ct.test.example";

    static TestPki.Chain pki;
    static TestLog alpha;
    static TestLog beta;
    static LogList list;
    static ReferenceData refData;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        pki = TestPki.chain(HOST, 2048, "SHA256withRSA");
        alpha = TestLog.create("rootwatch Test Log Alpha", "Test Operator One");
        beta = TestLog.create("rootwatch Test Log Beta", "Test Operator Two");
        list = LogListParser.google(CtWireKit.googleList("1.0", LIST_TIME, Instant.parse("2025-06-01T00:00:00Z"), alpha, beta)
                .getBytes(StandardCharsets.UTF_8), "test list");
        refData = RefDataLoader.load(List.of(CtWireKit.includedReport(dir, pki.root().der())));
    }

    static byte[] sct(TestLog log) {
        return CtWireKit.sct(log, pki.leaf().der(), SCT_TIME, false);
    }

    static ProtocolVersion version(String name) {
        return switch (name) {
            case "TLSv1.2" -> ProtocolVersion.TLSv12;
            case "TLSv1.3" -> ProtocolVersion.TLSv13;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Capture capture(ChainTlsServer.Config config) throws Exception {
        try (ChainTlsServer server = new ChainTlsServer(config)) {
            HostResolver none = host -> {
                throw new UnknownHostException("no names in this test: " + host);
            };
            return new TlsCapturer(none, FAST, Clock.fixed(AT, ZoneOffset.UTC))
                    .capture(new Endpoint(Protocol.TLS, "127.0.0.1", server.port(), Optional.of(HOST), Map.of()));
        }
    }

    static Assessment assess(Capture c) {
        return new Assessor(refData, new CtLogLists(Optional.empty(), Optional.of(list), Optional.empty()), Budget.defaults())
                .assess(c, AT);
    }

    /**
     * TLS: both SCTs in the TLS extension; OCSP: both in the stapled OCSP response; SPLIT: Alpha's in the
     * extension, Beta's in the OCSP response (the TLS/OCSP rule counts the two channels together).
     */
    @ParameterizedTest(name = "{0}, SCTs via {1}")
    @CsvSource({"TLSv1.2, TLS", "TLSv1.2, OCSP", "TLSv1.2, SPLIT", "TLSv1.3, TLS", "TLSv1.3, OCSP", "TLSv1.3, SPLIT"})
    void serverDeliveredScts_areFoundVerified_andMeetTheTlsOcspRule(String versionName, String via) throws Exception {
        byte[] both = CtWireKit.list(List.of(sct(alpha), sct(beta)));
        ChainTlsServer.Config config = ChainTlsServer.Config.of(pki.servedOrder(), pki.leaf().privateKeyParameter(),
                version(versionName));
        config = switch (via) {
            case "TLS" -> config.withSct(both);
            case "OCSP" -> config.withOcsp(CtWireKit.ocsp(pki, both, SCT_TIME));
            default -> config.withSct(CtWireKit.list(List.of(sct(alpha))))
                    .withOcsp(CtWireKit.ocsp(pki, CtWireKit.list(List.of(sct(beta))), SCT_TIME));
        };

        Capture c = capture(config);
        assertThat(c.status()).as(c.error().toString()).isEqualTo(CaptureStatus.OK);
        assertThat(c.tls().orElseThrow().version()).isEqualTo(versionName);
        assertThat(c.served()).containsExactly(Der.of(pki.leaf().der()), Der.of(pki.intermediate().der()));
        assertThat(c.tlsSctLists()).hasSize(via.equals("OCSP") ? 0 : 1);
        assertThat(c.stapledOcsp().isPresent()).isEqualTo(!via.equals("TLS"));

        Assessment a = assess(c);
        assertThat(a.path().orElseThrow().verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        CtAssessment ct = a.ct().orElseThrow();
        SctChannel alphaChannel = via.equals("OCSP") ? SctChannel.OCSP : SctChannel.TLS;
        SctChannel betaChannel = via.equals("TLS") ? SctChannel.TLS : SctChannel.OCSP;
        assertThat(ct.scts()).containsExactlyInAnyOrder(
                new SctObservation(alphaChannel, alpha.logId(), Optional.of("rootwatch Test Log Alpha"),
                        Optional.of("Test Operator One"), SCT_TIME, SctSignatureStatus.VALID),
                new SctObservation(betaChannel, beta.logId(), Optional.of("rootwatch Test Log Beta"),
                        Optional.of("Test Operator Two"), SCT_TIME, SctSignatureStatus.VALID));

        for (Program p : Program.values()) {
            PolicyVerdict v = ct.policies().get(p);
            assertThat(v.compliant()).as(p + ": " + v.reason()).contains(true);
            assertThat(v.enforced()).as(p.name()).isTrue(); // test root is Mozilla-included with Websites trust
            assertThat(v.reason()).as(p.name()).startsWith("Meets the TLS/OCSP rule: ");
        }
        assertThat(ct.policies().get(Program.CHROME).reason()).startsWith("Meets the TLS/OCSP rule: 2 TLS/OCSP-delivered SCTs "
                + "from distinct counted logs of operators Test Operator One, Test Operator Two");
        assertThat(ct.policies().get(Program.CHROME).ruleVersion()).isEqualTo("chrome-2022-04-15");
        assertThat(a.findings()).extracting(Finding::id)
                .doesNotContain(FindingId.SCT_INVALID, FindingId.SCT_PROBLEM, FindingId.CT_NONCOMPLIANT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
    void tamperedSct_isInvalid_namedInAnSctInvalidFinding_andNoLongerMeetsTheRule(String versionName) throws Exception {
        byte[] tampered = CtWireKit.sct(beta, pki.leaf().der(), SCT_TIME, true);
        byte[] tls = CtWireKit.list(List.of(sct(alpha), tampered));
        Capture c = capture(ChainTlsServer.Config.of(pki.servedOrder(), pki.leaf().privateKeyParameter(), version(versionName))
                .withSct(tls));
        assertThat(c.status()).isEqualTo(CaptureStatus.OK);
        assertThat(c.tlsSctLists()).containsExactly(Der.of(tls));

        CtAssessment ct = assess(c).ct().orElseThrow();
        assertThat(ct.scts()).extracting(SctObservation::channel, SctObservation::logIdBase64, SctObservation::signature)
                .containsExactly(tuple(SctChannel.TLS, alpha.logId(), SctSignatureStatus.VALID),
                        tuple(SctChannel.TLS, beta.logId(), SctSignatureStatus.INVALID));
        assertThat(ct.findings()).filteredOn(f -> f.id() == FindingId.SCT_INVALID).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("The tls SCT from rootwatch Test Log Beta dated 2026-02-27T08:15:30.123Z "
                    + "does not verify for the leaf.");
            assertThat(f.certificate()).contains(Der.of(pki.leaf().der()).sha256Hex());
        });
        PolicyVerdict chrome = ct.policies().get(Program.CHROME);
        assertThat(chrome.compliant()).contains(false);
        assertThat(chrome.reason()).contains("1 TLS/OCSP-delivered SCT from distinct counted logs, from operator Test Operator One")
                .contains("the TLS/OCSP rule needs 2 admissible logs of 2 operators");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
    void zeroLengthSctExtension_isReportedAsAnSctProblem(String versionName) throws Exception {
        ChainTlsServer.Config config = ChainTlsServer.Config.of(pki.servedOrder(), pki.leaf().privateKeyParameter(),
                version(versionName)).withSct(new byte[0]);
        Capture c = capture(config);
        assertThat(c.status()).as(c.error().toString()).isEqualTo(CaptureStatus.OK);
        assertThat(c.tlsSctLists()).isEmpty();
        assertThat(c.deliveryProblems()).singleElement().asString().startsWith("The signed_certificate_timestamp extension in ");
        assertThat(assess(c).ct().orElseThrow().findings()).filteredOn(f -> f.id() == FindingId.SCT_PROBLEM)
                .extracting(Finding::message).containsExactly(c.deliveryProblems().get(0));
    }

    /** The same capture, stored and read back from the database, keeps the problem and so the finding. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
    void zeroLengthSctExtension_survivesTheDatabase_andIsStillAnSctProblemWhenJudgedFromIt(String versionName)
            throws Exception {
        Capture c = capture(ChainTlsServer.Config.of(pki.servedOrder(), pki.leaf().privateKeyParameter(),
                version(versionName)).withSct(new byte[0]));
        assertThat(c.deliveryProblems()).hasSize(1);

        Capture loaded;
        try (Database db = Database.open(dir.resolve("rejudge-" + versionName + ".db"))) {
            db.startScan("s", "scan", AT, AT).recordCapture("c1", c);
            loaded = db.capture("c1").orElseThrow();
        }

        assertThat(loaded).isEqualTo(c);
        assertThat(assess(loaded).ct().orElseThrow().findings()).filteredOn(f -> f.id() == FindingId.SCT_PROBLEM)
                .extracting(Finding::message).containsExactly(c.deliveryProblems().get(0));
    }
}
