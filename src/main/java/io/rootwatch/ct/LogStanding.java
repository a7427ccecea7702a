package io.rootwatch.ct;

import io.rootwatch.refdata.ctlogs.Log;
import io.rootwatch.refdata.ctlogs.LogState;
import java.time.Instant;
import java.util.Optional;

/**
 * A log's standing at the evaluation instant. Lists keep only the current state and when it began, so
 * for an earlier instant: before that timestamp a log now retired, read-only or rejected is taken as
 * usable (and {@code note} says so); a usable log was at least qualified; a qualified log was pending;
 * pending is never admissible; a log without state is not admissible.
 *
 * @param retiredAt set for {@link Kind#RETIRED}: SCTs dated before it still count for embedded rules
 * @param note      a sentence when the standing was inferred for an earlier instant, or why it does not count
 */
record LogStanding(Kind kind, Optional<Instant> retiredAt, String note) {
    enum Kind { ADMISSIBLE, RETIRED, NOT_ADMISSIBLE }

    static LogStanding of(Log log, Instant at) {
        String name = log.description().isEmpty() ? log.logId() : log.description();
        return switch (log.state()) {
            case LogState.NoState s -> not(name + " has no state in the list");
            case LogState.Pending s -> not(name + " is pending");
            case LogState.Qualified s -> at.isBefore(s.timestamp())
                    ? not(name + " was still pending at " + at + " (qualified only since " + s.timestamp() + ")")
                    : admissible("");
            case LogState.Usable s -> admissible("");
            case LogState.ReadOnly s -> admissible(at.isBefore(s.timestamp()) ? earlier(name, "read-only", s.timestamp()) : "");
            case LogState.Retired s -> at.isBefore(s.timestamp())
                    ? admissible(earlier(name, "retired", s.timestamp()))
                    : new LogStanding(Kind.RETIRED, Optional.of(s.timestamp()), "");
            case LogState.Rejected s -> at.isBefore(s.timestamp())
                    ? admissible(earlier(name, "rejected", s.timestamp()))
                    : not(name + " is rejected since " + s.timestamp());
        };
    }

    private static String earlier(String name, String state, Instant since) {
        return name + " is " + state + " only since " + since + ", so it is taken as usable at the evaluation time";
    }

    private static LogStanding admissible(String note) {
        return new LogStanding(Kind.ADMISSIBLE, Optional.empty(), note);
    }

    private static LogStanding not(String note) {
        return new LogStanding(Kind.NOT_ADMISSIBLE, Optional.empty(), note);
    }
}
