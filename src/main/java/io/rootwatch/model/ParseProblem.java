package io.rootwatch.model;

/**
 * One field of a certificate (or other input) that did not parse or breaks its spec, while the rest did.
 * {@code field} is a path such as {@code tbsCertificate.extensions.subjectAltName}; {@code specRef} the
 * rule broken (e.g. "RFC 5280 §4.2.1.6"); {@code detail} a sentence for people.
 */
public record ParseProblem(String field, String specRef, String detail) {
}
