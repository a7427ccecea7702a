package io.rootwatch.model;

import java.util.Locale;

/** ok: complete; partial: certificates captured, handshake failed after them; error: nothing captured. */
public enum CaptureStatus {
    OK, PARTIAL, ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
