package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import java.time.Duration;

/** How a policy measures a certificate's lifetime against its tiers' day limits. */
public enum LifetimeMeasure {
    /** Chrome / Firefox: notAfter − notBefore, compared with the limit as an exact duration of days. */
    ELAPSED {
        @Override
        boolean within(Certificate leaf, int maxDays) {
            return leaf.lifetime().compareTo(Duration.ofDays(maxDays)) <= 0;
        }

        @Override
        long days(Certificate leaf) {
            return Math.ceilDiv(leaf.lifetime().getSeconds(), SECONDS_PER_DAY);
        }
    },
    /**
     * Apple: notBefore and notAfter both belong to the validity period, so the lifetime is one second longer
     * than the difference, counted in 86,400-second days rounded up.
     */
    INCLUSIVE_DAYS {
        @Override
        boolean within(Certificate leaf, int maxDays) {
            return days(leaf) <= maxDays;
        }

        @Override
        long days(Certificate leaf) {
            return Math.ceilDiv(leaf.lifetime().getSeconds() + 1, SECONDS_PER_DAY);
        }
    };

    private static final long SECONDS_PER_DAY = 86_400L;

    /** Whether the leaf's lifetime, measured this way, is at most {@code maxDays}. */
    abstract boolean within(Certificate leaf, int maxDays);

    /** The lifetime in whole days, rounded up, as the reason states it. */
    abstract long days(Certificate leaf);
}
