package io.rootwatch.refdata;

import java.util.Optional;
import java.util.Set;

/**
 * Whether downloaded bytes are the report that was asked for. A server under maintenance answers 200 with an
 * HTML page, and a cut connection leaves half a CSV; either must never replace a good cached copy, so the
 * fetcher asks this before it writes.
 */
public final class ReportContent {
    /** How much of an unexpected body a warning quotes: enough to recognise an HTML page or an error text. */
    private static final int QUOTED_CHARS = 60;

    private ReportContent() {
    }

    /**
     * Empty when {@code body} is a report of one of the {@code expected} kinds that parses (and, for the
     * included-roots report, has at least one row: a header alone is what a truncated download looks like);
     * otherwise what came back instead, e.g. {@code not a report rootwatch uses (it starts "<!DOCTYPE html>")} or
     * {@code ccadb-included-roots: malformed CSV: ...}.
     */
    public static Optional<String> mismatch(byte[] body, Set<ReportKind> expected) {
        if (body.length == 0) {
            return Optional.of("an empty body");
        }
        Optional<String> text = Texts.decode(body);
        if (text.isEmpty()) {
            return Optional.of("not a text file");
        }
        Optional<ReportKind> kind = ReportKindDetector.detect(text.get());
        if (kind.isEmpty()) {
            return Optional.of("not a report rootwatch uses (it starts \"" + opening(text.get()) + "\")");
        }
        if (!expected.contains(kind.get())) {
            return Optional.of("a " + kind.get().id() + " report, not " + expected.stream().map(ReportKind::id).sorted()
                    .reduce((a, b) -> a + " or " + b).orElse("?"));
        }
        return parseProblem(text.get(), kind.get());
    }

    private static Optional<String> parseProblem(String text, ReportKind kind) {
        try {
            switch (kind) {
                case MOZILLA_ONECRL -> OneCrlParser.parse(text, kind.id(), w -> { });
                case NSS_CERTDATA -> CertdataParser.parse(text, kind.id(), w -> { });
                default -> {
                    CsvTable table = CsvTable.parse(text, kind.id());
                    if (kind == ReportKind.CCADB_INCLUDED_ROOTS && table.rows().isEmpty()) {
                        return Optional.of("an included-roots report with a header but no rows (truncated?)");
                    }
                }
            }
            return Optional.empty();
        } catch (RefDataException e) {
            return Optional.of(e.getMessage()); // names the kind and, for a CSV, the line
        }
    }

    /** The first characters, on one line, so a warning shows what the server sent without dumping it. */
    static String opening(String text) {
        String flat = text.strip().replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return flat.length() > QUOTED_CHARS ? flat.substring(0, QUOTED_CHARS) + "…" : flat;
    }
}
