package io.rootwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rootwatch.report.TerminalText;
import io.rootwatch.store.InventoryRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints inventory rows as an aligned table, as CSV, or as JSON (for scripts: absent values are null). */
final class InventoryPrinter {
    private static final String[] HEADERS = {"TARGET", "CAPTURED", "STATUS", "VERDICT", "LEAF", "NOT AFTER", "ROOT", "CA OWNER", "FINDINGS", "TAGS"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private InventoryPrinter() {
    }

    static void print(List<InventoryRow> rows, String format, PrintWriter out) throws IOException {
        List<String[]> cells = new ArrayList<>();
        for (InventoryRow r : rows) {
            cells.add(new String[] {
                r.target(), r.capturedAt().toString(), r.status(), r.verdict(), r.leafSubject().orElse("-"),
                r.leafNotAfter().map(Object::toString).orElse("-"), r.rootName().orElse("-"), r.caOwner().orElse("-"),
                r.findingCount() + (r.findingCount() > 0 ? " (worst: " + r.worstSeverity() + ")" : ""),
                tags(r)});
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
            case "json" -> json(rows, out);
            default -> throw new UsageException("--format " + format + ": inventory prints table, csv or json");
        }
        out.flush();
    }

    private static void json(List<InventoryRow> rows, PrintWriter out) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode targets = doc.putArray("targets");
        for (InventoryRow r : rows) {
            ObjectNode t = targets.addObject();
            t.put("target", r.target());
            t.put("capturedAt", r.capturedAt().toString());
            t.put("status", r.status());
            t.put("verdict", r.verdict());
            t.put("leafSubject", r.leafSubject().orElse(null));
            t.put("leafNotAfter", r.leafNotAfter().map(Object::toString).orElse(null));
            t.put("rootName", r.rootName().orElse(null));
            t.put("caOwner", r.caOwner().orElse(null));
            t.put("findings", r.findingCount());
            t.put("worstSeverity", r.worstSeverity());
            ObjectNode tags = t.putObject("tags");
            r.tags().forEach(tags::put);
        }
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    }

    /** "key=value key=value", as a targets file line writes them, so a cell can be pasted into --tag. */
    private static String tags(InventoryRow r) {
        return r.tags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static void table(List<String[]> cells, PrintWriter out) {
        AlignedColumns.print(HEADERS, cells, out);
        out.println(cells.size() + " target(s)");
    }
}
