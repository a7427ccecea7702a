package io.rootwatch.ct;

import io.rootwatch.refdata.ctlogs.Program;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One dated version of a browser's CT policy, as data: a policy change is a new record in
 * {@link CtPolicies}, not new code.
 *
 * @param ruleVersion        stable id of this version, shown in verdicts
 * @param title              "Chrome CT policy"
 * @param effectiveFrom      the evaluation instant from which this version applies
 * @param source             where the rule is stated
 * @param maxListAge         the browser stops enforcing when its log list is older than this; empty: no limit known
 * @param counting           how embedded SCTs are counted
 * @param requiresRfc6962Log at least one counted embedded SCT must come from an RFC 6962 (non-tiled) log
 * @param ocspSctsCount      whether SCTs stapled in OCSP count towards the TLS/OCSP rule
 * @param enforcedFrom       when the browser began enforcing CT
 * @param enforcementBasis   whether {@code enforcedFrom} is compared with the evaluation time or the leaf's notBefore
 */
public record CtPolicy(
        Program program,
        String ruleVersion,
        String title,
        Instant effectiveFrom,
        String source,
        Optional<Duration> maxListAge,
        Counting counting,
        boolean requiresRfc6962Log,
        boolean ocspSctsCount,
        Instant enforcedFrom,
        EnforcementBasis enforcementBasis) {

    /** How embedded SCTs are counted against the lifetime-dependent minimum. */
    public enum Counting {
        /** Chrome/Firefox: N distinct logs (N = 2 for lifetime ≤ 180 days, else 3) and ≥ 2 distinct operators. */
        DISTINCT_LOGS_AND_OPERATORS,
        /** Apple: N SCTs with a per-operator cap (≤ 180 days: 2, cap 1; 181–398 days: 3, cap 2), lifetime in inclusive 86,400 s days. */
        PER_OPERATOR_CAP
    }

    /** What {@link CtPolicy#enforcedFrom()} is compared with. */
    public enum EnforcementBasis {
        EVALUATION_TIME,
        CERTIFICATE_ISSUANCE
    }
}
