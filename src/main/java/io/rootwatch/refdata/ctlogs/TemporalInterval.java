package io.rootwatch.refdata.ctlogs;

import java.time.Instant;

/** A sharded log accepts certificates whose notAfter is in [startInclusive, endExclusive). */
public record TemporalInterval(Instant startInclusive, Instant endExclusive) {
    public boolean contains(Instant notAfter) {
        return !notAfter.isBefore(startInclusive) && notAfter.isBefore(endExclusive);
    }
}
