package io.rootwatch.x509;

/** The bytes are not an X.509 certificate at all; the message says what was wrong. */
public class CertificateParseException extends Exception {
    public CertificateParseException(String message) {
        super(message);
    }

    public CertificateParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
