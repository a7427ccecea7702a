package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.ctlogs.LogList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chrome / Firefox rule, with the numbers from the policy's data. Embedded: SCTs from the lifetime
 * tier's number of distinct logs admissible now or retired after the SCT, enough of them from a log
 * admissible now, enough distinct operators (at SCT time), and, where the version says so, one from an
 * RFC 6962 log. TLS/OCSP: distinct logs admissible now, of distinct operators. Either satisfies the program.
 */
final class DistinctLogsJudge {
    private DistinctLogsJudge() {
    }

    static Judgement judge(CtPolicy policy, LogList list, Certificate leaf, List<SctObservation> scts, Instant at,
            SctTally.Assume assume) {
        EmbeddedRule rule = policy.embedded();
        ServerRule serverRule = policy.server();
        SctTally t = SctTally.of(scts, list, at, serverRule.channels(), assume);
        String browser = policy.program().browser();
        LifetimeTier tier = rule.tierFor(leaf);

        List<String> missing = new ArrayList<>();
        if (t.embedded.size() < tier.scts()) {
            missing.add(tier.scts() + " distinct logs for a lifetime of " + rule.band(tier));
        }
        if (!t.embedded.isEmpty() && SctTally.admissibleNow(t.embedded.values()) < rule.fromLogsAdmissibleNow()) {
            missing.add(rule.fromLogsAdmissibleNow() + " SCT" + plural(rule.fromLogsAdmissibleNow()) + " from a log admissible at " + at);
        }
        if (SctTally.operators(t.embedded.values()).size() < rule.distinctOperators()) {
            missing.add(rule.distinctOperators() + " distinct operators");
        }
        if (rule.rfc6962LogRequired() && !t.embedded.isEmpty() && !SctTally.anyRfc6962(t.embedded.values())) {
            missing.add("1 SCT from an RFC 6962 log" + rule.rfc6962LogRequiredUntil().map(d -> " (until " + d + ")").orElse(""));
        }
        boolean serverOk = t.serverAdmissible.size() >= serverRule.distinctLogs()
                && SctTally.operators(t.serverAdmissible.values()).size() >= serverRule.distinctOperators();
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
                    + ", and the TLS/OCSP rule needs " + serverRule.distinctLogs() + " admissible logs of "
                    + serverRule.distinctOperators() + " operators";
        }
        return new Judgement(false, reason + notes, t.afterRetirement);
    }

    static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    static String names(java.util.Collection<SctTally.Counted> counted) {
        return String.join(", ", counted.stream().map(c -> c.log().description() + " [" + c.operator() + "]").toList());
    }

    static String notes(SctTally t, CtPolicy policy, List<SctObservation> scts) {
        List<String> all = new ArrayList<>(t.notes);
        policy.server().ocspExcluded().filter(x -> scts.stream().anyMatch(s -> s.channel() == SctChannel.OCSP))
                .ifPresent(since -> all.add("OCSP-delivered SCTs do not count " + since));
        return all.isEmpty() ? "" : " (" + String.join("; ", all) + ")";
    }
}
