package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.ctlogs.LogList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apple's rule, with the numbers from the policy's data. Embedded: enough SCTs from a log approved now;
 * SCTs from logs approved now or retired after the SCT counted with the lifetime tier's per-operator cap
 * against the tier's number; where the version says so, one from an RFC 6962 log. TLS/OCSP: SCTs from
 * enough logs approved now, enough of those delivered via TLS or OCSP (the others may be embedded).
 */
final class AppleJudge {
    private AppleJudge() {
    }

    static Judgement judge(CtPolicy policy, LogList list, Certificate leaf, List<SctObservation> scts, Instant at,
            SctTally.Assume assume) {
        EmbeddedRule rule = policy.embedded();
        ServerRule serverRule = policy.server();
        SctTally t = SctTally.of(scts, list, at, serverRule.channels(), assume);
        long days = rule.lifetime().days(leaf);
        LifetimeTier tier = rule.tierFor(leaf);
        int cap = tier.perOperatorCap().orElseThrow(); // CtPolicy guarantees a cap for this counting
        Map<String, Integer> perOperator = new LinkedHashMap<>();
        t.embedded.values().forEach(c -> perOperator.merge(c.operator(), 1, Integer::sum));
        int counted = perOperator.values().stream().mapToInt(n -> Math.min(n, cap)).sum();

        List<String> missing = new ArrayList<>();
        if (counted < tier.scts()) {
            missing.add(tier.scts() + " SCTs for a lifetime of " + days + " days, counting at most " + cap + " per operator");
        }
        if (SctTally.admissibleNow(t.embedded.values()) < rule.fromLogsAdmissibleNow()) {
            missing.add(rule.fromLogsAdmissibleNow() + " embedded SCT" + DistinctLogsJudge.plural(rule.fromLogsAdmissibleNow())
                    + " from a log approved at " + at);
        }
        if (perOperator.size() < rule.distinctOperators()) {
            missing.add(rule.distinctOperators() + " distinct operators");
        }
        if (rule.rfc6962LogRequired() && !t.embedded.isEmpty() && !SctTally.anyRfc6962(t.embedded.values())) {
            missing.add("1 SCT from an RFC 6962 log" + rule.rfc6962LogRequiredUntil().map(d -> " (until " + d + ")").orElse(""));
        }
        boolean serverOk = t.anyChannelAdmissible.size() >= serverRule.distinctLogs()
                && SctTally.operators(t.anyChannelAdmissible.values()).size() >= serverRule.distinctOperators()
                && t.serverAdmissible.size() >= serverRule.deliveredViaTlsOrOcsp();
        String longNote = rule.maxLifetimeDays().filter(max -> days > max)
                .map(max -> " (lifetime " + days + " days exceeds " + policy.program().browser() + "'s " + max
                        + "-day maximum for TLS certificates)").orElse("");
        String notes = DistinctLogsJudge.notes(t, policy, scts) + longNote;
        String delivered = count(serverRule.deliveredViaTlsOrOcsp());
        if (missing.isEmpty()) {
            return new Judgement(true, "Meets the embedded-SCT rule: " + counted + " counted of "
                    + SctTally.describe("embedded", t.embedded.values()) + " (" + DistinctLogsJudge.names(t.embedded.values())
                    + ")" + notes, t.afterRetirement);
        }
        if (serverOk) {
            return new Judgement(true, "Meets the TLS/OCSP rule: " + t.anyChannelAdmissible.size()
                    + " SCTs from approved logs, at least " + delivered + " delivered via TLS or OCSP" + notes, t.afterRetirement);
        }
        String reason = SctTally.describe("embedded", t.embedded.values()) + " (" + counted + " counted); " + policy.program().browser() + " needs "
                + String.join(" and ", missing);
        if (scts.stream().anyMatch(s -> s.channel() != SctChannel.EMBEDDED)) {
            reason += "; the TLS/OCSP rule needs " + serverRule.distinctLogs() + " SCTs from approved logs with "
                    + delivered + " delivered via TLS or OCSP";
        }
        return new Judgement(false, reason + notes, t.afterRetirement);
    }

    /** "one" reads better than "1" in "at least one delivered via TLS or OCSP". */
    private static String count(int n) {
        return n == 1 ? "one" : Integer.toString(n);
    }
}
