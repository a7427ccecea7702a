package io.rootwatch.x509;

import java.util.Arrays;

/**
 * Reads DER tag-length headers to cut sub-structures out of the original bytes. We slice rather than
 * re-encode because a signature covers the bytes as encoded, and real certificates are not always
 * perfectly DER (re-encoding would change what was signed).
 */
final class DerSlicer {
    private DerSlicer() {
    }

    /** The complete first TLV element inside the constructed element that starts at offset 0. */
    static byte[] firstChild(byte[] der) throws CertificateParseException {
        int outerHeader = headerLength(der, 0);
        int childLength = headerLength(der, outerHeader) + contentLength(der, outerHeader);
        if (outerHeader + childLength > der.length) {
            throw new CertificateParseException("truncated DER: element runs past the end of the input");
        }
        return Arrays.copyOfRange(der, outerHeader, outerHeader + childLength);
    }

    /** The content octets of the primitive element that is all of {@code tlv}. */
    static byte[] content(byte[] tlv) throws CertificateParseException {
        int header = headerLength(tlv, 0);
        return Arrays.copyOfRange(tlv, header, header + contentLength(tlv, 0));
    }

    static int headerLength(byte[] der, int offset) throws CertificateParseException {
        require(der, offset + 2);
        int first = der[offset + 1] & 0xff;
        if (first < 0x80) {
            return 2;
        }
        int n = first & 0x7f;
        if (n == 0 || n > 4) {
            throw new CertificateParseException("unsupported DER length encoding at offset " + offset);
        }
        return 2 + n;
    }

    static int contentLength(byte[] der, int offset) throws CertificateParseException {
        require(der, offset + 2);
        int first = der[offset + 1] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int n = first & 0x7f;
        require(der, offset + 2 + n);
        long len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (der[offset + 2 + i] & 0xff);
        }
        if (len > der.length) {
            throw new CertificateParseException("truncated DER: length " + len + " exceeds input of " + der.length + " bytes");
        }
        return (int) len;
    }

    private static void require(byte[] der, int needed) throws CertificateParseException {
        if (der.length < needed) {
            throw new CertificateParseException("truncated DER: expected at least " + needed + " bytes, got " + der.length);
        }
    }
}
