package io.rootwatch.testing;

import io.rootwatch.model.Certificate;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared corpus (../shared/corpus beside the project root); never copies it. */
public final class Corpus {
    public static final Path ROOT = Path.of("..", "shared", "corpus");

    private Corpus() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** Every certificate in a corpus PEM file, parsed, in file order. */
    public static List<Certificate> certificates(String relative) {
        try {
            List<Certificate> out = new ArrayList<>();
            for (byte[] der : Pem.certificates(Files.readString(path(relative)))) {
                out.add(CertificateParser.parse(der));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateParseException e) {
            throw new IllegalStateException(relative + ": " + e.getMessage(), e);
        }
    }

    public static Certificate first(String relative) {
        return certificates(relative).get(0);
    }
}
