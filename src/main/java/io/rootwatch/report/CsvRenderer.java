package io.rootwatch.report;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.ScanReport;
import io.rootwatch.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: one row per result. Columns are documented in docs/report.md; add new columns at
 * the end only, so existing spreadsheet formulas keep working. Values are {@link TerminalText#safe} because CSV
 * is as often read with {@code cat} as in a spreadsheet.
 */
public final class CsvRenderer implements Renderer {
    static final String[] COLUMNS = {
        "target", "address", "capturedAt", "status", "error", "verdict", "root", "caOwner", "distrustAfter",
        "leafSubject", "leafNotAfter", "leafSha256", "ct", "findingCount", "findingIds", "worstSeverity"
    };

    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(out);
        for (Assessment a : report.results()) {
            var leaf = a.chain().isEmpty() ? java.util.Optional.<io.rootwatch.model.Certificate>empty() : a.chain().get(0).parsed();
            printer.printRecord(Stream.of(
                    a.capture().target().display(),
                    a.capture().address().orElse(""),
                    Wire.time(a.capture().capturedAt()),
                    a.capture().status().wireName(),
                    a.capture().error().map(e -> e.message()).orElse(""),
                    a.path().map(j -> j.verdict().wireName()).orElse(""),
                    a.path().flatMap(j -> j.path().root()).map(r -> r.name()).orElse(""),
                    a.path().flatMap(j -> j.path().root()).flatMap(r -> r.caOwner()).orElse(""),
                    a.path().flatMap(j -> j.distrustAfter()).map(Object::toString).orElse(""),
                    leaf.map(c -> c.subject().rfc4514()).orElse(""),
                    leaf.map(c -> Wire.time(c.notAfter())).orElse(""),
                    a.chain().isEmpty() ? "" : a.chain().get(0).sha256(),
                    TableRow.ct(a),
                    a.findings().size(),
                    a.findings().stream().map(f -> f.id().wireId()).distinct().collect(Collectors.joining(";")),
                    a.findings().stream().map(Finding::severity).sorted().findFirst().map(s -> s.wireName()).orElse(""))
                    .map(v -> TerminalText.safe(String.valueOf(v))).toList());
        }
        printer.flush();
    }
}
