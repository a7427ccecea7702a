package io.rootwatch.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which targets {@link Inventory#query} returns; every present part must hold (they are ANDed), and an
 * empty part does not filter. Parts are judged on each target's latest result only.
 *
 * @param caOwner            the root's CCADB owner equals this, ignoring case
 * @param rootContains       the root's name or SHA-256 contains this text, ignoring case
 * @param verdict            the verdict equals this exactly (a report-contract verdict, e.g. {@code distrusted})
 * @param expiringWithinDays the leaf's notAfter is at or before {@code at} plus this many days — including
 *                           leaves already expired, so nothing overdue hides; a target whose leaf date is
 *                           unknown is left out. Must not be negative.
 * @param at                 the instant that {@code expiringWithinDays} counts from (the {@code --at} instant);
 *                           it does not limit which captures count as latest
 * @param tags               every one of these tags is on the target with exactly this value (keys and values
 *                           compared as written: they are the user's own labels)
 */
public record InventoryFilter(Optional<String> caOwner, Optional<String> rootContains, Optional<String> verdict,
                              Optional<Integer> expiringWithinDays, Instant at, Map<String, String> tags) {
    public InventoryFilter(Optional<String> caOwner, Optional<String> rootContains, Optional<String> verdict,
                           Optional<Integer> expiringWithinDays, Instant at) {
        this(caOwner, rootContains, verdict, expiringWithinDays, at, Map.of());
    }

    public InventoryFilter {
        tags = Map.copyOf(tags);
        Objects.requireNonNull(caOwner, "caOwner");
        Objects.requireNonNull(rootContains, "rootContains");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(expiringWithinDays, "expiringWithinDays");
        Objects.requireNonNull(at, "at");
        if (expiringWithinDays.isPresent() && expiringWithinDays.get() < 0) {
            throw new IllegalArgumentException("expiringWithinDays must not be negative, got "
                    + expiringWithinDays.get());
        }
    }

    /** No filtering: the latest result of every target. */
    public static InventoryFilter all(Instant at) {
        return new InventoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at);
    }
}
