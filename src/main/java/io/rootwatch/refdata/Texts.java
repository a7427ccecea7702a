package io.rootwatch.refdata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Byte-to-text helpers shared by the report readers. */
final class Texts {
    /** How far into a file we look for NUL bytes before calling it binary. */
    private static final int BINARY_SNIFF_BYTES = 8192;

    private Texts() {
    }

    /**
     * The file's text: strict UTF-8 with a leading BOM removed; empty when the bytes are binary (a NUL in
     * the first 8 KiB) or not UTF-8, so that a stray binary file is reported as "not a report".
     */
    static Optional<String> decode(byte[] bytes) {
        int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    /** A fingerprint as CCADB writes it (upper case, maybe with colons) in our lowercase-hex convention. */
    static String normalizeFingerprint(String value) {
        return value.replace(":", "").replace(" ", "").trim().toLowerCase(java.util.Locale.ROOT);
    }
}
