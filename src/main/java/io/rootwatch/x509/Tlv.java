package io.rootwatch.x509;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One DER element located in a byte array: where its header starts, where its content starts and where it
 * ends. Used to cut sub-structures out of the original bytes (a signature covers the bytes as encoded, so we
 * never re-encode) and to inspect encodings that parsers normalise away (non-minimal integers).
 * Only definite lengths and single-byte tags are supported; anything else is refused with
 * {@link IllegalArgumentException}, which callers turn into their own error.
 */
record Tlv(int tag, int start, int contentStart, int end) {
    /** DER lengths above this are not certificates we can hold anyway (the file cap is 64 MiB). */
    private static final int MAX_LENGTH_OCTETS = 4;

    static Tlv at(byte[] der, int offset, int limit) {
        if (offset + 2 > limit) {
            throw new IllegalArgumentException("truncated DER: no element header at offset " + offset);
        }
        int tag = der[offset] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            throw new IllegalArgumentException("unsupported multi-byte DER tag at offset " + offset);
        }
        int first = der[offset + 1] & 0xff;
        int headerEnd;
        long length;
        if (first < 0x80) {
            headerEnd = offset + 2;
            length = first;
        } else {
            int n = first & 0x7f;
            if (n == 0) {
                throw new IllegalArgumentException("indefinite (BER) length at offset " + offset);
            }
            if (n > MAX_LENGTH_OCTETS) {
                throw new IllegalArgumentException("DER length of " + n + " octets at offset " + offset);
            }
            headerEnd = offset + 2 + n;
            if (headerEnd > limit) {
                throw new IllegalArgumentException("truncated DER: length octets run past the end at offset " + offset);
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (der[offset + 2 + i] & 0xff);
            }
        }
        if (headerEnd + length > limit) {
            throw new IllegalArgumentException("truncated DER: element at offset " + offset + " declares "
                    + length + " content bytes but only " + (limit - headerEnd) + " remain");
        }
        return new Tlv(tag, offset, headerEnd, (int) (headerEnd + length));
    }

    /** The element that starts at offset 0 and must span all of {@code der}. */
    static Tlv whole(byte[] der) {
        Tlv t = at(der, 0, der.length);
        if (t.end != der.length) {
            throw new IllegalArgumentException((der.length - t.end) + " trailing bytes after the DER element");
        }
        return t;
    }

    /** The elements inside this constructed element, in encoded order. */
    List<Tlv> children(byte[] der) {
        List<Tlv> out = new ArrayList<>();
        int pos = contentStart;
        while (pos < end) {
            Tlv child = at(der, pos, end);
            out.add(child);
            pos = child.end;
        }
        return out;
    }

    boolean constructed() {
        return (tag & 0x20) != 0;
    }

    int contentLength() {
        return end - contentStart;
    }

    byte[] bytes(byte[] der) {
        return Arrays.copyOfRange(der, start, end);
    }

    byte[] content(byte[] der) {
        return Arrays.copyOfRange(der, contentStart, end);
    }
}
