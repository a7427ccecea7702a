package io.rootwatch.trust;

import io.rootwatch.model.Certificate;

/** One certificate on a path and where it came from. */
public record PathCertificate(Certificate certificate, CertificateSource source) {
    public PathCertificate {
        if (certificate == null || source == null) {
            throw new IllegalArgumentException("path certificate parts must not be null");
        }
    }
}
