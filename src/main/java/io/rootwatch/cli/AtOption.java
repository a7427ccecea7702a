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
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--at '" + v + "' is not an instant (use 2025-06-01T00:00:00Z or 2025-06-01)");
        }
    }
}
