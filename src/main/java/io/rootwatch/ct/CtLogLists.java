package io.rootwatch.ct;

import io.rootwatch.refdata.ctlogs.LogList;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The log lists at hand. Firefox is judged with Mozilla's, Chrome with Google's, Apple with Apple's;
 * a missing one is replaced by another given list, and the verdict's reason says which.
 */
public record CtLogLists(Optional<LogList> mozilla, Optional<LogList> chrome, Optional<LogList> apple) {
    public static CtLogLists none() {
        return new CtLogLists(Optional.empty(), Optional.empty(), Optional.empty());
    }

    Stream<LogList> given() {
        return Stream.of(chrome, apple, mozilla).flatMap(Optional::stream);
    }
}
