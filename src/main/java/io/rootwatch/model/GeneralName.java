package io.rootwatch.model;

/** One subjectAltName entry: its kind and its value as text (IP addresses in their usual text form). */
public record GeneralName(Kind kind, String value) {
    public enum Kind { DNS, IP, EMAIL, URI, OTHER }

    public GeneralName {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("general name parts must not be null");
        }
    }
}
