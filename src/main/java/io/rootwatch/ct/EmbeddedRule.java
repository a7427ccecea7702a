package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A policy's numbers for embedded SCTs.
 *
 * @param lifetime                how the leaf's lifetime is measured against the tiers
 * @param tiers                   by ascending {@code maxDays}; the first that covers the lifetime applies. A
 *                                lifetime beyond a bounded last tier is judged by that tier and noted as over
 *                                the program's maximum lifetime
 * @param distinctOperators       counted SCTs must come from at least this many operators; 0: no minimum
 * @param fromLogsAdmissibleNow   counted SCTs that must come from a log admissible at the evaluation time (the
 *                                others may be from logs retired after their SCT)
 * @param rfc6962LogRequired      at least one counted SCT must come from an RFC 6962 (non-tiled) log
 * @param rfc6962LogRequiredUntil the last day of that requirement, when one is announced (shown in the reason)
 */
public record EmbeddedRule(LifetimeMeasure lifetime, List<LifetimeTier> tiers, int distinctOperators, int fromLogsAdmissibleNow,
        boolean rfc6962LogRequired, Optional<LocalDate> rfc6962LogRequiredUntil) {
    public EmbeddedRule {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("an embedded-SCT rule needs at least one lifetime tier");
        }
        for (int i = 0; i < tiers.size() - 1; i++) {
            Optional<Integer> max = tiers.get(i).maxDays();
            Optional<Integer> next = tiers.get(i + 1).maxDays();
            if (max.isEmpty() || (next.isPresent() && next.get() <= max.get())) {
                throw new IllegalArgumentException("lifetime tiers must have ascending limits, only the last may be unbounded");
            }
        }
    }

    /** The tier that judges {@code leaf}: the first covering its lifetime, else the last. */
    LifetimeTier tierFor(Certificate leaf) {
        return tiers.stream().filter(t -> t.maxDays().isEmpty() || lifetime.within(leaf, t.maxDays().get()))
                .findFirst().orElse(tiers.get(tiers.size() - 1));
    }

    /** The longest lifetime any tier covers; empty when the last tier is unbounded. */
    Optional<Integer> maxLifetimeDays() {
        return tiers.get(tiers.size() - 1).maxDays();
    }

    /** "at most 180 days", "more than 180 days", "more than 180 and at most 398 days". */
    String band(LifetimeTier tier) {
        int i = tiers.indexOf(tier);
        Optional<Integer> previous = i == 0 ? Optional.empty() : tiers.get(i - 1).maxDays();
        if (previous.isEmpty()) {
            return tier.maxDays().map(m -> "at most " + m + " days").orElse("any length");
        }
        return "more than " + previous.get() + tier.maxDays().map(m -> " and at most " + m).orElse("") + " days";
    }
}
