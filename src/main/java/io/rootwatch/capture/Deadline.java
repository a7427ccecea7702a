package io.rootwatch.capture;

import java.time.Duration;

/**
 * A point on the monotonic clock ({@link System#nanoTime}); never the wall clock, so a clock step cannot
 * stretch or cut a timeout. Capture time stamps come from the injected {@link java.time.Clock} instead.
 */
record Deadline(long nanoTime) {

    static Deadline after(Duration d) {
        return new Deadline(System.nanoTime() + d.toNanos());
    }

    Deadline earlier(Deadline other) {
        return nanoTime - other.nanoTime <= 0 ? this : other;
    }

    long remainingMillis() {
        return Math.max(0, (nanoTime - System.nanoTime()) / 1_000_000);
    }

    boolean passed() {
        return nanoTime - System.nanoTime() <= 0;
    }

    /** A positive socket timeout that ends at this deadline (0 would mean "forever" to the JDK). */
    int socketTimeoutMillis() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remainingMillis()));
    }

    /** "1.5 s", for messages. */
    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
