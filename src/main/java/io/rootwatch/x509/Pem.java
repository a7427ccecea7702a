package io.rootwatch.x509;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds PEM blocks in text. CCADB cells wrap PEM in single quotes and may use CRLF; both are tolerated.
 */
public final class Pem {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 #]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    /** One PEM block: its label (e.g. "CERTIFICATE") and decoded bytes. */
    public record Block(String label, byte[] bytes) {
    }

    private Pem() {
    }

    /**
     * Every PEM block in {@code text}, in order; empty when there is none.
     *
     * @throws IllegalArgumentException when a block's base64 does not decode (message names the block number)
     *                                  or a BEGIN line has no matching END (truncated input)
     */
    public static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        int lastEnd = 0;
        while (m.find()) {
            String body = m.group(2).replaceAll("[\\s']", "");
            try {
                out.add(new Block(m.group(1), Base64.getDecoder().decode(body)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("PEM block " + (out.size() + 1) + " (" + m.group(1)
                        + ") has invalid base64: " + e.getMessage());
            }
            lastEnd = m.end();
        }
        if (text.indexOf("-----BEGIN ", lastEnd) >= 0) {
            throw new IllegalArgumentException("PEM block " + (out.size() + 1)
                    + " has a BEGIN line but no matching END line (truncated?)");
        }
        return out;
    }

    /** DER bytes of every CERTIFICATE block (also "X509 CERTIFICATE" / "TRUSTED CERTIFICATE"), in order. */
    public static List<byte[]> certificates(String text) {
        return blocks(text).stream()
                .filter(b -> b.label().endsWith("CERTIFICATE"))
                .map(Block::bytes)
                .toList();
    }
}
