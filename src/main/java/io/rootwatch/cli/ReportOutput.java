package io.rootwatch.cli;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.ScanReport;
import io.rootwatch.model.ExitCode;
import io.rootwatch.model.FindingId;
import io.rootwatch.report.CsvRenderer;
import io.rootwatch.report.JsonRenderer;
import io.rootwatch.report.Renderer;
import io.rootwatch.report.TableRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Filters ignored findings, renders the report where the user asked, and computes the exit code. */
final class ReportOutput {
    private ReportOutput() {
    }

    static int write(ScanReport report, OutputOptions options, PrintWriter stdout) throws IOException {
        for (String id : options.ignore) {
            if (FindingId.fromWire(id).isEmpty()) {
                throw new UsageException("--ignore " + id + ": no such finding id (see docs/report.md)");
            }
        }
        ScanReport filtered = withoutIgnored(report, options.ignore);
        if (options.output.isPresent()) {
            try (Writer w = Files.newBufferedWriter(options.output.get(), StandardCharsets.UTF_8)) {
                renderer(options, TableRenderer.Colour.OFF).render(filtered, w);
            }
        } else {
            boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
            renderer(options, tty ? TableRenderer.Colour.ON : TableRenderer.Colour.OFF).render(filtered, stdout);
            stdout.flush();
        }
        boolean failing = filtered.results().stream().flatMap(a -> a.findings().stream())
                .anyMatch(f -> f.severity().atLeast(options.failOn));
        return (failing ? ExitCode.FINDINGS : ExitCode.CLEAN).code();
    }

    private static Renderer renderer(OutputOptions options, TableRenderer.Colour colour) {
        return switch (options.format) {
            case TABLE -> new TableRenderer(colour);
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
        };
    }

    private static ScanReport withoutIgnored(ScanReport report, List<String> ignore) {
        if (ignore.isEmpty()) {
            return report;
        }
        List<Assessment> results = report.results().stream()
                .map(a -> new Assessment(a.capture(), a.chain(), a.path(), a.ct(),
                        a.findings().stream().filter(f -> !ignore.contains(f.id().wireId())).toList()))
                .toList();
        return new ScanReport(report.scanId(), report.evaluatedAt(), report.warnings(), report.refdata(), results);
    }
}
