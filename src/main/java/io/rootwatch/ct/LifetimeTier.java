package io.rootwatch.ct;

import java.util.Optional;

/**
 * One lifetime band of an embedded-SCT rule.
 *
 * @param maxDays        the longest lifetime this band covers; empty: every longer lifetime
 * @param scts           SCTs needed: distinct logs (Chrome / Firefox) or capped SCTs (Apple)
 * @param perOperatorCap at most this many SCTs of one operator count (Apple); empty: no cap
 */
public record LifetimeTier(Optional<Integer> maxDays, int scts, Optional<Integer> perOperatorCap) {
    public static LifetimeTier upTo(int maxDays, int scts) {
        return new LifetimeTier(Optional.of(maxDays), scts, Optional.empty());
    }

    public static LifetimeTier longer(int scts) {
        return new LifetimeTier(Optional.empty(), scts, Optional.empty());
    }

    public LifetimeTier capped(int perOperator) {
        return new LifetimeTier(maxDays, scts, Optional.of(perOperator));
    }
}
