package io.rootwatch.report;

/**
 * Makes text from the outside world (certificate names, server error text, log-list names, file names)
 * safe to print to a terminal. A hostile server controls its certificate's subject: an ESC sequence or a CR
 * in it could move the cursor and overwrite the rows printed before it, a line feed could forge a row, and a
 * Unicode bidi override could make "moc.knab" read as "bank.com". Every human renderer (table, CSV, the ct
 * explanation, the inventory printout) passes each outside value through {@link #safe}; JSON needs no help,
 * as Jackson escapes control characters itself.
 *
 * <p>Escapes are visible and unambiguous enough for a reader: {@code \x1b} for C0, DEL and C1 controls,
 * {@code \u202e} for bidi controls. Everything else, including printable non-ASCII, passes unchanged.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String safe(String text) {
        if (text == null || text.codePoints().noneMatch(TerminalText::isUnsafe)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (!isUnsafe(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.append(String.format("\\u%04x", cp));
            }
        });
        return sb.toString();
    }

    /** C0 (TAB and LF included: inside a value they break the table's rows and columns), DEL, C1, bidi controls. */
    static boolean isUnsafe(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || isBidiControl(cp);
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and the isolates LRI, RLI, FSI, PDI (U+2066–U+2069). */
    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
