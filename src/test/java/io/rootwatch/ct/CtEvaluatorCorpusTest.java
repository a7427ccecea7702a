package io.rootwatch.ct;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.LogListParser;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Corpus SCT ground truth (MANIFEST sct/ and chains/) through the evaluator. */
class CtEvaluatorCorpusTest {
    static final Instant AT_2014 = Instant.parse("2014-01-01T00:00:00Z");

    /** A tiny list holding the two C++ test-log keys, usable since 2013. */
    static LogList testLogList() throws Exception {
        String ecdsa = Base64.getEncoder().encodeToString(CorpusSctVerificationTest.key("ctcpp_ct-server-key-public.pem").bytes());
        String rsa = Base64.getEncoder().encodeToString(CorpusSctVerificationTest.key("ctcpp_ct-server-key-public-rsa.pem").bytes());
        String json = """
            {"version":"test","log_list_timestamp":"2013-12-31T00:00:00Z","operators":[
             {"name":"Test ECDSA operator","email":[],"logs":[{"description":"ct-cpp test log (ECDSA)","log_id":"%s","key":"%s",
               "url":"https://ecdsa.test/","mmd":86400,"state":{"usable":{"timestamp":"2013-01-01T00:00:00Z"}}}]},
             {"name":"Test RSA operator","email":[],"logs":[{"description":"ct-cpp test log (RSA)","log_id":"%s","key":"%s",
               "url":"https://rsa.test/","mmd":86400,"state":{"usable":{"timestamp":"2013-01-01T00:00:00Z"}}}]}]}
            """.formatted(CorpusSctVerificationTest.ECDSA_LOG_ID, ecdsa, CorpusSctVerificationTest.RSA_LOG_ID, rsa);
        return LogListParser.google(json.getBytes(StandardCharsets.UTF_8), "test-list");
    }

    static CtLogLists only(LogList l) {
        return new CtLogLists(Optional.empty(), Optional.of(l), Optional.empty());
    }

    static CtAssessment embedded(String leaf, Optional<String> issuer) throws Exception {
        Certificate l = Corpus.first("sct/" + leaf);
        Optional<Certificate> i = issuer.map(f -> Corpus.first("sct/" + f));
        return CtEvaluator.evaluate(new CtInput(l, i, List.of(), Optional.empty(), Set.of()), only(testLogList()), AT_2014);
    }

    @Test
    void embeddedCert_withCaCertAsIssuer_oneValidSct_at1365181456275() throws Exception {
        CtAssessment a = embedded("ctcpp_test-embedded-cert.pem", Optional.of("ctcpp_ca-cert.pem"));
        assertThat(a.scts()).containsExactly(new SctObservation(SctChannel.EMBEDDED, CorpusSctVerificationTest.ECDSA_LOG_ID,
                Optional.of("ct-cpp test log (ECDSA)"), Optional.of("Test ECDSA operator"),
                Instant.ofEpochMilli(1365181456275L), SctSignatureStatus.VALID));
    }

