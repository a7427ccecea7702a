package io.rootwatch.model;

/** The certificate's signature algorithm: JCA-style name (e.g. "SHA256withRSA") and its OID. */
public record SignatureAlgorithm(String name, String oid) {
}
