package io.rootwatch.trust;

/**
 * What the first certificate is being judged as. A TLS server's certificate must be an end-entity
 * certificate fit for server authentication (mozilla::pkix: ERROR_CA_CERT_USED_AS_END_ENTITY,
 * ERROR_INADEQUATE_CERT_TYPE); a certificate read from a file may be any certificate, e.g. a CA's own.
 */
public enum LeafRole {
    /** The server's certificate in a TLS handshake: not a CA, and serverAuth if it restricts its EKU. */
    TLS_SERVER,
    /** Whatever the file holds: judged for its path only. */
    ANY
}
