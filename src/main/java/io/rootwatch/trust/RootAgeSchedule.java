package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Mozilla Root Store Policy §7.4: a root's Websites trust bit goes when its key material is more than 15
 * years old, phased in by key-creation date (schedule in shared REFERENCE-DATA.md, "Root age").
 *
 * <p>CCADB's published reports carry no key-ceremony date, and the policy lets the root's Valid From stand in
 * only for roots created before 2012-07-01. For later roots the creation date is unknown, so no date is
 * claimed rather than one invented.
 */
final class RootAgeSchedule {
    /** Roots whose Valid From is before this day may use it in place of their key-creation date. */
    static final LocalDate VALID_FROM_STANDS_IN_BEFORE = LocalDate.of(2012, 7, 1);

    private RootAgeSchedule() {
    }

    /** The day the root's Websites trust is due to end, or empty when the schedule cannot be applied. */
    static Optional<LocalDate> websitesTrustEnds(Certificate root) {
        LocalDate created = LocalDate.ofInstant(root.notBefore(), ZoneOffset.UTC);
        if (!created.isBefore(VALID_FROM_STANDS_IN_BEFORE)) {
            return Optional.empty();
        }
        int year = created.getYear();
        // Two key-creation years share each April-15 step of the transition.
        int endYear = year < 2006 ? 2025 : 2026 + (year - 2006) / 2;
        return Optional.of(LocalDate.of(endYear, 4, 15));
    }
}
