package io.rootwatch.x509;

/** Outcome of checking one certificate's signature with a candidate issuer key. */
public enum SignatureStatus {
    VALID,
    INVALID,
    /** The algorithm (e.g. MD2, or a key type we cannot use) cannot be checked here. */
    UNSUPPORTED
}
