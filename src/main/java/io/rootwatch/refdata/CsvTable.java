package io.rootwatch.refdata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV report read into memory, with columns found by header name (trimmed, case-insensitive), never by
 * position: CCADB renames, adds and reorders columns between versions. Tolerates CRLF, newlines inside
 * quoted cells and a missing final newline (the BOM is removed by {@link Texts#decode}). A broken file
 * (unbalanced quote, a row whose field count differs from the header) is a {@link RefDataException} naming
 * the source and the line.
 */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final List<Row> rows;
    private Optional<String> truncation = Optional.empty();

    private CsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.putIfAbsent(key(header.get(i)), i);
        }
        this.index = Map.copyOf(m);
        this.rows = List.copyOf(rows);
    }

    /** The header row only; empty when the text has no parseable first row (the caller calls it unknown). */
    static List<String> header(String text) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            return it.hasNext() ? clean(it.next().toList()) : List.of();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    /** Parses the whole table. */
    static CsvTable parse(String text, String source) throws RefDataException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        Optional<String> truncation = Optional.empty();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            long lineAfterPrevious = 0;
            for (Iterator<CSVRecord> it = parser.iterator(); it.hasNext(); ) {
                CSVRecord record = it.next();
                long line = lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (header == null) {
                    header = clean(record.toList());
                    continue;
                }
                if (!it.hasNext()) {
                    int columns = header.size();
                    truncation = truncatedFinalRow(text, record, columns).map(cells -> source + ": line " + line
                            + ": row has " + cells + " of " + columns + " columns (truncated file?)");
                    if (truncation.isPresent()) {
                        break;
                    }
                }
                if (record.size() < header.size()) {
                    throw new RefDataException(source + ": line " + line + ": row has " + record.size() + " of "
                            + header.size() + " columns (truncated row or broken quoting?)");
                }
                if (record.size() > header.size()) {
                    throw new RefDataException(source + ": line " + line + ": row has " + record.size()
                            + " fields but the header has " + header.size() + " (broken quoting?)");
                }
                rows.add(new Row(line, record.toList()));
            }
        } catch (UncheckedIOException e) {
            throw broken(source, e.getCause());
        } catch (RefDataException e) {
            throw e;
        } catch (IOException | IllegalStateException e) {
            throw broken(source, e);
        }
        if (header == null || header.isEmpty()) {
            throw new RefDataException(source + ": line 1: empty file, no header row");
        }
        CsvTable table = new CsvTable(source, header, rows);
        table.truncation = truncation;
        table.rows.forEach(r -> r.table = table);
        return table;
    }

    /**
     * How many cells the last row really has when the file seems to end inside it: fewer cells than the header,
     * or a text ending right after a delimiter (a cut after "...,"; CSV gives that row an empty last cell, so the
     * count alone looks right). A download cut short at a field boundary looks exactly like this.
     */
    private static Optional<Integer> truncatedFinalRow(String text, CSVRecord record, int columns) {
        int cells = text.endsWith(",") ? record.size() - 1 : record.size();
        return cells < columns ? Optional.of(cells) : Optional.empty();
    }

    private static RefDataException broken(String source, Throwable e) {
        // commons-csv says "(startline N) EOF reached before encapsulated token finished" or
        // "Invalid character between encapsulated token and delimiter at line: N, position: P".
        return new RefDataException(source + ": malformed CSV: " + e.getMessage(), e);
    }

    private static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String s : raw) {
            out.add(s.replace("\uFEFF", "").trim());
        }
        return out;
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    String source() {
        return source;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * "FILE: line N: row has K of M columns (truncated file?)" when the last row was cut short; that row is
     * not among {@link #rows()}. The caller decides whether a missing row is fatal for its report kind.
     */
    Optional<String> truncation() {
        return truncation;
    }

    boolean has(String column) {
        return index.containsKey(key(column));
    }

    /** The first of {@code names} that the header has. */
    Optional<String> firstPresent(String... names) {
        for (String n : names) {
            if (has(n)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Fails naming the file and the column when the header lacks a column the report kind needs. */
    void require(String... columns) throws RefDataException {
        for (String c : columns) {
            if (!has(c)) {
                throw new RefDataException(source + ": line 1: missing required column \"" + c + "\"");
            }
        }
    }

    /** Fails unless at least one of {@code names} is present; returns the one found. */
    String requireOneOf(String... names) throws RefDataException {
        return firstPresent(names).orElseThrow(() -> new RefDataException(source
                + ": line 1: missing required column \"" + names[0] + "\" (or " + String.join(", ", names) + ")"));
    }

    /** All header names that end with {@code suffix} (case-insensitive). */
    List<String> columnsEndingWith(String suffix) {
        String s = key(suffix);
        return header.stream().filter(h -> key(h).endsWith(s)).toList();
    }

    /** One data row; {@link #line()} is the 1-based line where the row starts. */
    static final class Row {
        private final long line;
        private final List<String> values;
        private CsvTable table;

        private Row(long line, List<String> values) {
            this.line = line;
            this.values = List.copyOf(values);
        }

        long line() {
            return line;
        }

        /** The trimmed cell under {@code column}; "" when the column is absent or the cell empty. */
        String get(String column) {
            Integer i = table.index.get(key(column));
            return i == null ? "" : values.get(i).trim();
        }

        /** The cell without trimming (PEM cells keep their line structure). */
        String raw(String column) {
            Integer i = table.index.get(key(column));
            return i == null ? "" : values.get(i);
        }

        Optional<String> optional(String column) {
            String v = get(column);
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        /** Where this row's cell is, for messages: "FILE: line N, column "NAME"". */
        String where(String column) {
            return table.source + ": line " + line + ", column \"" + column + "\"";
        }

        Optional<java.time.LocalDate> date(String column) throws RefDataException {
            return CcadbValues.date(get(column), this, column);
        }
    }
}
