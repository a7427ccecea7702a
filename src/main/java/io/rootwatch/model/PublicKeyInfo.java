package io.rootwatch.model;

import java.util.Optional;

/**
 * The subject public key. {@code algorithm} is "RSA", "EC", "Ed25519", "Ed448", "DSA" or the OID when
 * unknown; {@code bits} is the RSA modulus length, the EC field size, or 0 when unknown;
 * {@code curve} names the EC curve (e.g. "P-256"). {@code spki} is the DER SubjectPublicKeyInfo, whose
 * SHA-256 is a CT log id and whose equality decides "same key".
 */
public record PublicKeyInfo(String algorithm, int bits, Optional<String> curve, Der spki) {
    public PublicKeyInfo {
        if (algorithm == null || curve == null || spki == null) {
            throw new IllegalArgumentException("key parts must not be null");
        }
    }
}
