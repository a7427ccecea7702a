package io.rootwatch.x509;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds the TBSCertificate that a CT log signed for a precertificate: the final certificate's
 * TBSCertificate with the embedded-SCT extension (1.3.6.1.4.1.11129.2.4.2) removed (RFC 6962 §3.2).
 * Works on the encoded bytes, not a re-encoding: every other field must stay byte-identical to what the
 * log saw, and real certificates are not always strict DER. When the SCT extension was the only one, the
 * {@code [3]} wrapper is dropped too, as Go's {@code x509.RemoveSCTList} does. Thread-safe.
 */
public final class PrecertificateTbs {
    // DER encoding of OBJECT IDENTIFIER 1.3.6.1.4.1.11129.2.4.2
    private static final byte[] SCT_OID = {0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, (byte) 0xd6, 0x79, 0x02, 0x04, 0x02};
    private static final int EXTENSIONS_TAG = 0xa3;

    private PrecertificateTbs() {
    }

    /**
     * The TBSCertificate without the SCT-list extension; the certificate's own TBS when it has none.
     *
     * @throws CertificateParseException when the TBS does not decode as tag-length-value elements
     */
    public static Der withoutSctList(Certificate certificate) throws CertificateParseException {
        byte[] tbs = certificate.tbs().bytes();
        List<byte[]> fields = children(tbs);
        List<byte[]> rebuilt = new ArrayList<>(fields.size());
        boolean changed = false;
        for (byte[] field : fields) {
            if ((field[0] & 0xff) != EXTENSIONS_TAG) {
                rebuilt.add(field);
                continue;
            }
            byte[] extensionsSeq = DerSlicer.content(field);
            List<byte[]> kept = new ArrayList<>();
            for (byte[] ext : children(extensionsSeq)) {
                if (isSctExtension(ext)) {
                    changed = true;
                } else {
                    kept.add(ext);
                }
            }
            if (!kept.isEmpty()) {
                rebuilt.add(tlv(EXTENSIONS_TAG, tlv(0x30, concat(kept))));
            }
        }
        return changed ? Der.of(tlv(0x30, concat(rebuilt))) : certificate.tbs();
    }

    private static boolean isSctExtension(byte[] extension) throws CertificateParseException {
        int header = DerSlicer.headerLength(extension, 0);
        return extension.length >= header + SCT_OID.length
                && Arrays.equals(extension, header, header + SCT_OID.length, SCT_OID, 0, SCT_OID.length);
    }

    /** The TLV children of the constructed element {@code der} (its content, sliced). */
    private static List<byte[]> children(byte[] der) throws CertificateParseException {
        int start = DerSlicer.headerLength(der, 0);
        int end = start + DerSlicer.contentLength(der, 0);
        if (end > der.length) {
            throw new CertificateParseException("truncated DER in TBSCertificate");
        }
        List<byte[]> out = new ArrayList<>();
        int pos = start;
        while (pos < end) {
            int len = DerSlicer.headerLength(der, pos) + DerSlicer.contentLength(der, pos);
            if (pos + len > end) {
                throw new CertificateParseException("truncated DER element at offset " + pos + " of TBSCertificate");
            }
            out.add(Arrays.copyOfRange(der, pos, pos + len));
            pos += len;
        }
        return out;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write((len >>> (8 * i)) & 0xff);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
