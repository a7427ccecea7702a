package io.rootwatch.refdata.ctlogs;

import java.time.Instant;

/** A former operator of a log ({@code previous_operators}): it operated the log until {@code endTime}. */
public record PreviousOperator(String name, Instant endTime) {
}
