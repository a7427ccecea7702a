package io.rootwatch.refdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OneCRL as Firefox's Remote Settings serve it ({@code {"data":[record…]}}): a record names a certificate
 * by base64 DER issuer name and base64 serial-number content octets, or by base64 DER subject name and
 * base64 SHA-256 of the SubjectPublicKeyInfo. A record with neither pair, or with one that is not base64,
 * is skipped with a warning naming it; only a file that is not such a list at all is an error.
 */
final class OneCrlParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BUGZILLA = Pattern.compile("[?&]id=(\\d+)");

    private OneCrlParser() {
    }

    /** Whether {@code text} looks like a OneCRL records document (decided by content, like every input). */
    static boolean looksLikeOneCrl(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") && t.contains("\"data\"")
                && (t.contains("\"issuerName\"") || t.contains("\"pubKeyHash\"") || t.matches("(?s)\\{\\s*\"data\"\\s*:\\s*\\[\\s*]\\s*}\\s*"));
    }

    static OneCrl parse(String text, String source, Consumer<String> warn) throws RefDataException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RefDataException(source + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.path("data").isArray()) {
            throw new RefDataException(source + ": not a OneCRL records list (no \"data\" array)");
        }
        List<Map.Entry<String, OneCrl.Entry>> issuerSerial = new ArrayList<>();
        List<Map.Entry<String, OneCrl.Entry>> subjectKey = new ArrayList<>();
        int index = 0;
        int skipped = 0;
        for (JsonNode r : root.get("data")) {
            index++;
            String id = r.path("id").asText("#" + index);
            if (r.path("enabled").isBoolean() && !r.get("enabled").asBoolean()) {
                continue; // staged but not switched on: Firefox does not apply it yet
            }
            OneCrl.Entry entry = new OneCrl.Entry(id, bug(r.path("details").path("bug")), text(r.path("details").path("why")));
            try {
                if (r.hasNonNull("issuerName") && r.hasNonNull("serialNumber")) {
                    issuerSerial.add(new SimpleEntry<>(OneCrl.issuerSerialKey(b64(r, "issuerName"),
                            HexFormat.of().formatHex(b64(r, "serialNumber"))), entry));
                } else if (r.hasNonNull("subject") && r.hasNonNull("pubKeyHash")) {
                    byte[] hash = b64(r, "pubKeyHash");
                    if (hash.length != 32) {
                        throw new IllegalArgumentException("pubKeyHash is " + hash.length + " bytes, not a SHA-256");
                    }
                    subjectKey.add(new SimpleEntry<>(OneCrl.subjectKeyKey(b64(r, "subject"), hash), entry));
                } else {
                    throw new IllegalArgumentException("neither issuerName+serialNumber nor subject+pubKeyHash");
                }
            } catch (IllegalArgumentException e) {
                skipped++;
                if (skipped <= 5) {
                    warn.accept(source + ": OneCRL record " + id + " skipped: " + e.getMessage());
                }
            }
        }
        if (skipped > 5) {
            warn.accept(source + ": " + (skipped - 5) + " more OneCRL records skipped");
        }
        return OneCrl.of(issuerSerial, subjectKey);
    }

    private static byte[] b64(JsonNode r, String field) {
        try {
            return Base64.getDecoder().decode(r.get(field).asText().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not base64");
        }
    }

    /** A Bugzilla URL becomes its number; anything else stays as written. */
    private static Optional<String> bug(JsonNode n) {
        return text(n).map(b -> {
            Matcher m = BUGZILLA.matcher(b);
            return m.find() ? m.group(1) : b;
        });
    }

    private static Optional<String> text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip()) : Optional.empty();
    }
}
