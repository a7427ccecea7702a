package io.rootwatch.ct;

/** Outcome of checking one SCT's signature. JSON: {@code valid | invalid | unknown-log | no-issuer | unsupported}. */
public enum SctSignatureStatus {
    VALID("valid"),
    INVALID("invalid"),
    /** No log list given knows the SCT's log id, so there is no key to check with. */
    UNKNOWN_LOG("unknown-log"),
    /** An embedded SCT whose issuer (needed for issuer_key_hash) was not supplied. */
    NO_ISSUER("no-issuer"),
    /** Hash/signature algorithm or key type we cannot check (RFC 6962 allows only SHA-256 with ECDSA or RSA). */
    UNSUPPORTED("unsupported");

    private final String wireName;

    SctSignatureStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
