package io.rootwatch.cli;

import io.rootwatch.report.TerminalText;
import io.rootwatch.store.InventoryRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints inventory rows as an aligned table or as CSV. */
final class InventoryPrinter {
    private static final String[] HEADERS = {"TARGET", "CAPTURED", "STATUS", "VERDICT", "LEAF", "NOT AFTER", "ROOT", "CA OWNER", "FINDINGS"};

    private InventoryPrinter() {
    }

    static void print(List<InventoryRow> rows, String format, PrintWriter out) throws IOException {
        List<String[]> cells = new ArrayList<>();
        for (InventoryRow r : rows) {
            cells.add(new String[] {
                r.target(), r.capturedAt().toString(), r.status(), r.verdict(), r.leafSubject().orElse("-"),
                r.leafNotAfter().map(Object::toString).orElse("-"), r.rootName().orElse("-"), r.caOwner().orElse("-"),
                r.findingCount() + (r.findingCount() > 0 ? " (worst: " + r.worstSeverity() + ")" : "")});
        }
        // The database holds what servers sent; a subject may carry terminal escapes.
        cells.replaceAll(c -> java.util.Arrays.stream(c).map(TerminalText::safe).toArray(String[]::new));
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> {
                CSVPrinter p = CSVFormat.RFC4180.builder().setHeader(HEADERS).get().print(out);
                for (String[] c : cells) {
                    p.printRecord((Object[]) c);
                }
                p.flush();
            }
            case "table" -> table(cells, out);
            default -> throw new UsageException("--format " + format + ": inventory prints table or csv");
        }
        out.flush();
    }

    private static void table(List<String[]> cells, PrintWriter out) {
        int[] w = new int[HEADERS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = HEADERS[i].length();
        }
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        out.println(row(HEADERS, w));
        cells.forEach(c -> out.println(row(c, w)));
        out.println(cells.size() + " target(s)");
    }

    private static String row(String[] c, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            sb.append(c[i]).append(" ".repeat(Math.max(0, w[i] - c[i].length()) + 2));
        }
        return sb.toString().stripTrailing();
    }
}
