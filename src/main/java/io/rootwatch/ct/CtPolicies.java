package io.rootwatch.ct;

import io.rootwatch.ct.CtPolicy.Counting;
import io.rootwatch.ct.CtPolicy.EnforcementBasis;
import io.rootwatch.refdata.ctlogs.Program;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The CT policy versions rootwatch knows, per program, with their sources (summarised and checked in
 * shared/REFERENCE-DATA.md, "Certificate Transparency policies (as of 2026)").
 *
 * <p>Chrome 148 stops counting OCSP-delivered SCTs. A browser version is not an instant, so we map it to
 * Chrome 148's scheduled stable release, 2026-05-05 (Chrome's four-weekly schedule: 147 on 2026-04-07,
 * 148 four weeks later). Users on older Chrome still accept OCSP SCTs after that date; we judge what a
 * current Chrome does at the evaluation time.
 */
public final class CtPolicies {
    private static final String CHROME_SOURCE = "https://googlechrome.github.io/CertificateTransparency/ct_policy.html";
    private static final String FIREFOX_SOURCE = "https://wiki.mozilla.org/SecurityEngineering/Certificate_Transparency";
    private static final String APPLE_SOURCE = "https://support.apple.com/en-us/103214";
    private static final Duration SEVENTY_DAYS = Duration.ofDays(70);
    private static final Duration TEN_WEEKS = Duration.ofDays(70);

    /** Chrome and Firefox: 2 distinct logs up to 180 days of lifetime, 3 beyond; 2 operators; 1 log admissible now. */
    private static EmbeddedRule distinctLogs(boolean rfc6962LogRequired, Optional<LocalDate> until) {
        return new EmbeddedRule(LifetimeMeasure.ELAPSED, List.of(LifetimeTier.upTo(180, 2), LifetimeTier.longer(3)), 2, 1,
                rfc6962LogRequired, until);
    }

    /** Chrome and Firefox: 2 logs admissible now, of 2 operators, all delivered via TLS or OCSP. */
    private static ServerRule twoLogsTwoOperators(Optional<String> ocspExcluded) {
        return new ServerRule(2, 2, 2, ocspExcluded);
    }

    /** Apple: ≤ 180 days 2 SCTs, at most 1 per operator; 181–398 days 3, at most 2 per operator; no longer lifetime. */
    private static final EmbeddedRule APPLE_EMBEDDED = new EmbeddedRule(LifetimeMeasure.INCLUSIVE_DAYS,
            List.of(LifetimeTier.upTo(180, 2).capped(1), LifetimeTier.upTo(398, 3).capped(2)), 0, 1, true, Optional.empty());
    /** Apple: 2 SCTs from logs approved now, at least 1 delivered via TLS or OCSP (the other may be embedded). */
    private static final ServerRule APPLE_SERVER = new ServerRule(2, 0, 1, Optional.empty());

    /** Every known version, oldest first within each program. */
    public static final List<CtPolicy> ALL = List.of(
            new CtPolicy(Program.MOZILLA, "firefox-135", "Firefox CT policy", Instant.parse("2025-02-04T00:00:00Z"),
                    FIREFOX_SOURCE + " (enforced since Firefox 135, 2025-02-04; list older than 10 weeks stops enforcement)",
                    Optional.of(TEN_WEEKS), Counting.DISTINCT_LOGS_AND_OPERATORS,
                    distinctLogs(false, Optional.empty()), twoLogsTwoOperators(Optional.empty()),
                    Instant.parse("2025-02-04T00:00:00Z"), EnforcementBasis.EVALUATION_TIME),
            new CtPolicy(Program.CHROME, "chrome-2022-04-15", "Chrome CT policy", Instant.parse("2022-04-15T00:00:00Z"),
                    CHROME_SOURCE + " (2 operators, 3 SCTs over 180 days: certificates issued from 2022-04-15; "
                            + "at least one SCT from an RFC 6962 log until 2026-04-15)",
                    Optional.of(SEVENTY_DAYS), Counting.DISTINCT_LOGS_AND_OPERATORS,
                    distinctLogs(true, Optional.of(LocalDate.parse("2026-04-15"))), twoLogsTwoOperators(Optional.empty()),
                    Instant.parse("2018-04-30T00:00:00Z"), EnforcementBasis.CERTIFICATE_ISSUANCE),
            new CtPolicy(Program.CHROME, "chrome-2026-04-16", "Chrome CT policy", Instant.parse("2026-04-16T00:00:00Z"),
                    CHROME_SOURCE + " (the RFC 6962 log requirement was dropped after 2026-04-15)",
                    Optional.of(SEVENTY_DAYS), Counting.DISTINCT_LOGS_AND_OPERATORS,
                    distinctLogs(false, Optional.empty()), twoLogsTwoOperators(Optional.empty()),
                    Instant.parse("2018-04-30T00:00:00Z"), EnforcementBasis.CERTIFICATE_ISSUANCE),
            new CtPolicy(Program.CHROME, "chrome-148", "Chrome CT policy", Instant.parse("2026-05-05T00:00:00Z"),
                    CHROME_SOURCE + " (OCSP-delivered SCTs count only before Chrome 148; mapped to its scheduled "
                            + "stable release 2026-05-05)",
                    Optional.of(SEVENTY_DAYS), Counting.DISTINCT_LOGS_AND_OPERATORS,
                    distinctLogs(false, Optional.empty()), twoLogsTwoOperators(Optional.of("from Chrome 148 (taken as 2026-05-05)")),
                    Instant.parse("2018-04-30T00:00:00Z"), EnforcementBasis.CERTIFICATE_ISSUANCE),
            new CtPolicy(Program.APPLE, "apple-2021", "Apple CT policy", Instant.parse("2018-10-15T00:00:00Z"),
                    APPLE_SOURCE + " (certificates issued after 2018-10-15; lifetime bands ≤180 and 181–398 days)",
                    Optional.empty(), Counting.PER_OPERATOR_CAP, APPLE_EMBEDDED, APPLE_SERVER,
                    Instant.parse("2018-10-15T00:00:00Z"), EnforcementBasis.CERTIFICATE_ISSUANCE));

    private CtPolicies() {
    }

    /**
     * The version of {@code program}'s policy in force at {@code at}; before the first known version,
     * that first version (the verdict then says the earlier rules are not modelled).
     */
    public static CtPolicy effective(Program program, Instant at) {
        List<CtPolicy> versions = ALL.stream().filter(p -> p.program() == program)
                .sorted(Comparator.comparing(CtPolicy::effectiveFrom)).toList();
        CtPolicy chosen = versions.get(0);
        for (CtPolicy p : versions) {
            if (!p.effectiveFrom().isAfter(at)) {
                chosen = p;
            }
        }
        return chosen;
    }
}