    @Test
    void embeddedWithPreCa_verifiesWithCaCert_notWithThePreCa() throws Exception {
        CtAssessment good = embedded("ctcpp_test-embedded-with-preca-cert.pem", Optional.of("ctcpp_ca-cert.pem"));
        assertThat(good.scts()).singleElement().satisfies(s -> {
            assertThat(s.signature()).isEqualTo(SctSignatureStatus.VALID);
            assertThat(s.timestamp()).isEqualTo(Instant.ofEpochMilli(1365181456475L));
        });
        CtAssessment preca = embedded("ctcpp_test-embedded-with-preca-cert.pem", Optional.of("ctcpp_ca-pre-cert.pem"));
        assertThat(preca.scts()).singleElement().extracting(SctObservation::signature).isEqualTo(SctSignatureStatus.NO_ISSUER);
        assertThat(preca.findings()).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(FindingId.SCT_PROBLEM);
            assertThat(f.message()).contains("precertificate signing certificate");
        });
    }

    @Test
    void embeddedWithIntermediate_verifiesWithIntermediate_at1365181457060() throws Exception {
        CtAssessment a = embedded("ctcpp_test-embedded-with-intermediate-cert.pem", Optional.of("ctcpp_intermediate-cert.pem"));
        assertThat(a.scts()).singleElement().satisfies(s -> {
            assertThat(s.signature()).isEqualTo(SctSignatureStatus.VALID);
            assertThat(s.timestamp()).isEqualTo(Instant.ofEpochMilli(1365181457060L));
        });
    }

    @Test
    void embeddedCert_withoutIssuer_isNoIssuer_andWrongIssuer_tooNotInvalid() throws Exception {
        assertThat(embedded("ctcpp_test-embedded-cert.pem", Optional.empty()).scts())
                .singleElement().extracting(SctObservation::signature).isEqualTo(SctSignatureStatus.NO_ISSUER);
        assertThat(embedded("ctcpp_test-embedded-with-intermediate-cert.pem", Optional.of("ctcpp_ca-cert.pem")).scts())
                .singleElement().extracting(SctObservation::signature).isEqualTo(SctSignatureStatus.NO_ISSUER);
    }

    @Test
    void embeddedCert_oneSct_isNoncompliantEverywhere_withOneSentencePerProgram() throws Exception {
        CtAssessment a = embedded("ctcpp_test-embedded-cert.pem", Optional.of("ctcpp_ca-cert.pem"));
        assertThat(a.policies().get(Program.CHROME).compliant()).contains(false);
        assertThat(a.policies().get(Program.CHROME).reason())
                .startsWith("1 embedded SCT from distinct counted logs, from operator Test ECDSA operator; Chrome needs 3 distinct logs");
        assertThat(a.findings().stream().filter(f -> f.id() == FindingId.CT_NONCOMPLIANT)).hasSize(3);
    }

    @Test
    void noncompliance_whereNoBrowserEnforces_isInfoAndSaysSo() throws Exception {
        CtAssessment a = embedded("ctcpp_test-embedded-cert.pem", Optional.of("ctcpp_ca-cert.pem"));
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.CT_NONCOMPLIANT).hasSize(3)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(io.rootwatch.model.Severity.INFO))
                .allSatisfy(f -> assertThat(f.message()).endsWith("Not enforced for this chain."));
    }

    static Der asList(byte[] sct) {
        byte[] out = new byte[sct.length + 4];
        out[0] = (byte) ((sct.length + 2) >> 8);
        out[1] = (byte) (sct.length + 2);
        out[2] = (byte) (sct.length >> 8);
        out[3] = (byte) sct.length;
        System.arraycopy(sct, 0, out, 4, sct.length);
        return Der.of(out);
    }

    @Test
    void tlsDeliveredProofs_ecdsaAndRsa_verifyAsX509Entries_andMeetTheTlsRule() throws Exception {
        Certificate leaf = Corpus.first("sct/ctcpp_test-cert.pem");
        Der ecdsa = asList(Files.readAllBytes(Corpus.path("sct/ctcpp_test-cert.proof")));
        Der rsa = asList(Files.readAllBytes(Corpus.path("sct/ctcpp_test-cert-rsa.proof")));
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, Optional.empty(), List.of(ecdsa, rsa), Optional.empty(),
                Set.of(Program.CHROME)), only(testLogList()), AT_2014);
        assertThat(a.scts()).extracting(SctObservation::channel, SctObservation::logIdBase64, SctObservation::signature)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SctChannel.TLS, CorpusSctVerificationTest.ECDSA_LOG_ID, SctSignatureStatus.VALID),
                        org.assertj.core.groups.Tuple.tuple(SctChannel.TLS, CorpusSctVerificationTest.RSA_LOG_ID, SctSignatureStatus.VALID));
        PolicyVerdict chrome = a.policies().get(Program.CHROME);
        assertThat(chrome.compliant()).contains(true);
        assertThat(chrome.enforced()).isFalse(); // test-cert's notBefore (2012) predates Chrome's 2018-04-30 enforcement
        assertThat(chrome.reason()).startsWith("Meets the TLS/OCSP rule: 2 TLS/OCSP-delivered SCTs");
        assertThat(a.findings()).noneMatch(f -> f.id() == FindingId.CT_NONCOMPLIANT);
    }

    @Test
    void tlsProofs_oneWithASha1HashByte_isUnsupported_andTheTlsRuleCannotBeJudged() throws Exception {
        // test-cert.proof and -rsa.proof both verify (MANIFEST), so with the ECDSA one's hash byte set to sha1(2) the
        // only thing between this leaf and the TLS rule (2 logs of 2 operators) is an SCT we cannot check.
        Certificate leaf = Corpus.first("sct/ctcpp_test-cert.pem");
        Der sha1 = asList(CorpusSctVerificationTest.proofWithAlgorithmByte(43, 2));
        Der rsa = asList(Files.readAllBytes(Corpus.path("sct/ctcpp_test-cert-rsa.proof")));
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, Optional.empty(), List.of(sha1, rsa), Optional.empty(),
                Set.of(Program.CHROME)), only(testLogList()), AT_2014);
        assertThat(a.scts()).extracting(SctObservation::signature)
                .containsExactly(SctSignatureStatus.UNSUPPORTED, SctSignatureStatus.VALID);
        PolicyVerdict chrome = a.policies().get(Program.CHROME);
        assertThat(chrome.compliant()).isEmpty();
        assertThat(chrome.reason()).startsWith("1 SCT could not be verified: signed with an algorithm other than SHA-256"
                + " with ECDSA or RSA, the only ones RFC 6962 allows; if it verified, the rule would be met");
        assertThat(a.findings()).noneMatch(f -> f.id() == FindingId.CT_NONCOMPLIANT || f.id() == FindingId.SCT_INVALID);
    }

    // --- real badssl chains against Google's v76.5 / v83.6 lists ---

    static LogList google(String v) throws Exception {
        return LogListParser.google(Files.readAllBytes(Corpus.path("ctlogs/google_all_logs_list_v" + v + ".json")), "v" + v);
    }

    static CtAssessment badssl(String file, LogList list, Instant at) {
        List<Certificate> chain = Corpus.certificates("chains/" + file);
        return CtEvaluator.evaluate(new CtInput(chain.get(0), Optional.of(chain.get(1)), List.of(), Optional.empty(),
                Set.of(Program.MOZILLA, Program.CHROME, Program.APPLE)), only(list), at);
    }

    @Test
    void wildcardRsa2048_threeValidScts_fromGoogleAndDigiCert() throws Exception {
        CtAssessment a = badssl("badssl_wildcard-rsa2048.pem", google("76.5"), Instant.parse("2021-06-01T00:00:00Z"));
        assertThat(a.scts()).extracting(s -> s.logName().orElseThrow())
                .containsExactlyInAnyOrder("Google 'Skydiver' log", "DigiCert Yeti2022 Log", "DigiCert Nessie2022 Log");
        assertThat(a.scts()).allMatch(s -> s.signature() == SctSignatureStatus.VALID && s.channel() == SctChannel.EMBEDDED);
        assertThat(a.scts()).extracting(s -> s.operator().orElseThrow()).containsOnly("Google", "DigiCert");
        assertThat(a.scts()).extracting(SctObservation::timestamp).contains(Instant.parse("2020-03-23T16:42:41.578Z"));
    }

    @Test
    void wildcardRsa2048_atAnInstantWhenValid_isCompliant_andReasonExplainsTheRejectedLogs() throws Exception {
        CtAssessment a = badssl("badssl_wildcard-rsa2048.pem", google("83.6"), Instant.parse("2021-06-01T00:00:00Z"));
        PolicyVerdict chrome = a.policies().get(Program.CHROME);
        assertThat(chrome.compliant()).contains(true);
        assertThat(chrome.enforced()).isTrue();
        assertThat(chrome.reason()).contains("Meets the embedded-SCT rule: 3 embedded SCTs")
                .contains("of operators Google, DigiCert")
                .contains("Google 'Skydiver' log is rejected only since 2023-06-02T10:00:00Z, so it is taken as usable")
                .contains("DigiCert Yeti2022 Log is rejected only since 2023-02-01T00:00:00Z")
                .doesNotContain("serves");
        assertThat(a.policies().get(Program.MOZILLA).reason()).contains(
                "only Google's (Chrome) log list v83.6 of 2026-02-03T12:54:57Z was given, so it serves all three programs");
        assertThat(a.policies().get(Program.MOZILLA).compliant()).contains(true);
        assertThat(a.policies().get(Program.MOZILLA).enforced()).isFalse(); // Firefox enforces only since 2025-02-04
        assertThat(a.policies().get(Program.APPLE).compliant()).contains(true);
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void wildcardRsa2048_judgedToday_withV83_6_isNoncompliant_allLogsRejected() throws Exception {
        CtAssessment a = badssl("badssl_wildcard-rsa2048.pem", google("83.6"), Instant.parse("2026-02-10T00:00:00Z"));
        PolicyVerdict chrome = a.policies().get(Program.CHROME);
        assertThat(chrome.compliant()).contains(false);
        assertThat(chrome.reason()).startsWith("no embedded SCTs count; Chrome needs 3 distinct logs")
                .contains("Google 'Skydiver' log is rejected since 2023-06-02T10:00:00Z");
    }

    @Test
    void wildcardRsa2048_leafAlone_threeNoIssuerScts_cannotBeJudged_namingTheCause() throws Exception {
        // MANIFEST: its 3 SCTs are valid (Skydiver, Yeti2022, Nessie2022; 2 operators), so only the missing issuer
        // stands between this leaf and compliance: no program may call it non-compliant.
        Certificate leaf = Corpus.certificates("chains/badssl_wildcard-rsa2048.pem").get(0);
        LogList v53 = LogListParser.google(Files.readAllBytes(Corpus.path("ctlogs/google_all_logs_list_v53.34_from_rxtls.json")), "v53.34");
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, Optional.empty(), List.of(), Optional.empty(), Set.of()),
                only(v53), Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(a.scts()).hasSize(3).allMatch(s -> s.signature() == SctSignatureStatus.NO_ISSUER);
        for (Program p : Program.values()) {
            assertThat(a.policies().get(p).compliant()).as(p.name()).isEmpty();
            assertThat(a.policies().get(p).reason()).as(p.name()).startsWith("3 embedded SCTs could not be verified:"
                    + " the certificate of the CA that issued the leaf is not available; give the chain or the issuing CA's certificate;"
                    + " if they verified, the rule would be met, so compliance cannot be judged");
        }
        assertThat(a.findings()).noneMatch(f -> f.id() == FindingId.CT_NONCOMPLIANT);
    }

    @Test
    void embeddedCert_withoutIssuer_oneSct_isNoncompliantAnyway() throws Exception {
        // One SCT could never meet a rule that needs 2 logs, verified or not.
        CtAssessment a = embedded("ctcpp_test-embedded-cert.pem", Optional.empty());
        assertThat(a.policies().values()).extracting(PolicyVerdict::compliant).containsOnly(Optional.of(false));
    }

    @Test
    void subdomain1000Sans_threeOperators() throws Exception {
        CtAssessment a = badssl("badssl_subdomain-1000-sans.pem", google("76.5"), Instant.parse("2020-06-01T00:00:00Z"));
        assertThat(a.scts()).hasSize(3).allMatch(s -> s.signature() == SctSignatureStatus.VALID);
        assertThat(a.scts()).extracting(s -> s.operator().orElseThrow()).containsExactlyInAnyOrder("Google", "DigiCert", "Cloudflare");
        assertThat(a.policies().get(Program.CHROME).compliant()).contains(true);
    }

    @Test
    void subdomainNoSct_zeroScts_isCtNoncompliant() throws Exception {
        CtAssessment a = badssl("badssl_subdomain-no-sct.pem", google("76.5"), Instant.parse("2022-01-01T00:00:00Z"));
        assertThat(a.scts()).isEmpty();
        assertThat(a.policies().get(Program.CHROME).compliant()).contains(false);
        assertThat(a.policies().get(Program.CHROME).reason()).startsWith("no embedded SCTs count; Chrome needs 3 distinct logs");
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.CT_NONCOMPLIANT).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("The leaf does not meet the Chrome CT policy"));
    }

    @Test
    void staleList_cannotBeJudged_forChromeAndFirefox_butApple() throws Exception {
        // v76.5 is of 2025-12-01; 71 days later Chrome's 70-day limit has passed.
        CtAssessment a = badssl("badssl_wildcard-rsa2048.pem", google("76.5"), Instant.parse("2026-02-10T13:00:00Z"));
        assertThat(a.policies().get(Program.CHROME).compliant()).isEmpty();
        assertThat(a.policies().get(Program.CHROME).reason()).contains("71 days old").contains("stops enforcing CT after 70 days");
        assertThat(a.policies().get(Program.MOZILLA).compliant()).isEmpty();
        assertThat(a.policies().get(Program.APPLE).compliant()).contains(false);
    }
}
