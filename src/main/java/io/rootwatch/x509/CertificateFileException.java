package io.rootwatch.x509;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A certificate file or keystore could not be read: missing, unreadable, too large, empty, truncated,
 * not a certificate format we know, or a wrong keystore password. The message is one sentence that
 * names the file; {@link #file()} returns it for callers that need the path itself.
 */
public class CertificateFileException extends IOException {
    private final transient Path file;

    public CertificateFileException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public CertificateFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
