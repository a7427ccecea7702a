package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.Pem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Parses the PEM cells of report rows into certificates, in parallel (the 33 all-CA-PEM files hold about
 * 10,000 certificates; parsing is CPU-bound, so the common fork-join pool fits). A cell that holds no
 * certificate, or one that does not parse, is skipped with a warning naming file and line; a cell whose
 * certificate does not match the row's SHA-256 column is kept (the DER is the truth) with a warning.
 */
final class CertificateBatch {
    private CertificateBatch() {
    }

    /** One parsed row: the certificate and the row it came from. */
    record Parsed(Certificate certificate, PemRow row) {
    }

    static List<Parsed> parse(List<PemRow> rows, Consumer<String> warn) {
        List<Outcome> outcomes = rows.parallelStream().map(CertificateBatch::parseOne).toList();
        List<Parsed> out = new ArrayList<>(rows.size());
        for (Outcome o : outcomes) {
            o.warning().forEach(warn);
            o.parsed().ifPresent(out::add);
        }
        return out;
    }

    /** Parses one row on the calling thread; warnings go to {@code warn}. */
    static java.util.Optional<Certificate> parseOne(PemRow row, Consumer<String> warn) {
        Outcome o = parseOne(row);
        o.warning().forEach(warn);
        return o.parsed().map(Parsed::certificate);
    }

    private record Outcome(java.util.Optional<Parsed> parsed, List<String> warning) {
    }

    private static Outcome parseOne(PemRow row) {
        String where = row.source() + ": line " + row.line();
        List<byte[]> ders;
        try {
            ders = Pem.certificates(row.pem());
        } catch (IllegalArgumentException e) {
            return new Outcome(java.util.Optional.empty(), List.of(where + ": certificate skipped: " + e.getMessage()));
        }
        if (ders.isEmpty()) {
            return new Outcome(java.util.Optional.empty(), List.of(where + ": no PEM certificate in the row; row skipped"));
        }
        try {
            Certificate c = CertificateParser.parse(ders.get(0));
            List<String> warnings = new ArrayList<>();
            if (!row.sha256().isEmpty() && !Objects.equals(row.sha256(), c.sha256())) {
                warnings.add(where + ": the SHA-256 column (" + row.sha256() + ") does not match the PEM's ("
                        + c.sha256() + "); the PEM is used");
            }
            return new Outcome(java.util.Optional.of(new Parsed(c, row)), warnings);
        } catch (CertificateParseException e) {
            return new Outcome(java.util.Optional.empty(), List.of(where + ": certificate skipped: " + e.getMessage()));
        }
    }
}
