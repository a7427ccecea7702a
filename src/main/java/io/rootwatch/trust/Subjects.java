package io.rootwatch.trust;

import io.rootwatch.model.Certificate;

/** How messages name a certificate: its subject, or its fingerprint when the subject is empty. */
final class Subjects {
    private Subjects() {
    }

    static String of(Certificate c) {
        String s = c.subject().rfc4514();
        // Real leaves can have an empty subject (badssl "no-subject"); a message must still name something.
        return s.isBlank() ? "the certificate with an empty subject (SHA-256 " + c.sha256().substring(0, 16) + "…)"
                : "'" + s + "'";
    }
}
