package io.rootwatch.cli;

import io.rootwatch.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Output options shared by the commands that print a report. */
final class OutputOptions {
    enum Format { TABLE, JSON, CSV }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TABLE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Optional<Path> output = Optional.empty();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            converter = SeverityConverter.class,
            description = "Exit 1 when a finding is at or above SEVERITY: critical, high, medium, low, info (default: ${DEFAULT-VALUE}).")
    Severity failOn = Severity.HIGH;

    @Option(names = "--ignore", paramLabel = "FINDING-ID", split = ",",
            description = "Drop findings with this id (repeatable, comma-separated), e.g. --ignore hostname-mismatch.")
    List<String> ignore = new ArrayList<>();

    static final class SeverityConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.fromWire(value.toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // picocli prints "Invalid value for option '--fail-on': " before this message, and no exception name.
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a severity; use critical, high, medium, low or info");
            }
        }
    }
}
