package io.rootwatch.refdata.ctlogs;

import io.rootwatch.model.Der;
import io.rootwatch.x509.Pem;
import java.util.List;

/**
 * The key a user pins for Google's CT log lists ({@code log_list_pubkey.pem}): with it, a list is used only
 * when its detached signature ({@code log_list.sig}, RSA/SHA-256 over the exact JSON bytes) verifies, so a
 * copy carried to an offline machine or kept in a cache cannot be altered unnoticed.
 */
public final class PinnedLogListKey {
    private final Der spki;
    private final String source;

    private PinnedLogListKey(Der spki, String source) {
        this.spki = spki;
        this.source = source;
    }

    /**
     * @param pem    the text of a PEM file holding one PUBLIC KEY block
     * @param source how messages name the key (its path)
     * @throws LogListParseException when there is no single PUBLIC KEY block or it is not an RSA key
     */
    public static PinnedLogListKey fromPem(String pem, String source) throws LogListParseException {
        List<Pem.Block> keys;
        try {
            keys = Pem.blocks(pem).stream().filter(b -> b.label().equals("PUBLIC KEY")).toList();
        } catch (IllegalArgumentException e) {
            throw new LogListParseException(source + ": " + e.getMessage());
        }
        if (keys.size() != 1) {
            throw new LogListParseException(source + ": expected one PEM PUBLIC KEY block, found " + keys.size());
        }
        PinnedLogListKey key = new PinnedLogListKey(Der.of(keys.get(0).bytes()), source);
        if (LogListSignature.verify(new byte[0], new byte[0], key.spki) == LogListSignature.Outcome.BAD_KEY) {
            throw new LogListParseException(source + ": not an RSA public key (Google signs its log lists with RSA)");
        }
        return key;
    }

    /**
     * @param list      the list's exact bytes
     * @param signature the detached signature's bytes
     * @param what      how messages name the list, e.g. its path or URL
     * @throws LogListParseException when the signature does not verify: the list must not be used
     */
    public void requireValid(byte[] list, byte[] signature, String what) throws LogListParseException {
        if (LogListSignature.verify(list, signature, spki) != LogListSignature.Outcome.VALID) {
            throw new LogListParseException("CT log list " + what + ": its signature does not verify with the key in "
                    + source + "; the list may have been altered, so it is not used");
        }
    }
}
