package io.rootwatch.model;

import java.util.Optional;

/**
 * One problem found, tied to the certificate it concerns (by SHA-256) when there is one.
 * The message is one human sentence naming the certificate and the rule.
 */
public record Finding(FindingId id, Severity severity, Optional<String> certificate, String message) {
    public Finding {
        if (id == null || severity == null || certificate == null || message == null) {
            throw new IllegalArgumentException("finding parts must not be null");
        }
    }

    public static Finding of(FindingId id, Optional<String> certificate, String message) {
        return new Finding(id, id.defaultSeverity(), certificate, message);
    }

    public Optional<String> cwe() {
        return id.cwe();
    }
}
