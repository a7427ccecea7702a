package io.rootwatch.cli;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.FileSource;
import io.rootwatch.x509.CertificateFileReader.FileEntry;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.CertificateParser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns one certificate file (or keystore entry) into a capture. A file's first certificate is its leaf,
 * the one being judged: when it does not parse there is nothing to judge, so the capture is an error of
 * kind {@code parse} (exit 2, like any unreadable input) that still keeps the raw DER of what was read.
 * A later certificate that does not parse is only part of the pool; that capture stays OK and the
 * analysis reports the certificate as malformed.
 */
final class FileCaptures {
    private FileCaptures() {
    }

    static Capture of(FileEntry entry, Instant capturedAt) {
        List<Der> certificates = entry.certificates();
        Optional<CaptureError> error = leafProblem(entry.source(), certificates.get(0));
        return new Capture(entry.source(), Optional.empty(), capturedAt,
                error.isPresent() ? CaptureStatus.ERROR : CaptureStatus.OK, error, Optional.empty(),
                certificates, List.of(), Optional.empty());
    }

    private static Optional<CaptureError> leafProblem(FileSource source, Der leaf) {
        try {
            CertificateParser.parse(leaf.bytes());
            return Optional.empty();
        } catch (CertificateParseException e) {
            String what = source.alias().isPresent() ? "Keystore entry " : "Certificate file ";
            return Optional.of(new CaptureError(CaptureError.Kind.PARSE, what + source.display()
                    + ": its first certificate (the leaf) does not parse: " + e.getMessage() + "."));
        }
    }
}
