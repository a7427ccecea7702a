package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * One Mozilla root as the reference data describes it.
 *
 * @param name                   CCADB "Certificate Name" / NSS label
 * @param caOwner                CCADB "CA Owner" (empty when only NSS/OS data knew the root)
 * @param trustBits              trust bits in force (CCADB "Trust Bits", or NSS trust object)
 * @param distrustForTlsAfter    CCADB "Distrust for TLS After Date" / NSS CKA_NSS_SERVER_DISTRUST_AFTER
 * @param mozillaAppliedConstraints CCADB "Mozilla Applied Constraints" text, e.g. "*.tr"
 * @param removal                for removed roots: CCADB's removal note (e.g. "Firefox 121"); for an
 *                               included root scheduled for removal: the upcoming-removal note
 * @param latestAuditPeriodEnd   the newest audit period end date the data gives, for stale-audit checks
 */
public record StoreRoot(
        Certificate certificate,
        String name,
        Optional<String> caOwner,
        RootStatus status,
        Set<TrustBit> trustBits,
        Optional<LocalDate> distrustForTlsAfter,
        Optional<String> mozillaAppliedConstraints,
        Optional<String> removal,
        Optional<LocalDate> latestAuditPeriodEnd) {

    public StoreRoot {
        trustBits = TrustBit.inOrder(trustBits);
    }

    /**
     * The instant a CCADB distrust date D stands for: the end of that UTC day, as NSS stores it
     * (YYMMDD235959Z). A leaf is distrusted when its notBefore is after this instant.
     */
    public Optional<Instant> distrustAfterInstant() {
        return distrustForTlsAfter.map(d -> d.atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC));
    }
}
