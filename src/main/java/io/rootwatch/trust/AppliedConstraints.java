package io.rootwatch.trust;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mozilla-applied name constraints: CCADB's "Mozilla Applied Constraints" column, e.g. {@code *.tr} for
 * TUBITAK Kamu SM (Firefox restricts that root to .tr names in its source, not in the certificate).
 * Only {@code *.suffix} tokens are read; free text such as "No name constraints are to be applied"
 * yields no constraint.
 */
final class AppliedConstraints {
    private static final Pattern TOKEN = Pattern.compile("\\*\\.([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*)");

    private AppliedConstraints() {
    }

    /** The permitted DNS suffixes, lowercase without leading dot; empty when the text states none. */
    static List<String> suffixes(String text) {
        Matcher m = TOKEN.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** Whether DNS name {@code name} (possibly a wildcard) lies within one of {@code suffixes}. */
    static boolean permits(List<String> suffixes, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        for (String s : suffixes) {
            if (n.equals(s) || n.endsWith("." + s)) {
                return true;
            }
        }
        return false;
    }
}
