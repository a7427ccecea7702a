package io.rootwatch.ct;

import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.Program;
import java.util.List;
import java.util.Optional;

/**
 * Which log list judges which program: its own when given; otherwise, when only one list is given, that
 * one serves all three; otherwise the nearest relative (Firefox's list is compiled from Chrome's, so
 * Firefox and Chrome substitute for each other first). {@code note} says when a substitute is used.
 */
record ListChoice(Optional<LogList> list, String note) {
    static ListChoice of(Program program, CtLogLists lists) {
        Optional<LogList> own = switch (program) {
            case MOZILLA -> lists.mozilla();
            case CHROME -> lists.chrome();
            case APPLE -> lists.apple();
        };
        if (own.isPresent()) {
            return new ListChoice(own, "");
        }
        List<LogList> given = lists.given().toList();
        if (given.isEmpty()) {
            return new ListChoice(Optional.empty(), "");
        }
        if (given.size() == 1) {
            return new ListChoice(Optional.of(given.get(0)), "only " + given.get(0).label()
                    + " was given, so it serves all three programs");
        }
        List<Optional<LogList>> order = switch (program) {
            case MOZILLA -> List.of(lists.chrome(), lists.apple());
            case CHROME -> List.of(lists.mozilla(), lists.apple());
            case APPLE -> List.of(lists.chrome(), lists.mozilla());
        };
        LogList sub = order.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        return new ListChoice(Optional.of(sub), "no " + program.browser() + " log list was given, so "
                + sub.label() + " serves instead");
    }
}
