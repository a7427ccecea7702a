package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.ctlogs.LogList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apple's rule. Lifetime in days counted inclusively (notBefore and notAfter both belong to the
 * validity period) in 86,400-second days, rounded up. Embedded: at least one SCT from a log approved
 * now; SCTs from logs approved now or retired after the SCT counted with a per-operator cap — lifetime
 * ≤ 180 days: 2 needed, at most 1 per operator; longer: 3 needed, at most 2 per operator; at least one
 * from an RFC 6962 log. TLS/OCSP: 2 logs approved now, at least one of those SCTs delivered via TLS or
 * OCSP (the others may be embedded).
 */
final class AppleJudge {
    private AppleJudge() {
    }

    static long inclusiveDays(Certificate leaf) {
        long seconds = Duration.between(leaf.notBefore(), leaf.notAfter()).getSeconds() + 1;
        return Math.ceilDiv(seconds, 86_400L);
    }

    static Judgement judge(CtPolicy policy, LogList list, Certificate leaf, List<SctObservation> scts, Instant at,
            SctTally.Assume assume) {
        SctTally t = SctTally.of(scts, list, at, EnumSet.of(SctChannel.TLS, SctChannel.OCSP), assume);
        long days = inclusiveDays(leaf);
        boolean shortLived = days <= 180;
        int needed = shortLived ? 2 : 3;
        int cap = shortLived ? 1 : 2;
        Map<String, Integer> perOperator = new LinkedHashMap<>();
        t.embedded.values().forEach(c -> perOperator.merge(c.operator(), 1, Integer::sum));
        int counted = perOperator.values().stream().mapToInt(n -> Math.min(n, cap)).sum();

        List<String> missing = new ArrayList<>();
        if (counted < needed) {
            missing.add(needed + " SCTs for a lifetime of " + days + " days, counting at most " + cap + " per operator");
        }
        if (!SctTally.anyAdmissibleNow(t.embedded.values())) {
            missing.add("1 embedded SCT from a log approved at " + at);
        }
        if (!t.embedded.isEmpty() && !SctTally.anyRfc6962(t.embedded.values())) {
            missing.add("1 SCT from an RFC 6962 log");
        }
        boolean serverOk = t.anyChannelAdmissible.size() >= 2 && !t.serverAdmissible.isEmpty();
        String longNote = days > 398 ? " (lifetime " + days + " days exceeds Apple's 398-day maximum for TLS certificates)" : "";
        String notes = DistinctLogsJudge.notes(t, policy, scts) + longNote;
        if (missing.isEmpty()) {
            return new Judgement(true, "Meets the embedded-SCT rule: " + counted + " counted of "
                    + SctTally.describe("embedded", t.embedded.values()) + " (" + DistinctLogsJudge.names(t.embedded.values())
                    + ")" + notes, t.afterRetirement);
        }
        if (serverOk) {
            return new Judgement(true, "Meets the TLS/OCSP rule: " + t.anyChannelAdmissible.size()
                    + " SCTs from approved logs, at least one delivered via TLS or OCSP" + notes, t.afterRetirement);
        }
        String reason = SctTally.describe("embedded", t.embedded.values()) + " (" + counted + " counted); Apple needs "
                + String.join(" and ", missing);
        if (scts.stream().anyMatch(s -> s.channel() != SctChannel.EMBEDDED)) {
            reason += "; the TLS/OCSP rule needs 2 SCTs from approved logs with one delivered via TLS or OCSP";
        }
        return new Judgement(false, reason + notes, t.afterRetirement);
    }
}
