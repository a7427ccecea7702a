package io.rootwatch.refdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per file, how many report rows carried a certificate and how many of those had to be skipped. A report
 * whose PEM cells are all corrupt would otherwise give one warning per row (175 for an included-roots
 * report) and bury the point, that the file gave nothing: so each file with skipped rows gets one summary
 * naming the first, and only a few further rows are named on their own. Not thread-safe; fed on one thread.
 */
final class SkippedRows {
    /** Rows named one by one, the first included (in the summary); the rest are only counted. */
    static final int NAMED = 3;

    private static final class Tally {
        int rows;
        final List<Skip> skips = new ArrayList<>();
    }

    private record Skip(long line, String reason) {
    }

    private final Map<String, Tally> bySource = new LinkedHashMap<>();

    void used(String source) {
        tally(source).rows++;
    }

    void skipped(String source, long line, String reason) {
        Tally t = tally(source);
        t.rows++;
        t.skips.add(new Skip(line, reason));
    }

    /** Rows of {@code source} that gave a certificate; 0 for a source never seen. */
    int usable(String source) {
        Tally t = bySource.get(source);
        return t == null ? 0 : t.rows - t.skips.size();
    }

    int rows(String source) {
        Tally t = bySource.get(source);
        return t == null ? 0 : t.rows;
    }

    /** One summary per file with skipped rows, then up to {@link #NAMED} - 1 further rows by line. */
    void report(Consumer<String> warn) {
        bySource.forEach((source, t) -> {
            if (t.skips.isEmpty()) {
                return;
            }
            Skip first = t.skips.get(0);
            warn.accept(source + ": " + t.skips.size() + " of " + t.rows + " rows skipped (certificates that do not parse);"
                    + " first: line " + first.line() + ": " + first.reason());
            t.skips.stream().skip(1).limit(NAMED - 1).forEach(s ->
                    warn.accept(source + ": line " + s.line() + ": certificate skipped: " + s.reason()));
        });
    }

    private Tally tally(String source) {
        return bySource.computeIfAbsent(source, s -> new Tally());
    }
}
