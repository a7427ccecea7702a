package io.rootwatch.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Wire spellings fixed by the report contract. */
final class Wire {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(java.time.ZoneOffset.UTC);

    private Wire() {
    }

    /** ISO-8601 UTC with Z, whole seconds (certificate times have no fraction). */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** SCT timestamps keep their milliseconds. */
    static String timeMillis(Instant t) {
        return MILLIS.format(t);
    }

    /** ENUM_NAME to enum-name, the contract's spelling for every enumerated value. */
    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
