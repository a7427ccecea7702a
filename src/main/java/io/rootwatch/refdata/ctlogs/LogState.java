package io.rootwatch.refdata.ctlogs;

import java.time.Instant;
import java.util.Optional;

/**
 * A log's current state as the list states it, and since when. Lists keep only the current state; what
 * that means at an earlier instant is the CT evaluator's business, not this type's.
 */
public sealed interface LogState {
    /** When the state began; empty only for {@link NoState}. */
    Optional<Instant> since();

    /** The list's word for the state ("usable", "readonly", …; "none" when the log has no state). */
    String name();

    record Pending(Instant timestamp) implements LogState {
        public Optional<Instant> since() { return Optional.of(timestamp); }
        public String name() { return "pending"; }
    }

    record Qualified(Instant timestamp) implements LogState {
        public Optional<Instant> since() { return Optional.of(timestamp); }
        public String name() { return "qualified"; }
    }

    record Usable(Instant timestamp) implements LogState {
        public Optional<Instant> since() { return Optional.of(timestamp); }
        public String name() { return "usable"; }
    }

    record ReadOnly(Instant timestamp) implements LogState {
        public Optional<Instant> since() { return Optional.of(timestamp); }
        public String name() { return "readonly"; }
    }

    record Retired(Instant timestamp) implements LogState {
        public Optional<Instant> since() { return Optional.of(timestamp); }
        public String name() { return "retired"; }
    }

    record Rejected(Instant timestamp) implements LogState {
        public Optional<Instant> since() { return Optional.of(timestamp); }
        public String name() { return "rejected"; }
    }

    /** The list entry carries no {@code state} object at all (real lists have such entries). */
    record NoState() implements LogState {
        public Optional<Instant> since() { return Optional.empty(); }
        public String name() { return "none"; }
    }
}
