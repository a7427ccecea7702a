package io.rootwatch.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Immutable DER (or any raw) bytes: the source of truth for certificates, SCT lists and OCSP responses.
 * Equality is by content. The array given is copied in and every read copies out, so no holder can
 * change a captured value after the fact.
 */
public final class Der {
    private final byte[] bytes;

    private Der(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Der of(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null");
        }
        return new Der(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** Lowercase hex SHA-256 of the bytes, the fingerprint convention of the report contract. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256());
    }

    public byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Der other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Der[" + bytes.length + " bytes]";
    }
}
