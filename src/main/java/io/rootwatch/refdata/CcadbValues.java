package io.rootwatch.refdata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Cell-value conventions of the CCADB reports: dates, booleans, trust bits. */
final class CcadbValues {
    /** The date forms CCADB has used: 2024.11.30, 2024 Nov 30, 2024-11-30. */
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ofPattern("uuuu.MM.dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu MMM dd", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT));

    private CcadbValues() {
    }

    /** Empty cell → empty; an unparseable date is an error naming file, line and column. */
    static Optional<LocalDate> date(String value, CsvTable.Row row, String column) throws RefDataException {
        Optional<LocalDate> d = parseDate(value);
        if (d.isEmpty() && !value.isBlank()) {
            throw new RefDataException(row.where(column) + ": \"" + value
                    + "\" is not a date (expected YYYY.MM.DD, YYYY Mon DD or YYYY-MM-DD)");
        }
        return d;
    }

    static Optional<LocalDate> parseDate(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        // Month abbreviations come in any case ("Nov", "NOV").
        String normalized = v.length() == 11 && Character.isLetter(v.charAt(5))
                ? v.substring(0, 5) + Character.toUpperCase(v.charAt(5)) + v.substring(6, 8).toLowerCase(Locale.ROOT)
                        + v.substring(8)
                : v;
        for (DateTimeFormatter f : DATE_FORMS) {
            try {
                return Optional.of(LocalDate.parse(normalized, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** True/true/TRUE → true, False/false/FALSE → false, anything else → empty. */
    static Optional<Boolean> bool(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /**
     * CCADB "Trust Bits": "Websites", "Email", "Websites;Email" or "All Trust Bits Turned Off". Other
     * tokens are not trust bits we model; they are reported through {@code unknown} and otherwise ignored.
     */
    static Set<TrustBit> trustBits(String value, Consumer<String> unknown) {
        Set<TrustBit> bits = EnumSet.noneOf(TrustBit.class);
        for (String token : value.split(";")) {
            String t = token.trim();
            switch (t.toLowerCase(Locale.ROOT)) {
                case "websites" -> bits.add(TrustBit.WEBSITES);
                case "email" -> bits.add(TrustBit.EMAIL);
                case "", "all trust bits turned off" -> {
                    // no bit
                }
                default -> unknown.accept(t);
            }
        }
        return bits;
    }
}
