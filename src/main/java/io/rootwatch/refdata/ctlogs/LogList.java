package io.rootwatch.refdata.ctlogs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parsed CT log list. Immutable and thread-safe.
 *
 * @param source    whose list it is (Google's v3 list is {@link Program#CHROME})
 * @param timestamp {@code log_list_timestamp}; empty for Apple's list, which has none
 * @param version   the list's {@code version} ("" when it has none, as Mozilla's)
 * @param logs      RFC 6962 and tiled logs of every operator, in list order
 */
public record LogList(Program source, Optional<Instant> timestamp, String version, List<Operator> operators, List<Log> logs) {
    public LogList {
        operators = List.copyOf(operators);
        logs = List.copyOf(logs);
    }

    /** The log with this base64 log id, or empty when the list does not know it. */
    public Optional<Log> byId(String logIdBase64) {
        return Optional.ofNullable(index().get(logIdBase64));
    }

    /** "Chrome's log list v83.6 (2026-02-03T12:54:57Z)"-style label for reasons. */
    public String label() {
        String owner = switch (source) {
            case CHROME -> "Google's (Chrome) log list";
            case APPLE -> "Apple's log list";
            case MOZILLA -> "Mozilla's known-logs list";
        };
        return owner + (version.isEmpty() ? "" : " v" + version)
                + timestamp.map(t -> " of " + t).orElse("");
    }

    private Map<String, Log> index() {
        // Small lists (< 300 logs); rebuilding per lookup keeps the record free of derived state.
        return logs.stream().collect(Collectors.toMap(Log::logId, Function.identity(), (a, b) -> a));
    }
}
