package io.rootwatch.ct;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Judges a leaf under a {@link SctDistrustRule} by its earliest embedded SCT. Only SCTs whose signature
 * verified count: an unverifiable SCT could carry any date. Pure and thread-safe.
 */
public final class SctDistrust {
    /** The outcome for one leaf. */
    public enum Outcome {
        /** Earliest SCT at or before the distrust instant. */
        TRUSTED,
        /** Earliest SCT after the distrust instant. */
        DISTRUSTED,
        /** No verified embedded SCT: the rule cannot place the leaf (and CT policy fails anyway). */
        NO_VERIFIED_SCT
    }

    /** @param reason one sentence naming the rule's owner, the dates and the source */
    public record Verdict(Outcome outcome, Optional<Instant> earliestSct, String reason) {
    }

    private SctDistrust() {
    }

    /** @param scts the leaf's SCTs as {@link CtEvaluator} reports them */
    public static Verdict judge(SctDistrustRule rule, List<SctObservation> scts) {
        Optional<Instant> earliest = scts.stream()
                .filter(s -> s.channel() == SctChannel.EMBEDDED && s.signature() == SctSignatureStatus.VALID)
                .map(SctObservation::timestamp).min(Comparator.naturalOrder());
        if (earliest.isEmpty()) {
            return new Verdict(Outcome.NO_VERIFIED_SCT, earliest, "The leaf has no verified embedded SCT, so "
                    + rule.caOwnerOrRootSha256() + "'s distrust by earliest SCT (after " + rule.distrustAfter()
                    + ") cannot place it; source: " + rule.source());
        }
        boolean distrusted = earliest.get().isAfter(rule.distrustAfter());
        return new Verdict(distrusted ? Outcome.DISTRUSTED : Outcome.TRUSTED, earliest, "The leaf's earliest SCT is dated "
                + earliest.get() + ", " + (distrusted ? "after" : "not after") + " " + rule.caOwnerOrRootSha256()
                + "'s distrust instant " + rule.distrustAfter() + "; source: " + rule.source());
    }
}
