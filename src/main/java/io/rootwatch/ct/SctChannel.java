package io.rootwatch.ct;

import java.util.Locale;

/** How an SCT reached us. JSON: {@code embedded | tls | ocsp}. */
public enum SctChannel {
    EMBEDDED, TLS, OCSP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
