package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.model.Der;
import io.rootwatch.testing.CcadbCsv;
import io.rootwatch.testing.ChainTlsServer;
import io.rootwatch.testing.Corpus;
import io.rootwatch.testing.OpenSslServer;
import io.rootwatch.testing.TestPki;
import io.rootwatch.testing.TestPki.Issued;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Mozilla verdict and served-chain finding of issue 2, end to end: a real TLS server on loopback
 * (openssl s_server, or the in-JVM BouncyCastle server where openssl cannot serve the chain), `rootwatch
 * scan` in-process at the fixed clock T0 with generated CCADB reports, and exact values read back from the
 * JSON report. Trusted and hostname-mismatch are in {@link ScanCommandTest}.
 */
class ScanVerdictsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Cli.T0;
    private static final String HOST = "test.example";
    /** A leaf valid from 45 days before T0 to 320 days after: nothing about its dates is remarkable. */
    private static final Instant LEAF_FROM = Instant.parse("2025-12-01T00:00:00Z");
    private static final Instant LEAF_TO = Instant.parse("2026-12-01T00:00:00Z");

    private static KeyPair leafKey;
    private static KeyPair weakKey;
    private static KeyPair otherKey;
    private static Issued root;
    private static Issued inter;

    @BeforeAll
    static void pki() throws Exception {
        KeyPair rootKey = TestPki.rsa(2048);
        KeyPair interKey = TestPki.rsa(2048);
        leafKey = TestPki.rsa(2048);
        weakKey = TestPki.rsa(1024);
        otherKey = TestPki.rsa(2048);
        root = TestPki.cert("rootwatch E2E Root", rootKey).serial(1).ca().build();
        inter = TestPki.cert("rootwatch E2E Intermediate", interKey).issuedBy(root).serial(2).ca().build();
    }

    private static TestPki.Spec leaf(long serial) {
        return TestPki.cert(HOST, leafKey).issuedBy(inter).serial(serial).validity(LEAF_FROM, LEAF_TO).san(HOST);
    }

    // ---- validity ----

    @Test
    void expiredLeaf_isExpired_critical_exitOne(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(10).validity(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("expired");
        assertThat(s.findings()).containsExactly("expired critical " + sha(leaf));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void notYetValidLeaf_isNotYetValid_high_exitOne(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(11).validity(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z")).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("not-yet-valid");
        assertThat(s.findings()).containsExactly("not-yet-valid high " + sha(leaf));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void leafValidTenDaysMore_isTrusted_withExpiresSoonMedium_exitZero(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(12).validity(LEAF_FROM, T0.plus(Duration.ofDays(10))).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.findings()).containsExactly("expires-soon medium " + sha(leaf));
        assertThat(s.result().path("findings").get(0).path("message").asText()).contains("expires in 10 days");
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void leafValidFiveDaysMore_isTrusted_withExpiresSoonHigh_exitOne(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(13).validity(LEAF_FROM, T0.plus(Duration.ofDays(5))).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.findings()).containsExactly("expires-soon high " + sha(leaf));
        assertThat(s.result().path("findings").get(0).path("message").asText()).contains("expires in 5 days");
        assertThat(s.exitCode()).isEqualTo(1);
    }

    // ---- where the path ends ----

    @Test
    void selfSignedLeaf_isNotInStore(@TempDir Path tmp) throws Exception {
        Issued leaf = TestPki.cert(HOST, leafKey).serial(14).validity(LEAF_FROM, LEAF_TO).san(HOST).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("not-in-store");
        assertThat(s.findings()).containsExactly("untrusted-root critical " + sha(leaf), "self-signed-leaf high " + sha(leaf));
        assertThat(s.result().path("root").isNull()).isTrue();
        assertThat(s.pathShas()).containsExactly(sha(leaf));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void intermediateNotSentNorInCcadb_isNoPath(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(15).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("no-path");
        assertThat(s.findings()).containsExactly("untrusted-root critical " + sha(leaf));
        assertThat(s.result().path("root").isNull()).isTrue();
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void intermediateFromCcadbCaPems_isTrusted_withIncompleteChain(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(16).build();
        Path pems = CcadbCsv.caPems(tmp.resolve("AllCertificatePEMs.csv"), List.of(inter.der()));
        Scan s = scanOpenSsl(tmp, leaf, List.of(), List.of(), included(tmp, "Websites;Email", ""), pems);

        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.findings()).containsExactly("incomplete-chain medium " + sha(inter));
        assertThat(s.result().path("chain").findValuesAsText("sha256")).containsExactly(sha(leaf));
        assertThat(s.pathShas()).containsExactly(sha(leaf), sha(inter), sha(root));
        assertThat(s.result().path("pathCertificates").findValuesAsText("source")).containsExactly("served", "ccadb", "store");
        assertThat(s.exitCode()).isZero();
    }

    // ---- the root's standing ----

    @Test
    void rootInRemovedReport_isRemoved(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(17).build();
        Path removed = CcadbCsv.removed(tmp.resolve("removed.csv"), "Rootwatch Test Owner", "rootwatch E2E Root", root.der());
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), removed);

        assertThat(s.verdict()).isEqualTo("removed");
        assertThat(s.findings()).containsExactly("removed-root critical " + sha(root));
        assertThat(s.result().path("root").path("caOwner").asText()).isEqualTo("Rootwatch Test Owner");
        assertThat(s.result().path("mozilla").path("reason").asText()).contains("Firefox 125");
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void distrustAfter_leafIssuedOneSecondAfterEndOfDay_isDistrusted(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(18).validity(Instant.parse("2026-01-01T00:00:00Z"), LEAF_TO).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Websites;Email", "2025.12.31"));

        assertThat(s.verdict()).isEqualTo("distrusted");
        assertThat(s.result().path("mozilla").path("distrustAfter").asText()).isEqualTo("2025-12-31");
        assertThat(s.findings()).containsExactly("distrusted-root critical " + sha(root));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void distrustAfter_leafIssuedAtLastSecondOfThatDay_staysTrusted_withDistrustPending(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(19).validity(Instant.parse("2025-12-31T23:59:59Z"), LEAF_TO).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Websites;Email", "2025.12.31"));

        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.result().path("mozilla").path("distrustAfter").asText()).isEqualTo("2025-12-31");
        assertThat(s.findings()).containsExactly("distrust-pending medium " + sha(root));
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void rootTrustedForEmailOnly_isNoWebsitesTrust(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(20).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Email", ""));

        assertThat(s.verdict()).isEqualTo("no-websites-trust");
        assertThat(s.findings()).containsExactly("no-websites-trust critical " + sha(root));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    // ---- broken paths ----

    @Test
    void leafIssuedByNonCaCertificate_isInvalidPath(@TempDir Path tmp) throws Exception {
        Issued notCa = TestPki.cert("rootwatch E2E Not A CA", otherKey).issuedBy(root).serial(21).build();
        Issued leaf = TestPki.cert(HOST, leafKey).issuedBy(notCa).serial(22).validity(LEAF_FROM, LEAF_TO).san(HOST).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(notCa.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("invalid-path");
        assertThat(s.findings()).containsExactly("invalid-path high " + sha(notCa));
        assertThat(s.result().path("mozilla").path("reason").asText()).contains("basicConstraints cA is false");
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void leafSignedWithWrongKey_isInvalidPath(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(23).signedWith(otherKey).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("invalid-path");
        assertThat(s.findings()).containsExactly("invalid-path high " + sha(leaf));
        assertThat(s.result().path("mozilla").path("reason").asText()).contains("does not verify");
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void rsa1024Leaf_overTls12_isTrusted_withWeakKey(@TempDir Path tmp) throws Exception {
        Issued leaf = TestPki.cert(HOST, weakKey).issuedBy(inter).serial(24).validity(LEAF_FROM, LEAF_TO).san(HOST).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of("-tls1_2", "-cipher", "DEFAULT@SECLEVEL=0"),
                included(tmp, "Websites;Email", ""));

        assertThat(s.result().path("tls").path("version").asText()).isEqualTo("TLSv1.2");
        assertThat(s.result().path("chain").get(0).path("keySize").asInt()).isEqualTo(1024);
        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.findings()).containsExactly("weak-key high " + sha(leaf));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void sha1SignedLeaf_isInvalidPath_withWeakSignature(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(25).signatureAlgorithm("SHA1withRSA").build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der()), List.of("-cipher", "DEFAULT@SECLEVEL=0"),
                included(tmp, "Websites;Email", ""));

        assertThat(s.result().path("chain").get(0).path("signatureAlgorithm").asText()).isEqualTo("SHA1withRSA");
        assertThat(s.verdict()).isEqualTo("invalid-path");
        assertThat(s.findings()).containsExactly("weak-signature high " + sha(leaf));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    // ---- served-chain hygiene ----

    @Test
    void intermediatesServedInReverseOrder_isTrusted_withChainOrder(@TempDir Path tmp) throws Exception {
        Issued issuing = TestPki.cert("rootwatch E2E Issuing CA", otherKey).issuedBy(inter).serial(26).ca().build();
        Issued leaf = TestPki.cert(HOST, leafKey).issuedBy(issuing).serial(27).validity(LEAF_FROM, LEAF_TO).san(HOST).build();
        Scan s = scanBc(tmp, List.of(leaf.der(), inter.der(), issuing.der()), leaf, HOST,
                included(tmp, "Websites;Email", ""));

        assertThat(s.result().path("chain").findValuesAsText("sha256")).containsExactly(sha(leaf), sha(inter), sha(issuing));
        assertThat(s.pathShas()).containsExactly(sha(leaf), sha(issuing), sha(inter), sha(root));
        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.findings()).containsExactly("chain-order low " + sha(inter));
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void intermediateServedBeforeLeaf_isACaUsedAsEndEntity_invalidPath(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(28).build();
        Scan s = scanBc(tmp, List.of(inter.der(), leaf.der()), leaf, HOST, included(tmp, "Websites;Email", ""));

        // TLS makes the first certificate the server's own, so the intermediate is judged as the leaf: it does
        // not cover the name and the real leaf goes unused. The server signs with the leaf's key, which does
        // not match the first certificate, so the handshake fails after the Certificate message. Firefox
        // rejects a CA certificate as the end entity (mozilla::pkix ERROR_CA_CERT_USED_AS_END_ENTITY). The first
        // certificate signed the second, so chain-order says the order looks reversed.
        assertThat(s.result().path("status").asText()).isEqualTo("partial");
        assertThat(s.result().path("chain").findValuesAsText("sha256")).containsExactly(sha(inter), sha(leaf));
        assertThat(s.verdict()).isEqualTo("invalid-path");
        assertThat(s.findings()).containsExactly("hostname-mismatch high " + sha(inter), "invalid-path high " + sha(inter),
                "chain-order low " + sha(inter), "unused-cert info " + sha(leaf));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    @Test
    void intermediateServedTwice_isTrusted_withDuplicateCert(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(29).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der(), inter.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.result().path("chain").findValuesAsText("sha256")).containsExactly(sha(leaf), sha(inter), sha(inter));
        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.findings()).containsExactly("duplicate-cert low " + sha(inter));
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void rootServed_isTrusted_withRootSent(@TempDir Path tmp) throws Exception {
        Issued leaf = leaf(30).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der(), root.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.pathShas()).containsExactly(sha(leaf), sha(inter), sha(root));
        assertThat(s.findings()).containsExactly("root-sent info " + sha(root));
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void unrelatedCertificateServed_isTrusted_withUnusedCert(@TempDir Path tmp) throws Exception {
        Issued stray = TestPki.cert("rootwatch E2E Unrelated CA", otherKey).serial(31).ca().build();
        Issued leaf = leaf(32).build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(inter.der(), stray.der()), List.of(), included(tmp, "Websites;Email", ""));

        assertThat(s.verdict()).isEqualTo("trusted");
        assertThat(s.pathShas()).containsExactly(sha(leaf), sha(inter), sha(root));
        assertThat(s.findings()).containsExactly("unused-cert info " + sha(stray));
        assertThat(s.exitCode()).isZero();
    }

    // ---- real chains and legacy servers ----

    @Test
    void replayedBadsslChain_isPartial_trustedToDigiCert_withHostnameMismatch(@TempDir Path tmp) throws Exception {
        List<byte[]> real = TestPki.readPemCertificates(Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        try (ChainTlsServer server = new ChainTlsServer(ChainTlsServer.Config.of(real,
                new Issued(otherKey, real.get(0)).privateKeyParameter(), ProtocolVersion.TLSv12))) {
            Scan s = run(tmp, "127.0.0.1:" + server.port(), "--sni", "wrong.host.badssl.com", "--at", "2021-06-01",
                    "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString());
            assertThat(s.result().path("status").asText()).isEqualTo("partial");
            assertThat(s.result().path("error").path("kind").asText()).isEqualTo("handshake");
            assertThat(s.result().path("tls").path("sni").asText()).isEqualTo("wrong.host.badssl.com");
            assertThat(s.result().path("chain").findValuesAsText("sha256"))
                    .containsExactly(Der.of(real.get(0)).sha256Hex(), Der.of(real.get(1)).sha256Hex());
            assertThat(s.verdict()).isEqualTo("trusted");
            assertThat(s.result().path("root").path("name").asText()).isEqualTo("DigiCert Global Root CA");
            assertThat(s.result().path("root").path("caOwner").asText()).isEqualTo("DigiCert");
            assertThat(s.findings()).containsExactly("hostname-mismatch high " + Der.of(real.get(0)).sha256Hex());
            assertThat(s.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void legacyTls10Server_rsa1024Sha1_isCaptured_withWeakKeyAndWeakSignature(@TempDir Path tmp) throws Exception {
        Issued legacyInter = TestPki.cert("rootwatch E2E Legacy Intermediate", weakKey).issuedBy(root).serial(33).ca()
                .signatureAlgorithm("SHA1withRSA").build();
        Issued leaf = TestPki.cert(HOST, weakKey).issuedBy(legacyInter).serial(34).validity(LEAF_FROM, LEAF_TO).san(HOST)
                .signatureAlgorithm("SHA1withRSA").build();
        Scan s = scanOpenSsl(tmp, leaf, List.of(legacyInter.der()), List.of("-tls1", "-cipher", "DEFAULT@SECLEVEL=0"),
                included(tmp, "Websites;Email", ""));

        assertThat(s.result().path("status").asText()).isEqualTo("ok");
        assertThat(s.result().path("tls").path("version").asText()).isEqualTo("TLSv1");
        assertThat(s.result().path("chain").findValuesAsText("sha256")).containsExactly(sha(leaf), sha(legacyInter));
        // SHA-1 below the root is a path Firefox rejects; each weak certificate is named once per rule.
        assertThat(s.verdict()).isEqualTo("invalid-path");
        assertThat(s.findings()).containsExactly("weak-key high " + sha(leaf), "weak-key high " + sha(legacyInter),
                "weak-signature high " + sha(leaf), "weak-signature high " + sha(legacyInter));
        assertThat(s.exitCode()).isEqualTo(1);
    }

    // ---- helpers ----

    record Scan(int exitCode, JsonNode result, String err) {
        String verdict() {
            return result.path("mozilla").path("verdict").asText();
        }

        /** "id severity certificate-sha256" per finding, in report order (most severe first). */
        List<String> findings() {
            List<String> out = new ArrayList<>();
            result.path("findings").forEach(f -> out.add(f.path("id").asText() + " " + f.path("severity").asText()
                    + " " + f.path("certificate").asText()));
            return out;
        }

        List<String> pathShas() {
            List<String> out = new ArrayList<>();
            result.path("path").forEach(p -> out.add(p.asText()));
            return out;
        }
    }

    private static Path included(Path tmp, String trustBits, String distrustAfter) throws Exception {
        return CcadbCsv.included(tmp.resolve("included.csv"), "Rootwatch Test Owner", "rootwatch E2E Root", root.der(),
                trustBits, distrustAfter);
    }

    private static Scan scanOpenSsl(Path tmp, Issued leaf, List<byte[]> rest, List<String> serverArgs, Path... ccadb)
            throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("server"));
        try (OpenSslServer server = new OpenSslServer(dir, leaf, rest, serverArgs)) {
            return run(tmp, HOST + ":" + server.port, ccadbArgs(ccadb));
        }
    }

    private static Scan scanBc(Path tmp, List<byte[]> served, Issued keyHolder, String host, Path... ccadb) throws Exception {
        try (ChainTlsServer server = new ChainTlsServer(ChainTlsServer.Config.of(served, keyHolder.privateKeyParameter(),
                ProtocolVersion.TLSv13))) {
            return run(tmp, host + ":" + server.port(), ccadbArgs(ccadb));
        }
    }

    private static String[] ccadbArgs(Path... ccadb) {
        List<String> args = new ArrayList<>();
        for (Path p : ccadb) {
            args.add("--ccadb");
            args.add(p.toString());
        }
        return args.toArray(String[]::new);
    }

    private static Scan run(Path tmp, String target, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", target, "--offline", "--format", "json",
                "--db", tmp.resolve("rw.db").toString()));
        args.addAll(List.of(extra));
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of(HOST, "127.0.0.1")), args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("results")).hasSize(1);
        return new Scan(r.exitCode(), report.path("results").get(0), r.err());
    }

    static String sha(Issued c) {
        return Der.of(c.der()).sha256Hex();
    }
}
