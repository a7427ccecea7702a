package io.rootwatch.ct;

import static io.rootwatch.ct.CtPolicyBranchTest.A1;
import static io.rootwatch.ct.CtPolicyBranchTest.A2;
import static io.rootwatch.ct.CtPolicyBranchTest.AT;
import static io.rootwatch.ct.CtPolicyBranchTest.B1;
import static io.rootwatch.ct.CtPolicyBranchTest.C1;
import static io.rootwatch.ct.CtPolicyBranchTest.CA;
import static io.rootwatch.ct.CtPolicyBranchTest.LIST;
import static io.rootwatch.ct.CtPolicyBranchTest.NB;
import static io.rootwatch.ct.CtPolicyBranchTest.T;
import static io.rootwatch.ct.CtPolicyBranchTest.plusDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.ct.CtTestKit.SctSpec;
import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.ctlogs.Program;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The judges take every number from the policy record: changing the data changes the verdict. */
class CtPolicyDataTest {
    static final CtPolicy CHROME = CtPolicies.effective(Program.CHROME, AT);
    static final CtPolicy APPLE = CtPolicies.effective(Program.APPLE, AT);

    static CtPolicy with(CtPolicy p, EmbeddedRule embedded, ServerRule server) {
        return new CtPolicy(p.program(), p.ruleVersion() + "-modified", p.title(), p.effectiveFrom(), p.source(), p.maxListAge(),
                p.counting(), embedded, server, p.enforcedFrom(), p.enforcementBasis());
    }

    static EmbeddedRule tiers(EmbeddedRule r, List<LifetimeTier> tiers) {
        return new EmbeddedRule(r.lifetime(), tiers, r.distinctOperators(), r.fromLogsAdmissibleNow(), r.rfc6962LogRequired(),
                r.rfc6962LogRequiredUntil());
    }

    static Judgement chrome(CtPolicy policy, Certificate leaf, List<SctObservation> scts) {
        return DistinctLogsJudge.judge(policy, LIST, leaf, scts, AT, SctTally.Assume.VERIFIED_ONLY);
    }

    static List<SctObservation> scts(Certificate leaf, io.rootwatch.model.Der... tls) {
        return CtPolicyBranchTest.eval(leaf, LIST, AT, tls).scts();
    }

