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
 * @param counting           how SCTs are counted (which judge applies the numbers)
 * @param embedded           the numbers for embedded SCTs: lifetime tiers, operators, RFC 6962 log
 * @param server             the numbers for TLS/OCSP-delivered SCTs
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
        EmbeddedRule embedded,
        ServerRule server,
        Instant enforcedFrom,
        EnforcementBasis enforcementBasis) {

    public CtPolicy {
        boolean capped = embedded.tiers().stream().allMatch(t -> t.perOperatorCap().isPresent());
        boolean uncapped = embedded.tiers().stream().allMatch(t -> t.perOperatorCap().isEmpty());
        switch (counting) {
            case DISTINCT_LOGS_AND_OPERATORS -> {
                if (!uncapped || server.deliveredViaTlsOrOcsp() != server.distinctLogs()) {
                    throw new IllegalArgumentException(ruleVersion + ": distinct-logs counting takes no per-operator cap"
                            + " and counts only TLS/OCSP-delivered SCTs for the TLS/OCSP rule");
                }
            }
            case PER_OPERATOR_CAP -> {
                if (!capped) {
                    throw new IllegalArgumentException(ruleVersion + ": per-operator counting needs a cap in every lifetime tier");
                }
            }
        }
    }

    /** How SCTs are counted against the rule's numbers. */
    public enum Counting {
        /** Chrome/Firefox: SCTs from the tier's number of distinct logs, of the rule's number of distinct operators. */
        DISTINCT_LOGS_AND_OPERATORS,
        /** Apple: the tier's number of SCTs, counting at most the tier's cap per operator. */
        PER_OPERATOR_CAP
    }

    /** What {@link CtPolicy#enforcedFrom()} is compared with. */
    public enum EnforcementBasis {
        EVALUATION_TIME,
        CERTIFICATE_ISSUANCE
    }
}
