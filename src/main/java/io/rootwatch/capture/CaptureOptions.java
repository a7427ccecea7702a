package io.rootwatch.capture;

import java.time.Duration;

/**
 * Deadlines and concurrency bounds for captures.
 *
 * @param connectTimeout   longest wait for one TCP connect to one address
 * @param handshakeTimeout longest time from TCP connect to the end of the TLS handshake, including any
 *                         STARTTLS dialogue
 * @param totalTimeout     longest time for one target overall: resolution, every address tried, handshake
 * @param maxConcurrency   most captures running at once in a {@link ScanRunner}
 * @param maxPerHost       most captures running at once against one host name (or IP literal)
 */
public record CaptureOptions(Duration connectTimeout, Duration handshakeTimeout, Duration totalTimeout,
                             int maxConcurrency, int maxPerHost) {

    public CaptureOptions {
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("handshakeTimeout", handshakeTimeout);
        requirePositive("totalTimeout", totalTimeout);
        if (maxConcurrency < 1 || maxPerHost < 1) {
            throw new IllegalArgumentException(
                    "maxConcurrency and maxPerHost must be at least 1, got " + maxConcurrency + " and " + maxPerHost);
        }
    }

    /**
     * The defaults: connect 5 s, handshake 10 s, total 20 s, 64 captures at once, 4 per host.
     *
     * <p>Where the numbers come from: Linux retransmits an unanswered SYN after 1 s and again 2 s later,
     * so 5 s covers two retransmits before we give up on an address. 10 s leaves room for a slow server
     * sending a very large Certificate message or a slow STARTTLS banner. 20 s is connect plus handshake
     * with headroom for a second address. 64 at once keeps file descriptors and the memory of in-flight
     * handshakes (each may buffer a multi-hundred-KB Certificate message) small on a 2-core machine;
     * 4 per host stays under the per-client connection limits servers commonly set and below the 6
     * connections per host that browsers open, so a scan never looks like a flood.
     */
    public static CaptureOptions defaults() {
        return new CaptureOptions(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), 64, 4);
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }
}