    @Test
    void chromeShortLifetimeLimit_from180To90Days_makesA91DayLeafNeedThreeLogs() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 91), SctSpec.of(A1, T), SctSpec.of(B1, T));
        List<SctObservation> scts = scts(leaf);
        assertThat(chrome(CHROME, leaf, scts).compliant()).isTrue();
        CtPolicy shorter = with(CHROME, tiers(CHROME.embedded(), List.of(LifetimeTier.upTo(90, 2), LifetimeTier.longer(3))),
                CHROME.server());
        Judgement j = chrome(shorter, leaf, scts);
        assertThat(j.compliant()).isFalse();
        assertThat(j.reason()).isEqualTo("2 embedded SCTs from distinct counted logs of operators Alpha, Beta; "
                + "Chrome needs 3 distinct logs for a lifetime of more than 90 days");
    }

    @Test
    void chromeOperatorMinimum_raisedToThree_failsTwoOperators() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(A2, T), SctSpec.of(B1, T));
        List<SctObservation> scts = scts(leaf);
        assertThat(chrome(CHROME, leaf, scts).compliant()).isTrue();
        EmbeddedRule r = CHROME.embedded();
        CtPolicy three = with(CHROME, new EmbeddedRule(r.lifetime(), r.tiers(), 3, r.fromLogsAdmissibleNow(), r.rfc6962LogRequired(),
                r.rfc6962LogRequiredUntil()), CHROME.server());
        assertThat(chrome(three, leaf, scts).reason()).endsWith("Chrome needs 3 distinct operators");
    }

    @Test
    void chromeTlsRule_raisedToThreeLogs_failsTwoTlsScts() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90));
        List<SctObservation> scts = scts(leaf, CtTestKit.serverList(leaf, SctSpec.of(A1, T), SctSpec.of(B1, T)));
        assertThat(chrome(CHROME, leaf, scts).compliant()).isTrue();
        CtPolicy three = with(CHROME, CHROME.embedded(), new ServerRule(3, 2, 3, Optional.empty()));
        Judgement j = chrome(three, leaf, scts);
        assertThat(j.compliant()).isFalse();
        assertThat(j.reason()).endsWith("and the TLS/OCSP rule needs 3 admissible logs of 2 operators");
    }

    @Test
    void appleCap_raisedFromOneToTwo_letsTwoSctsOfOneOperatorCount() {
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(A1, T), SctSpec.of(A2, T));
        List<SctObservation> scts = scts(leaf);
        assertThat(AppleJudge.judge(APPLE, LIST, leaf, scts, AT, SctTally.Assume.VERIFIED_ONLY).compliant()).isFalse();
        CtPolicy capTwo = with(APPLE, tiers(APPLE.embedded(), List.of(LifetimeTier.upTo(180, 2).capped(2),
                LifetimeTier.upTo(398, 3).capped(2))), APPLE.server());
        Judgement j = AppleJudge.judge(capTwo, LIST, leaf, scts, AT, SctTally.Assume.VERIFIED_ONLY);
        assertThat(j.compliant()).isTrue();
        assertThat(j.reason()).startsWith("Meets the embedded-SCT rule: 2 counted of 2 embedded SCTs");
    }

    @Test
    void appleMaximumLifetime_comesFromTheLastTier() {
        String nb = "2025-01-01T00:00:00Z";
        Certificate leaf = CtTestKit.leaf(CA, nb, plusDays(nb, 400), SctSpec.of(A1, "2025-01-01T01:00:00Z"),
                SctSpec.of(B1, "2025-01-01T01:00:00Z"), SctSpec.of(C1, "2025-01-01T01:00:00Z"));
        List<SctObservation> scts = CtPolicyBranchTest.eval(leaf, LIST, AT).scts();
        assertThat(AppleJudge.judge(APPLE, LIST, leaf, scts, AT, SctTally.Assume.VERIFIED_ONLY).reason())
                .endsWith("(lifetime 401 days exceeds Apple's 398-day maximum for TLS certificates)");
        CtPolicy longer = with(APPLE, tiers(APPLE.embedded(), List.of(LifetimeTier.upTo(180, 2).capped(1),
                LifetimeTier.upTo(825, 3).capped(2))), APPLE.server());
        assertThat(AppleJudge.judge(longer, LIST, leaf, scts, AT, SctTally.Assume.VERIFIED_ONLY).reason())
                .doesNotContain("maximum");
    }

    @Test
    void appleRfc6962Requirement_isReadFromTheData() {
        CtTestKit.TestLog t1 = new CtTestKit.TestLog("Tile A", "Alpha", CtTestKit.p256(), "{\"usable\":{\"timestamp\":\"2024-01-01T00:00:00Z\"}}", true);
        CtTestKit.TestLog t2 = new CtTestKit.TestLog("Tile B", "Beta", CtTestKit.p256(), "{\"usable\":{\"timestamp\":\"2024-01-01T00:00:00Z\"}}", true);
        var list = CtTestKit.list("2025-09-01T00:00:00Z", t1, t2);
        Certificate leaf = CtTestKit.leaf(CA, NB, plusDays(NB, 90), SctSpec.of(t1, T), SctSpec.of(t2, T));
        List<SctObservation> scts = CtPolicyBranchTest.eval(leaf, list, AT).scts();
        Judgement asPublished = AppleJudge.judge(APPLE, list, leaf, scts, AT, SctTally.Assume.VERIFIED_ONLY);
        assertThat(asPublished.compliant()).isFalse();
        assertThat(asPublished.reason()).contains("Apple needs 1 SCT from an RFC 6962 log");
        EmbeddedRule r = APPLE.embedded();
        CtPolicy tiledOk = with(APPLE, new EmbeddedRule(r.lifetime(), r.tiers(), r.distinctOperators(), r.fromLogsAdmissibleNow(),
                false, Optional.empty()), APPLE.server());
        assertThat(AppleJudge.judge(tiledOk, list, leaf, scts, AT, SctTally.Assume.VERIFIED_ONLY).compliant()).isTrue();
    }

    @Test
    void inconsistentData_isRefusedWhenThePolicyIsBuilt() {
        assertThatThrownBy(() -> with(CHROME, tiers(CHROME.embedded(), List.of(LifetimeTier.upTo(180, 2).capped(1),
                LifetimeTier.longer(3).capped(2))), CHROME.server())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(APPLE, tiers(APPLE.embedded(), List.of(LifetimeTier.upTo(180, 2), LifetimeTier.upTo(398, 3))),
                APPLE.server())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tiers(CHROME.embedded(), List.of(LifetimeTier.longer(3), LifetimeTier.upTo(180, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(CHROME, CHROME.embedded(), new ServerRule(2, 2, 1, Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishedNumbers_matchReferenceData() {
        // REFERENCE-DATA.md, "Certificate Transparency policies": Chrome/Firefox N = 2 if lifetime ≤ 180 days else 3,
        // ≥ 2 operators, TLS/OCSP ≥ 2 logs of ≥ 2 operators; Apple ≤ 180 days 2 (1 per operator), 181–398 days 3 (2 per operator).
        assertThat(CHROME.embedded().tiers()).containsExactly(LifetimeTier.upTo(180, 2), LifetimeTier.longer(3));
        assertThat(CHROME.embedded().distinctOperators()).isEqualTo(2);
        assertThat(CHROME.server()).isEqualTo(new ServerRule(2, 2, 2, Optional.empty()));
        assertThat(APPLE.embedded().tiers()).containsExactly(LifetimeTier.upTo(180, 2).capped(1), LifetimeTier.upTo(398, 3).capped(2));
        assertThat(APPLE.server().distinctLogs()).isEqualTo(2);
        assertThat(APPLE.server().deliveredViaTlsOrOcsp()).isEqualTo(1);
        assertThat(CtPolicies.effective(Program.CHROME, Instant.parse("2026-05-05T00:00:00Z")).server().ocspSctsCount()).isFalse();
    }
}
