package io.rootwatch.ct;

import static io.rootwatch.ct.CtTestKit.SctSpec;
import static io.rootwatch.ct.CtTestKit.TestLog;
import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.Program;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each CT policy branch, with generated certificates and throw-away P-256 test logs. */
class CtPolicyBranchTest {
    static final CtTestKit.Ca CA = CtTestKit.ca("Test CA", Optional.empty(), false);
    static final TestLog A1 = CtTestKit.log("Alpha 1", "Alpha", "usable", "2024-01-01T00:00:00Z");
    static final TestLog A2 = CtTestKit.log("Alpha 2", "Alpha", "usable", "2024-01-01T00:00:00Z");
    static final TestLog A3 = CtTestKit.log("Alpha 3", "Alpha", "usable", "2024-01-01T00:00:00Z");
    static final TestLog B1 = CtTestKit.log("Beta 1", "Beta", "usable", "2024-01-01T00:00:00Z");
    static final TestLog C1 = CtTestKit.log("Gamma 1", "Gamma", "usable", "2024-01-01T00:00:00Z");
    static final TestLog R1 = CtTestKit.log("Rho 1", "Rho", "retired", "2025-06-01T00:00:00Z");
    static final TestLog S1 = CtTestKit.log("Sigma 1", "Sigma", "retired", "2025-06-01T00:00:00Z");
    static final LogList LIST = CtTestKit.list("2025-09-01T00:00:00Z", A1, A2, A3, B1, C1, R1, S1);
    static final Instant AT = Instant.parse("2025-09-15T00:00:00Z");
    static final String NB = "2025-05-01T00:00:00Z";
    static final String T = "2025-05-01T01:00:00Z";

    static String plusDays(String start, long days) {
        return Instant.parse(start).plus(Duration.ofDays(days)).toString();
    }

    static CtAssessment eval(Certificate leaf, LogList list, Instant at, Der... tls) {
        return CtEvaluator.evaluate(new CtInput(leaf, Optional.of(CA.cert()), List.of(tls), Optional.empty(),
                Set.of(Program.values())), new CtLogLists(Optional.empty(), Optional.of(list), Optional.empty()), at);
    }

    static CtAssessment eval(Certificate leaf) {
        return eval(leaf, LIST, AT);
    }

    static PolicyVerdict chrome(CtAssessment a) {
        return a.policies().get(Program.CHROME);
    }

    static PolicyVerdict apple(CtAssessment a) {
        return a.policies().get(Program.APPLE);
    }

