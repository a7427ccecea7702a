package io.rootwatch.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded run, as {@code rootwatch scans} lists it: enough to pick the id to {@code --resume}.
 *
 * @param id          the scan id (the report's {@code scanId})
 * @param command     the command that recorded it: {@code scan}, {@code inspect} or {@code ct}
 * @param startedAt   when the run (or its first part, for a resumed scan) started
 * @param finishedAt  when it was marked finished; empty for a run still going or interrupted
 * @param evaluatedAt the {@code --at} instant its verdicts were judged as of
 * @param captures    how many captures it recorded
 * @param judged      how many of those have a result
 */
public record ScanSummary(String id, String command, Instant startedAt, Optional<Instant> finishedAt,
                          Instant evaluatedAt, int captures, int judged) {
}
