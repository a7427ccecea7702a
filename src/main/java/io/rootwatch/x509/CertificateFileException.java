package io.rootwatch.x509;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A certificate file or keystore could not be read: missing, unreadable, too large, empty, truncated,
 * not a certificate format we know, or a wrong keystore password. The message is one sentence that
 * names the file; {@link #file()} returns it for callers that need the path itself, and {@link #unreadable()}
 * tells a file that could not be read at all from bytes that are not what they should be.
 */
public class CertificateFileException extends IOException {
    private final transient Path file;
    private final boolean unreadable;

    public CertificateFileException(Path file, String message) {
        this(file, message, null, false);
    }

    public CertificateFileException(Path file, String message, Throwable cause) {
        this(file, message, cause, false);
    }

    private CertificateFileException(Path file, String message, Throwable cause, boolean unreadable) {
        super(message, cause);
        this.file = file;
        this.unreadable = unreadable;
    }

    /** The file is missing, a directory, not a regular file, or cannot be read: an I/O problem, not a parse one. */
    static CertificateFileException unreadable(Path file, String message, Throwable cause) {
        return new CertificateFileException(file, message, cause, true);
    }

    /** Whether the file could not be read at all (the contract's error kind {@code io}, not {@code parse}). */
    public boolean unreadable() {
        return unreadable;
    }

    public Path file() {
        return file;
    }
}
