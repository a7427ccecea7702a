package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.ctlogs.LogList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Chrome / Firefox rule. Embedded: SCTs from N distinct logs admissible now or retired after the
 * SCT (N = 2 when notAfter − notBefore ≤ 180 days, else 3), at least one from a log admissible now, at
 * least 2 distinct operators (at SCT time), and, where the version says so, one from an RFC 6962 log.
 * TLS/OCSP: 2 distinct logs admissible now, 2 operators. Either satisfies the program.
 */
final class DistinctLogsJudge {
    private static final Duration SHORT_LIFETIME = Duration.ofDays(180);

    private DistinctLogsJudge() {
    }

    static Judgement judge(CtPolicy policy, LogList list, Certificate leaf, List<SctObservation> scts, Instant at,
            SctTally.Assume assume) {
        Set<SctChannel> server = policy.ocspSctsCount() ? EnumSet.of(SctChannel.TLS, SctChannel.OCSP) : EnumSet.of(SctChannel.TLS);
        SctTally t = SctTally.of(scts, list, at, server, assume);
        String browser = policy.program().browser();
        int needed = leaf.lifetime().compareTo(SHORT_LIFETIME) <= 0 ? 2 : 3;

        List<String> missing = new ArrayList<>();
        if (t.embedded.size() < needed) {
            missing.add(needed + " distinct logs for a lifetime of " + (needed == 2 ? "at most" : "more than") + " 180 days");
        }
        if (!t.embedded.isEmpty() && !SctTally.anyAdmissibleNow(t.embedded.values())) {
            missing.add("1 SCT from a log admissible at " + at);
        }
        if (SctTally.operators(t.embedded.values()).size() < 2) {
            missing.add("2 distinct operators");
        }
        if (policy.requiresRfc6962Log() && !t.embedded.isEmpty() && !SctTally.anyRfc6962(t.embedded.values())) {
            missing.add("1 SCT from an RFC 6962 log (until 2026-04-15)");
        }
        boolean serverOk = t.serverAdmissible.size() >= 2 && SctTally.operators(t.serverAdmissible.values()).size() >= 2;
        String notes = notes(t, policy, scts);
        if (missing.isEmpty()) {
            return new Judgement(true, "Meets the embedded-SCT rule: " + SctTally.describe("embedded", t.embedded.values())
                    + " (" + names(t.embedded.values()) + ")" + notes, t.afterRetirement);
        }
        if (serverOk) {
            return new Judgement(true, "Meets the TLS/OCSP rule: " + SctTally.describe("TLS/OCSP-delivered", t.serverAdmissible.values())
                    + " (" + names(t.serverAdmissible.values()) + ")" + notes, t.afterRetirement);
        }
        String reason = SctTally.describe("embedded", t.embedded.values()) + "; " + browser + " needs "
                + String.join(" and ", missing);
        boolean anyServer = scts.stream().anyMatch(s -> s.channel() != SctChannel.EMBEDDED);
        if (anyServer) {
            reason += "; " + SctTally.describe("TLS/OCSP-delivered", t.serverAdmissible.values())
                    + ", and the TLS/OCSP rule needs 2 admissible logs of 2 operators";
        }
        return new Judgement(false, reason + notes, t.afterRetirement);
    }

    static String names(java.util.Collection<SctTally.Counted> counted) {
        return String.join(", ", counted.stream().map(c -> c.log().description() + " [" + c.operator() + "]").toList());
    }

    static String notes(SctTally t, CtPolicy policy, List<SctObservation> scts) {
        List<String> all = new ArrayList<>(t.notes);
        if (!policy.ocspSctsCount() && scts.stream().anyMatch(s -> s.channel() == SctChannel.OCSP)) {
            all.add("OCSP-delivered SCTs do not count from Chrome 148 (taken as 2026-05-05)");
        }
        return all.isEmpty() ? "" : " (" + String.join("; ", all) + ")";
    }
}