    @Test
    void lifetimeExactly180Days_twoLogsTwoOperators_chromeAndFirefoxCompliant_appleCountsInclusive181Days() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 180), SctSpec.of(A1, T), SctSpec.of(B1, T));
        CtAssessment a = eval(leaf);
        assertThat(a.scts()).extracting(SctObservation::signature).containsOnly(SctSignatureStatus.VALID);
        assertThat(chrome(a).compliant()).contains(true);
        assertThat(a.policies().get(Program.MOZILLA).compliant()).contains(true);
        assertThat(apple(a).compliant()).contains(false);
        assertThat(apple(a).reason()).contains("Apple needs 3 SCTs for a lifetime of 181 days, counting at most 2 per operator");
    }

    @Test
    void lifetime181Days_twoScts_chromeNeedsThreeDistinctLogs() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 181), SctSpec.of(A1, T), SctSpec.of(B1, T)));
        assertThat(chrome(a).compliant()).contains(false);
        assertThat(chrome(a).reason()).isEqualTo("2 embedded SCTs from distinct counted logs of operators Alpha, Beta; "
                + "Chrome needs 3 distinct logs for a lifetime of more than 180 days");
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.CT_NONCOMPLIANT).extracting(Finding::message)
                .contains("The leaf does not meet the Chrome CT policy (chrome-2022-04-15): " + chrome(a).reason() + ".");
        // Every program enforces CT for this chain (its root is in all three programs), so the gap is HIGH.
        assertThat(chrome(a).enforced()).isTrue();
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.CT_NONCOMPLIANT)
                .extracting(Finding::severity).containsOnly(io.rootwatch.model.Severity.HIGH);
    }

    @Test
    void lifetime181Days_threeLogsThreeOperators_compliantEverywhere() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 181), SctSpec.of(A1, T), SctSpec.of(B1, T), SctSpec.of(C1, T)));
        assertThat(a.policies().values()).extracting(PolicyVerdict::compliant).containsOnly(Optional.of(true));
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void twoLogsOfOneOperator_chromeNeedsTwoDistinctOperators_inOneSentence() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(A2, T)));
        assertThat(chrome(a).reason()).isEqualTo(
                "2 embedded SCTs from distinct counted logs, both from operator Alpha; Chrome needs 2 distinct operators");
        assertThat(apple(a).compliant()).contains(false);
        assertThat(apple(a).reason()).contains("(1 counted); Apple needs 2 SCTs for a lifetime of 91 days, counting at most 1 per operator");
    }

    @Test
    void retiredLog_sctBeforeRetirement_counts() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(R1, T), SctSpec.of(A1, T)));
        assertThat(chrome(a).compliant()).contains(true);
        assertThat(chrome(a).reason()).contains("Rho 1 [Rho]");
    }

    @Test
    void retiredLog_sctAfterRetirement_isFlaggedAndNotCounted() {
        String nb = "2025-07-01T00:00:00Z";
        CtAssessment a = eval(CtTestKit.leaf(CA, nb, plusDays(nb, 60), SctSpec.of(R1, "2025-07-01T01:00:00Z"), SctSpec.of(A1, "2025-07-01T01:00:00Z")));
        assertThat(chrome(a).compliant()).contains(false);
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.SCT_PROBLEM).extracting(Finding::message)
                .containsExactly("The embedded SCT from Rho 1 is dated 2025-07-01T01:00:00Z, not before the log's retirement on 2025-06-01T00:00:00Z.");
    }

    @Test
    void onlyRetiredLogs_evenBeforeRetirement_needOneFromAnAdmissibleLog() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(R1, T), SctSpec.of(S1, T)));
        assertThat(chrome(a).reason()).isEqualTo("2 embedded SCTs from distinct counted logs of operators Rho, Sigma; "
                + "Chrome needs 1 SCT from a log admissible at 2025-09-15T00:00:00Z");
    }

    @Test
    void unknownLog_isReportedAndNotCounted() {
        TestLog stranger = CtTestKit.log("Stranger", "Nobody", "usable", "2024-01-01T00:00:00Z");
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(stranger, T), SctSpec.of(A1, T)));
        assertThat(a.scts()).filteredOn(s -> s.logIdBase64().equals(stranger.logId())).singleElement().satisfies(s -> {
            assertThat(s.signature()).isEqualTo(SctSignatureStatus.UNKNOWN_LOG);
            assertThat(s.logName()).isEmpty();
            assertThat(s.operator()).isEmpty();
        });
        assertThat(chrome(a).compliant()).contains(false);
    }

    static CtAssessment withoutIssuer(Certificate leaf) {
        return CtEvaluator.evaluate(new CtInput(leaf, Optional.empty(), List.of(), Optional.empty(), Set.of(Program.values())),
                new CtLogLists(Optional.empty(), Optional.of(LIST), Optional.empty()), AT);
    }

    @Test
    void sctsThatCouldMeetTheRule_butLackTheIssuer_cannotBeJudged_andSaySo() {
        CtAssessment a = withoutIssuer(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(B1, T)));
        assertThat(a.scts()).extracting(SctObservation::signature).containsOnly(SctSignatureStatus.NO_ISSUER);
        assertThat(a.policies().values()).extracting(PolicyVerdict::compliant).containsOnly(Optional.empty());
        assertThat(chrome(a).reason()).isEqualTo("2 embedded SCTs could not be verified: the certificate of the CA that issued"
                + " the leaf is not available; give the chain or the issuing CA's certificate; if they verified, the rule would"
                + " be met, so compliance cannot be judged (without them: no embedded SCTs count; Chrome needs 2 distinct logs for a"
                + " lifetime of at most 180 days and 2 distinct operators (the embedded SCTs from Alpha 1, Beta 1 do not count:"
                + " not verifiable without the certificate of the CA that issued the leaf))");
        assertThat(a.findings()).noneMatch(f -> f.id() == FindingId.CT_NONCOMPLIANT);
    }

    @Test
    void sctsLackingTheIssuer_thatCouldNotMeetTheRuleAnyway_stayNoncompliant() {
        // Both from operator Alpha: even if they verified, Chrome needs 2 distinct operators.
        CtAssessment a = withoutIssuer(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(A2, T)));
        assertThat(chrome(a).compliant()).contains(false);
        assertThat(chrome(a).reason()).startsWith("no embedded SCTs count; Chrome needs 2 distinct logs for a lifetime of at most"
                + " 180 days and 2 distinct operators (the embedded SCTs from Alpha 1, Alpha 2 do not count: not verifiable without");
        assertThat(apple(a).compliant()).contains(false);
    }

    @Test
    void invalidSignatures_areNoncompliant_andEachOneLeftOutIsNamed() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T).tampered(), SctSpec.of(B1, T).tampered()));
        assertThat(a.scts()).extracting(SctObservation::signature).containsOnly(SctSignatureStatus.INVALID);
        assertThat(a.policies().values()).extracting(PolicyVerdict::compliant).containsOnly(Optional.of(false));
        assertThat(chrome(a).reason()).isEqualTo("no embedded SCTs count; Chrome needs 2 distinct logs for a lifetime of at most"
                + " 180 days and 2 distinct operators (the embedded SCTs from Alpha 1, Beta 1 do not count: invalid signature)");
    }

    @Test
    void unknownLog_plusAnUncheckedSct_isStillNoncompliant() {
        TestLog stranger = CtTestKit.log("Stranger", "Nobody", "usable", "2024-01-01T00:00:00Z");
        CtAssessment a = withoutIssuer(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(stranger, T), SctSpec.of(A1, T)));
        assertThat(chrome(a).compliant()).contains(false);
        assertThat(chrome(a).reason()).contains("the embedded SCT from log " + stranger.logId()
                + " does not count: log in no given log list");
    }

    @Test
    void futureDatedSct_isFlagged_andDoesNotCount() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(B1, "2025-09-15T00:00:00.001Z")));
        assertThat(chrome(a).compliant()).contains(false);
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.SCT_PROBLEM).extracting(Finding::message)
                .containsExactly("The embedded SCT from Beta 1 is dated 2025-09-15T00:00:00.001Z, after the evaluation time "
                        + "2025-09-15T00:00:00Z; it does not count.");
    }

    @Test
    void duplicateSctsFromOneLog_countOnce() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(A1, "2025-05-01T01:00:01Z")));
        assertThat(a.scts()).hasSize(2).allMatch(s -> s.signature() == SctSignatureStatus.VALID);
        assertThat(chrome(a).reason()).startsWith("1 embedded SCT from distinct counted logs, from operator Alpha; Chrome needs 2 distinct logs");
    }

    @Test
    void badSignature_isSctInvalidNamingTheLog_andDoesNotSpoilACompliantSet() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(B1, T), SctSpec.of(C1, T).tampered()));
        assertThat(a.scts()).extracting(SctObservation::signature)
                .containsExactly(SctSignatureStatus.VALID, SctSignatureStatus.VALID, SctSignatureStatus.INVALID);
        assertThat(chrome(a).compliant()).contains(true);
        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(FindingId.SCT_INVALID);
            assertThat(f.message()).contains("Gamma 1");
        });
    }

    @Test
    void precertSigningCertificate_issuerKeyHashIsTheFinalIssuers() {
        CtTestKit.Ca preCa = CtTestKit.ca("Test PreCA", Optional.of(CA), true);
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(B1, T).hashingKeyOf(preCa));
        CtAssessment withCa = eval(leaf);
        // The SCT whose log hashed the preCA's key does not verify: the key hash is the final issuer's.
        assertThat(withCa.scts()).extracting(SctObservation::signature)
                .containsExactly(SctSignatureStatus.VALID, SctSignatureStatus.INVALID);
        CtAssessment withPreCa = CtEvaluator.evaluate(new CtInput(leaf, Optional.of(preCa.cert()), List.of(), Optional.empty(), Set.of()),
                new CtLogLists(Optional.empty(), Optional.of(LIST), Optional.empty()), AT);
        assertThat(withPreCa.scts()).extracting(SctObservation::signature).containsOnly(SctSignatureStatus.NO_ISSUER);
    }

    @Test
    void applePerOperatorCap_over180Days_atMostTwoPerOperator() {
        String na = plusDays(NB, 200);
        CtAssessment twoPlusOne = eval(CtTestKit.leaf(CA, NB, na, SctSpec.of(A1, T), SctSpec.of(A2, T), SctSpec.of(B1, T)));
        assertThat(apple(twoPlusOne).compliant()).contains(true);
        assertThat(chrome(twoPlusOne).compliant()).contains(true);
        CtAssessment threeOfOne = eval(CtTestKit.leaf(CA, NB, na, SctSpec.of(A1, T), SctSpec.of(A2, T), SctSpec.of(A3, T)));
        assertThat(apple(threeOfOne).compliant()).contains(false);
        assertThat(apple(threeOfOne).reason()).contains("(2 counted); Apple needs 3 SCTs for a lifetime of 201 days, counting at most 2 per operator");
    }

    @Test
    void applePerOperatorCap_upTo180Days_onePerOperator() {
        CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 179), SctSpec.of(A1, T), SctSpec.of(A2, T), SctSpec.of(B1, T)));
        assertThat(apple(a).compliant()).contains(true);
        assertThat(apple(a).reason()).startsWith("Meets the embedded-SCT rule: 2 counted of 3 embedded SCTs");
    }

    @Test
    void tlsExtensionScts_twoOperators_meetTheTlsRule_oneOperatorDoesNot() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90));
        CtAssessment ok = eval(leaf, LIST, AT, CtTestKit.serverList(leaf, SctSpec.of(A1, T), SctSpec.of(B1, T)));
        assertThat(ok.scts()).extracting(SctObservation::channel).containsOnly(SctChannel.TLS);
        assertThat(ok.policies().values()).extracting(PolicyVerdict::compliant).containsOnly(Optional.of(true));
        assertThat(chrome(ok).reason()).startsWith("Meets the TLS/OCSP rule: 2 TLS/OCSP-delivered SCTs from distinct counted logs of operators Alpha, Beta");
        CtAssessment bad = eval(leaf, LIST, AT, CtTestKit.serverList(leaf, SctSpec.of(A1, T), SctSpec.of(A2, T)));
        assertThat(chrome(bad).compliant()).contains(false);
        assertThat(chrome(bad).reason()).isEqualTo("no embedded SCTs count; Chrome needs 2 distinct logs for a lifetime of at most 180 days "
                + "and 2 distinct operators; 2 TLS/OCSP-delivered SCTs from distinct counted logs, both from operator Alpha, "
                + "and the TLS/OCSP rule needs 2 admissible logs of 2 operators");
    }

    @Test
    void tlsScts_fromARetiredLog_doNotCount_evenBeforeRetirement() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90));
        CtAssessment a = eval(leaf, LIST, AT, CtTestKit.serverList(leaf, SctSpec.of(A1, T), SctSpec.of(R1, T)));
        assertThat(chrome(a).compliant()).contains(false);
        assertThat(chrome(a).reason()).contains("Rho 1 is retired since 2025-06-01T00:00:00Z, and TLS/OCSP-delivered SCTs need a log admissible now");
    }

    @Test
    void earlierInstant_rejectedLogTakenAsUsable_qualifiedWasPending_pendingAndNoStateNeverCount() {
        TestLog rejectedLater = CtTestKit.log("Late Reject", "Beta", "rejected", "2025-08-01T00:00:00Z");
        TestLog qualifiedLater = CtTestKit.log("Late Qualify", "Gamma", "qualified", "2025-08-01T00:00:00Z");
        TestLog pending = CtTestKit.log("Pend", "Gamma", "pending", "2024-01-01T00:00:00Z");
        TestLog stateless = CtTestKit.log("NoState", "Gamma", "usable", "2024-01-01T00:00:00Z").withState(null);
        LogList list = CtTestKit.list("2025-07-10T00:00:00Z", A1, rejectedLater, qualifiedLater, pending, stateless);
        Instant at = Instant.parse("2025-07-15T00:00:00Z");
        CtAssessment usable = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(rejectedLater, T)), list, at);
        assertThat(chrome(usable).compliant()).contains(true);
        assertThat(chrome(usable).reason()).contains("Late Reject is rejected only since 2025-08-01T00:00:00Z, so it is taken as usable at the evaluation time");
        CtAssessment later = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(rejectedLater, T)), list,
                Instant.parse("2025-08-02T00:00:00Z"));
        assertThat(chrome(later).compliant()).contains(false);
        for (TestLog other : List.of(qualifiedLater, pending, stateless)) {
            CtAssessment a = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(other, T)), list, at);
            assertThat(chrome(a).compliant()).as(other.name()).contains(false);
        }
        CtAssessment q = eval(CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(qualifiedLater, T)), list, at);
        assertThat(chrome(q).reason()).contains("Late Qualify was still pending at 2025-07-15T00:00:00Z");
    }

    @Test
    void chromeRfc6962Rule_tiledOnly_failsUntil2026_04_15_passesAfter_firefoxNeverAsks() {
        TestLog t1 = new TestLog("Tile A", "Alpha", CtTestKit.p256(), "{\"usable\":{\"timestamp\":\"2025-01-01T00:00:00Z\"}}", true);
        TestLog t2 = new TestLog("Tile B", "Beta", CtTestKit.p256(), "{\"usable\":{\"timestamp\":\"2025-01-01T00:00:00Z\"}}", true);
        LogList list = CtTestKit.list("2026-04-10T00:00:00Z", t1, t2);
        String nb = "2026-04-01T00:00:00Z";
        Certificate leaf = CtTestKit.leaf(CA, nb, plusDays(nb, 90), SctSpec.of(t1, nb), SctSpec.of(t2, nb));
        CtAssessment before = eval(leaf, list, Instant.parse("2026-04-15T12:00:00Z"));
        assertThat(chrome(before).compliant()).contains(false);
        assertThat(chrome(before).reason()).contains("Chrome needs 1 SCT from an RFC 6962 log (until 2026-04-15)");
        assertThat(before.policies().get(Program.MOZILLA).compliant()).contains(true);
        CtAssessment after = eval(leaf, list, Instant.parse("2026-04-16T00:00:00Z"));
        assertThat(chrome(after).compliant()).contains(true);
        assertThat(chrome(after).ruleVersion()).isEqualTo("chrome-2026-04-16");
    }

    @Test
    void mozillaListJudgesFirefox_chromeListJudgesChrome_andAnOnlyListServesAll() {
        LogList mozillaWithoutBeta = CtTestKit.listOf(Program.MOZILLA, "2025-09-01T00:00:00Z", A1, A2, C1);
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(B1, T));
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, Optional.of(CA.cert()), List.of(), Optional.empty(), Set.of()),
                new CtLogLists(Optional.of(mozillaWithoutBeta), Optional.of(LIST), Optional.empty()), AT);
        assertThat(a.policies().get(Program.MOZILLA).compliant()).contains(false);
        assertThat(a.policies().get(Program.MOZILLA).reason()).contains("Beta 1 is not in Mozilla's known-logs list");
        assertThat(chrome(a).compliant()).contains(true);
        assertThat(apple(a).reason()).contains("no Apple log list was given, so Google's (Chrome) log list vt1");
        CtAssessment onlyOne = eval(leaf);
        assertThat(onlyOne.policies().get(Program.APPLE).reason()).contains("was given, so it serves all three programs");
        assertThat(chrome(onlyOne).reason()).doesNotContain("serves");
    }

    @Test
    void noLogList_cannotBeJudged_butSctsAreStillListed() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T));
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, Optional.of(CA.cert()), List.of(), Optional.empty(), Set.of(Program.CHROME)),
                CtLogLists.none(), AT);
        assertThat(a.scts()).singleElement().extracting(SctObservation::signature).isEqualTo(SctSignatureStatus.UNKNOWN_LOG);
        assertThat(chrome(a).compliant()).isEmpty();
        assertThat(chrome(a).enforced()).isTrue();
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void malformedTlsList_becomesSctProblem_notAnException() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(B1, T));
        CtAssessment a = eval(leaf, LIST, AT, Der.of(new byte[] {0, 5, 0, 0, 1, 2}));
        assertThat(chrome(a).compliant()).contains(true);
        assertThat(a.findings()).extracting(Finding::id).containsOnly(FindingId.SCT_PROBLEM);
        assertThat(a.findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("zero-length entry"));
    }

    @Test
    void distrustByEarliestSct_entrustRule() {
        SctDistrustRule entrust = SctDistrustRule.CHROME.get(0);
        // Keyed by the root, not the owner: CCADB moved the Entrust roots to owner Sectigo in 2025.
        assertThat(entrust.appliesTo("Sectigo", "73c176434f1bc6d5adf45b0e76e727287c8de57616c1e6e6141a2b2cbc7d8e4c")).isTrue();
        assertThat(entrust.appliesTo("Entrust", "ab")).isFalse();
        assertThat(SctDistrustRule.CHROME).hasSize(12);
        TestLog early = CtTestKit.log("Early", "Alpha", "usable", "2024-01-01T00:00:00Z");
        LogList list = CtTestKit.list("2024-11-20T00:00:00Z", early, B1);
        Instant at = Instant.parse("2024-11-20T00:00:00Z");
        Certificate onTime = CtTestKit.leaf(CA, "2024-11-11T00:00:00Z", "2025-02-01T00:00:00Z",
                SctSpec.of(early, "2024-11-11T23:59:59Z"), SctSpec.of(B1, "2024-11-12T00:00:05Z"));
        SctDistrust.Verdict v = SctDistrust.judge(entrust, eval(onTime, list, at).scts());
        assertThat(v.outcome()).isEqualTo(SctDistrust.Outcome.TRUSTED);
        assertThat(v.earliestSct()).contains(Instant.parse("2024-11-11T23:59:59Z"));
        Certificate late = CtTestKit.leaf(CA, "2024-11-11T00:00:00Z", "2025-02-01T00:00:00Z", SctSpec.of(early, "2024-11-12T00:00:00Z"));
        assertThat(SctDistrust.judge(entrust, eval(late, list, at).scts()).outcome()).isEqualTo(SctDistrust.Outcome.DISTRUSTED);
        assertThat(SctDistrust.judge(entrust, List.of()).outcome()).isEqualTo(SctDistrust.Outcome.NO_VERIFIED_SCT);
    }
    @Test
    void sctFromAShardThatShouldHaveRefusedTheLeaf_isNoted_butStillCounts() {
        TestLog shard = CtTestKit.log("Alpha 2025h2", "Alpha", "usable", "2024-01-01T00:00:00Z")
                .withShard("2025-07-01T00:00:00Z", "2026-01-01T00:00:00Z");
        LogList list = CtTestKit.list("2025-09-01T00:00:00Z", shard, B1);
        String notAfter = plusDays(NB, 180); // 2025-10-28: inside the shard
        CtAssessment inside = eval(CtTestKit.leaf(CA, NB, notAfter, SctSpec.of(shard, T), SctSpec.of(B1, T)), list, AT);
        assertThat(inside.findings()).extracting(Finding::id).doesNotContain(FindingId.SCT_PROBLEM);

        String early = plusDays(NB, 30); // 2025-05-31: before the shard starts
        CtAssessment outside = eval(CtTestKit.leaf(CA, NB, early, SctSpec.of(shard, T), SctSpec.of(B1, T)), list, AT);
        assertThat(outside.findings()).filteredOn(f -> f.id() == FindingId.SCT_PROBLEM).extracting(Finding::message)
                .containsExactly("The embedded SCT from Alpha 2025h2 is from a shard for certificates expiring in"
                        + " [2025-07-01T00:00:00Z, 2026-01-01T00:00:00Z), but the leaf expires on 2025-05-31T00:00:00Z.");
        assertThat(chrome(outside).compliant()).contains(true);
    }
}
