package io.rootwatch.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows under a header line as left-aligned columns two spaces apart, as the listing commands do. */
final class AlignedColumns {
    private AlignedColumns() {
    }

    static void print(String[] headers, List<String[]> rows, PrintWriter out) {
        int[] width = new int[headers.length];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        out.println(line(headers, width));
        rows.forEach(r -> out.println(line(r, width)));
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]).append(" ".repeat(Math.max(0, width[i] - cells[i].length()) + 2));
        }
        return sb.toString().stripTrailing();
    }
}
