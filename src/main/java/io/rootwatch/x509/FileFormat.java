package io.rootwatch.x509;

import java.nio.charset.StandardCharsets;

/** The container formats {@link CertificateFileReader} understands, recognised from the first bytes. */
enum FileFormat {
    PEM, DER_CERTIFICATE, PKCS7, PKCS12, JKS, JCEKS, UNKNOWN;

    /** DER of OID 1.2.840.113549.1.7.2 (PKCS#7 / CMS signedData), RFC 5652 §5.1. */
    private static final byte[] SIGNED_DATA_OID = {
        0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x07, 0x02};
    /** PKCS#12 PFX version, RFC 7292 §4: {@code version INTEGER {v3(3)}}. */
    private static final byte[] PFX_VERSION_3 = {0x02, 0x01, 0x03};
    private static final int JKS_MAGIC = 0xFEEDFEED;
    private static final int JCEKS_MAGIC = 0xCECECECE;
    /** PEM armour may follow free text (openssl's "Bag Attributes", comments); look through the whole file. */
    private static final String PEM_BEGIN = "-----BEGIN ";

    static FileFormat detect(byte[] b) {
        if (b.length >= 4) {
            int magic = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            if (magic == JKS_MAGIC) {
                return JKS;
            }
            if (magic == JCEKS_MAGIC) {
                return JCEKS;
            }
        }
        if (new String(b, StandardCharsets.ISO_8859_1).contains(PEM_BEGIN)) {
            return PEM;
        }
        if (b.length < 4 || b[0] != 0x30) {
            return UNKNOWN;
        }
        int child = outerHeaderLength(b);
        if (child < 0 || child >= b.length) {
            return UNKNOWN;
        }
        if (startsWith(b, child, SIGNED_DATA_OID)) {
            return PKCS7;
        }
        if (startsWith(b, child, PFX_VERSION_3)) {
            return PKCS12;
        }
        return b[child] == 0x30 ? DER_CERTIFICATE : UNKNOWN;
    }

    /** Header length of the outer SEQUENCE, tolerating BER indefinite length (old PKCS#12 / PKCS#7 exports). */
    private static int outerHeaderLength(byte[] b) {
        int first = b[1] & 0xff;
        if (first <= 0x80) {
            return 2;
        }
        int n = first & 0x7f;
        return n > 4 ? -1 : 2 + n;
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (offset + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
