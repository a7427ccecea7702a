package io.rootwatch.model;

import java.util.Locale;

/** Finding severity, most severe first, as named in the report contract. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is {@code threshold} or more severe (the {@code --fail-on} test). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity fromWire(String s) {
        for (Severity v : values()) {
            if (v.wireName().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected critical, high, medium, low or info)");
    }
}
