package io.rootwatch.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one text form of instants in the database: ISO-8601 UTC with exactly three fraction digits and a
 * {@code Z} ({@code 2025-06-01T00:00:00.000Z}). A fixed width makes text order equal time order, so SQL
 * can compare and sort the columns directly; SQLite's own date functions read the form too.
 * Sub-millisecond precision is dropped.
 */
final class Times {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }

    /** Empty for null or text that is no ISO-8601 instant (e.g. a column edited by hand). */
    static Optional<Instant> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
