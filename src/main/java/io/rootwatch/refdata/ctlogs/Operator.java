package io.rootwatch.refdata.ctlogs;

import java.util.List;

/** One entry of a log list's {@code operators} array; its name is what "distinct operators" counts. */
public record Operator(String name, List<String> email) {
    public Operator {
        email = List.copyOf(email);
    }
}
