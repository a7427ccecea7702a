package io.rootwatch.report;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.ScanReport;
import io.rootwatch.model.Finding;
import io.rootwatch.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The human table: one line per result, then each result's findings, then warnings. */
public final class TableRenderer implements Renderer {
    /** Whether to colour severities with ANSI escapes: only when writing to a terminal. */
    public enum Colour { ON, OFF }

    private static final String[] HEADERS = {"TARGET", "STATUS", "VERDICT", "ROOT (CA OWNER)", "LEAF EXPIRES", "CT", "FINDINGS"};
    private final Colour colour;

    public TableRenderer(Colour colour) {
        this.colour = colour;
    }

    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Assessment a : report.results()) {
            rows.add(TableRow.of(a));
        }
        int[] widths = widths(rows);
        out.write(line(HEADERS, widths).stripTrailing() + "\n");
        for (String[] row : rows) {
            out.write(line(row, widths).stripTrailing() + "\n");
        }
        for (Assessment a : report.results()) {
            if (a.findings().isEmpty()) {
                continue;
            }
            out.write("\n" + TerminalText.safe(a.capture().target().display()) + "\n");
            for (Finding f : a.findings()) {
                out.write("  " + paint(f.severity(), pad(f.severity().wireName(), 8)) + " " + f.id().wireId()
                        + ": " + TerminalText.safe(f.message()) + "\n");
            }
        }
        for (String w : report.warnings()) {
            out.write("\nwarning: " + TerminalText.safe(w) + "\n");
        }
        out.write("\nevaluated at " + Wire.time(report.evaluatedAt()) + ", scan " + report.scanId() + "\n");
        out.flush();
    }

    private String paint(Severity s, String text) {
        if (colour == Colour.OFF) {
            return text;
        }
        String code = switch (s) {
            case CRITICAL -> "\u001b[1;31m";
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            case INFO -> "\u001b[2m";
        };
        return code + text + "\u001b[0m";
    }

    private static int[] widths(List<String[]> rows) {
        int[] w = new int[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) {
            w[i] = HEADERS[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        return w;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(pad(cells[i], widths[i])).append("  ");
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
