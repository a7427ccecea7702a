package io.rootwatch.trust;

import java.util.Locale;

/** Where a certificate on a path came from. JSON (report v1 {@code pathCertificates[].source}): served | ccadb | store. */
public enum CertificateSource {
    /** Sent by the server / read from the input. */
    SERVED,
    /** Taken from CCADB's CA certificates to complete the chain (Firefox preloads these). */
    CCADB,
    /** The root store's own copy of the root. */
    STORE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
