package io.rootwatch.ct;

import io.rootwatch.model.Der;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * Verifies one SCT signature with a log key: a pure function of (SCT, signed entry, key). Looking the
 * log up by id is the caller's job. Thread-safe.
 */
public final class SctVerifier {
    private static final int SHA256 = 4;
    private static final int RSA = 1;
    private static final int ECDSA = 3;

    private SctVerifier() {
    }

    /**
     * @return VALID, INVALID, or UNSUPPORTED (hash other than SHA-256, signature other than RSA/ECDSA, or a
     *         key that is neither); never UNKNOWN_LOG or NO_ISSUER, which the caller decides
     */
    public static SctSignatureStatus verify(SignedCertificateTimestamp sct, SignedEntry entry, Der logKeySpki) {
        if (sct.hashAlgorithm() != SHA256 || (sct.signatureAlgorithm() != RSA && sct.signatureAlgorithm() != ECDSA)) {
            return SctSignatureStatus.UNSUPPORTED;
        }
        String keyAlg = sct.signatureAlgorithm() == RSA ? "RSA" : "EC";
        PublicKey key;
        try {
            key = KeyFactory.getInstance(keyAlg).generatePublic(new X509EncodedKeySpec(logKeySpki.bytes()));
        } catch (GeneralSecurityException e) {
            // The SCT claims an algorithm the log's key is not for: it cannot be this log's signature.
            return SctSignatureStatus.INVALID;
        }
        try {
            Signature s = Signature.getInstance(sct.signatureAlgorithm() == RSA ? "SHA256withRSA" : "SHA256withECDSA");
            s.initVerify(key);
            s.update(signedData(sct, entry));
            return s.verify(sct.signature().bytes()) ? SctSignatureStatus.VALID : SctSignatureStatus.INVALID;
        } catch (GeneralSecurityException | RuntimeException e) {
            return SctSignatureStatus.INVALID;
        }
    }

    /** The digitally-signed struct of RFC 6962 §3.2 for a v1 certificate_timestamp. */
    static byte[] signedData(SignedCertificateTimestamp sct, SignedEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(sct.version());
        out.write(0); // signature_type certificate_timestamp
        writeUint(out, sct.timestampMillis(), 8);
        switch (entry) {
            case SignedEntry.X509Entry x -> {
                writeUint(out, 0, 2);
                writeOpaque(out, x.certificate().bytes(), 3);
            }
            case SignedEntry.PrecertEntry p -> {
                writeUint(out, 1, 2);
                out.writeBytes(p.issuerKeyHash().bytes());
                writeOpaque(out, p.tbsWithoutScts().bytes(), 3);
            }
        }
        writeOpaque(out, sct.extensions().bytes(), 2);
        return out.toByteArray();
    }

    private static void writeOpaque(ByteArrayOutputStream out, byte[] bytes, int lengthBytes) {
        writeUint(out, bytes.length, lengthBytes);
        out.writeBytes(bytes);
    }

    private static void writeUint(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
