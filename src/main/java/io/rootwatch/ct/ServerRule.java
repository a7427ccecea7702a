package io.rootwatch.ct;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A policy's numbers for SCTs delivered in the TLS handshake or a stapled OCSP response. Every log must be
 * admissible at the evaluation time.
 *
 * @param distinctLogs          SCTs from at least this many distinct logs
 * @param distinctOperators     of at least this many operators; 0: no minimum
 * @param deliveredViaTlsOrOcsp how many of them must arrive via TLS or OCSP (Apple lets the others be
 *                              embedded); for the distinct-logs counting it must equal {@code distinctLogs}
 * @param ocspExcluded          present when stapled-OCSP SCTs do not count: since when, as the reason says it
 *                              ("from Chrome 148 (taken as 2026-05-05)")
 */
public record ServerRule(int distinctLogs, int distinctOperators, int deliveredViaTlsOrOcsp, Optional<String> ocspExcluded) {
    boolean ocspSctsCount() {
        return ocspExcluded.isEmpty();
    }

    /** The channels whose SCTs this rule counts: TLS always, OCSP-stapled ones unless the version excludes them. */
    Set<SctChannel> channels() {
        return ocspSctsCount() ? EnumSet.of(SctChannel.TLS, SctChannel.OCSP) : EnumSet.of(SctChannel.TLS);
    }
}
