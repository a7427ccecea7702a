package io.rootwatch.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The evaluation instant: every verdict is "as of" it (default: now). */
final class AtOption {
    @Option(names = "--at", paramLabel = "WHEN",
            description = "Judge as of this instant: 2025-06-01T00:00:00Z or 2025-06-01 (midnight UTC). Default: now.")
    Optional<String> at = Optional.empty();

    Instant resolve(Clock clock) {
        if (at.isEmpty()) {
            return clock.instant();
        }
        String v = at.get().trim();
        Instant when;
        try {
            when = v.length() == 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--at '" + v + "' is not an instant (use 2025-06-01T00:00:00Z or 2025-06-01)");
        }
        // Instant.parse takes years up to ±1,000,000,000, which date arithmetic later cannot hold; X.509 times
        // themselves stop at 9999 (RFC 5280 §4.1.2.5), so nothing beyond that range can be judged anyway.
        if (when.isBefore(EARLIEST) || when.isAfter(LATEST)) {
            throw new UsageException("--at '" + v + "' is outside the years 1950 to 9999 that certificates can express");
        }
        return when;
    }

    private static final Instant EARLIEST = Instant.parse("1950-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
}
