package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.Pem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Parses the PEM cells of report rows into certificates, in parallel (the 33 all-CA-PEM files hold about
 * 10,000 certificates; parsing is CPU-bound, so the common fork-join pool fits). A cell that holds no
 * certificate, or one that does not parse, is skipped and counted in {@link SkippedRows}; a cell whose
 * certificate does not match the row's SHA-256 column is kept (the DER is the truth) with a warning.
 */
final class CertificateBatch {
    private CertificateBatch() {
    }

    /** One parsed row: the certificate and the row it came from. */
    record Parsed(Certificate certificate, PemRow row) {
    }

    static List<Parsed> parse(List<PemRow> rows, Consumer<String> warn, SkippedRows skips) {
        List<Outcome> outcomes = rows.parallelStream().map(CertificateBatch::parseOne).toList();
        List<Parsed> out = new ArrayList<>(rows.size());
        for (int i = 0; i < outcomes.size(); i++) {
            record(rows.get(i), outcomes.get(i), warn, skips).ifPresent(out::add);
        }
        return out;
    }

    /** Parses one row on the calling thread; a skip goes to {@code skips}, other warnings to {@code warn}. */
    static Optional<Certificate> parseOne(PemRow row, Consumer<String> warn, SkippedRows skips) {
        return record(row, parseOne(row), warn, skips).map(Parsed::certificate);
    }

    private static Optional<Parsed> record(PemRow row, Outcome o, Consumer<String> warn, SkippedRows skips) {
        o.warning().ifPresent(warn);
        o.skipReason().ifPresentOrElse(reason -> skips.skipped(row.source(), row.line(), reason),
                () -> skips.used(row.source()));
        return o.parsed();
    }

    /** A parsed row, or the reason it was skipped; plus a warning about a row that was kept. */
    private record Outcome(Optional<Parsed> parsed, Optional<String> skipReason, Optional<String> warning) {
        static Outcome skipped(String reason) {
            return new Outcome(Optional.empty(), Optional.of(reason), Optional.empty());
        }
    }

    private static Outcome parseOne(PemRow row) {
        List<byte[]> ders;
        try {
            ders = Pem.certificates(row.pem());
        } catch (IllegalArgumentException e) {
            return Outcome.skipped(e.getMessage());
        }
        if (ders.isEmpty()) {
            return Outcome.skipped("no PEM certificate in the row");
        }
        try {
            Certificate c = CertificateParser.parse(ders.get(0));
            Optional<String> warning = Optional.empty();
            if (!row.sha256().isEmpty() && !Objects.equals(row.sha256(), c.sha256())) {
                warning = Optional.of(row.source() + ": line " + row.line() + ": the SHA-256 column (" + row.sha256()
                        + ") does not match the PEM's (" + c.sha256() + "); the PEM is used");
            }
            return new Outcome(Optional.of(new Parsed(c, row)), Optional.empty(), warning);
        } catch (CertificateParseException e) {
            return Outcome.skipped(e.getMessage());
        }
    }
}
