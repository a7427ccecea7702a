package io.rootwatch.model;

/**
 * A certificate name. {@code rfc4514} is for people and the report; {@code canonical} is the form used
 * to match an issuer name to a subject name (RFC 5280 §7.1 style: case-folded, whitespace collapsed),
 * because real chains re-encode names (PrintableString vs UTF8String) between issuer and subject.
 */
public record DistinguishedName(String rfc4514, String canonical, Der der) {
    public DistinguishedName {
        if (rfc4514 == null || canonical == null || der == null) {
            throw new IllegalArgumentException("name parts must not be null");
        }
    }

    public boolean matches(DistinguishedName other) {
        return der.equals(other.der) || canonical.equals(other.canonical);
    }

    public boolean isEmpty() {
        return canonical.isEmpty();
    }
}
