package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.refdata.TrustBit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is coming for a root that is still included: a removal CCADB has announced, the end of its Websites
 * trust under the root-age schedule, or a CA owner whose audits have lapsed. None of these changes today's
 * verdict; each tells the owner of the leaf to plan a move (report v1: {@code scheduled-removal},
 * {@code stale-audit}, medium).
 */
final class RootOutlook {
    /** CCADB Policy §5.2: audits at least annually, the statement due 92 days after the period ends. */
    static final int AUDIT_PERIOD_MONTHS = 12;
    static final int AUDIT_STATEMENT_GRACE_DAYS = 92;

    private RootOutlook() {
    }

    static List<Finding> of(StoreRoot root, Certificate leaf, Instant at) {
        List<Finding> out = new ArrayList<>();
        if (root.status() != RootStatus.INCLUDED) {
            return out; // a removed root is already the verdict; nothing further is scheduled
        }
        root.removal().ifPresent(note -> out.add(finding(FindingId.SCHEDULED_REMOVAL, root, "Root '"
                + root.name() + "' is " + note + " from Mozilla's root store; move " + Subjects.of(leaf)
                + " to a certificate from another root before the removal ships.")));
        rootAge(root, leaf, at).ifPresent(out::add);
        staleAudit(root, at).ifPresent(out::add);
        return out;
    }

    /**
     * Only when the leaf outlives the root's Websites trust: a leaf that expires first is unaffected. A root
     * that already carries a distrust-after date has had its retirement scheduled that way instead.
     */
    private static Optional<Finding> rootAge(StoreRoot root, Certificate leaf, Instant at) {
        if (!root.trustBits().contains(TrustBit.WEBSITES) || root.distrustForTlsAfter().isPresent()) {
            return Optional.empty();
        }
        return RootAgeSchedule.websitesTrustEnds(root.certificate())
                .filter(end -> end.isAfter(day(at)))
                .filter(end -> leaf.notAfter().isAfter(end.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .map(end -> finding(FindingId.SCHEDULED_REMOVAL, root, "Root '" + root.name()
                        + "' dates from " + day(root.certificate().notBefore()) + "; under Mozilla's root-age rule "
                        + "(Root Store Policy §7.4) its websites trust is due to end on " + end + ", before "
                        + Subjects.of(leaf) + " expires on " + leaf.notAfter() + "."));
    }

    private static Optional<Finding> staleAudit(StoreRoot root, Instant at) {
        return root.latestAuditPeriodEnd().flatMap(end -> {
            LocalDate due = end.plusMonths(AUDIT_PERIOD_MONTHS).plusDays(AUDIT_STATEMENT_GRACE_DAYS);
            if (!day(at).isAfter(due)) {
                return Optional.empty();
            }
            String owner = root.caOwner().map(o -> "CA owner '" + o + "'").orElse("The CA owner");
            return Optional.of(finding(FindingId.STALE_AUDIT, root, owner + " of root '" + root.name()
                    + "' has no audit period in CCADB ending after " + end + "; the next statement was due by "
                    + due + " (12 months + 92 days, CCADB Policy §5.2)."));
        });
    }

    private static Finding finding(FindingId id, StoreRoot root, String message) {
        return Finding.of(id, Optional.of(root.certificate().sha256()), message);
    }

    private static LocalDate day(Instant i) {
        return LocalDate.ofInstant(i, ZoneOffset.UTC);
    }
}
