package io.rootwatch.x509;

import io.rootwatch.model.Der;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Certificates from a PKCS#7 / CMS SignedData (RFC 5652 §5.1), e.g. a certs-only .p7b. The certificates are
 * cut out of the original bytes, so each keeps its exact encoding (its signature covers those bytes); only
 * a BER (indefinite-length) container falls back to BouncyCastle, whose re-encoding of DER certificates is
 * the same bytes. Order is the encoded order (OpenSSL and Windows keep the order they were given).
 */
final class Pkcs7Content {
    private static final int SEQUENCE = 0x30;
    private static final int CONTEXT_0 = 0xa0;

    private Pkcs7Content() {
    }

    static List<Der> certificates(Path file, byte[] bytes) throws CertificateFileException {
        try {
            return sliced(bytes);
        } catch (IllegalArgumentException notPlainDer) {
            return viaBouncyCastle(file, bytes, notPlainDer);
        }
    }

    /** ContentInfo ::= SEQUENCE { contentType, [0] EXPLICIT SignedData }; SignedData's certificates is [0] IMPLICIT. */
    private static List<Der> sliced(byte[] der) {
        Tlv contentInfo = Tlv.whole(der);
        List<Tlv> ci = contentInfo.children(der);
        if (ci.size() < 2 || ci.get(1).tag() != CONTEXT_0) {
            throw new IllegalArgumentException("ContentInfo has no [0] content");
        }
        List<Tlv> explicit = ci.get(1).children(der);
        if (explicit.size() != 1 || explicit.get(0).tag() != SEQUENCE) {
            throw new IllegalArgumentException("SignedData is not a SEQUENCE");
        }
        List<Tlv> signedData = explicit.get(0).children(der);
        List<Der> out = new ArrayList<>();
        // version, digestAlgorithms, encapContentInfo, then the optional [0] certificates.
        for (int i = 3; i < signedData.size(); i++) {
            Tlv field = signedData.get(i);
            if (field.tag() == CONTEXT_0) {
                for (Tlv choice : field.children(der)) {
                    // CertificateChoices: only the plain Certificate (a SEQUENCE); attribute certs are not X.509.
                    if (choice.tag() == SEQUENCE) {
                        out.add(Der.of(choice.bytes(der)));
                    }
                }
            }
        }
        return out;
    }

    private static List<Der> viaBouncyCastle(Path file, byte[] bytes, IllegalArgumentException first)
            throws CertificateFileException {
        try {
            List<Der> out = new ArrayList<>();
            for (X509CertificateHolder holder : new CMSSignedData(bytes).getCertificates().getMatches(null)) {
                out.add(Der.of(holder.getEncoded()));
            }
            return out;
        } catch (CMSException | IOException | RuntimeException e) {
            CertificateFileException ex = new CertificateFileException(file, "Certificate file " + file
                    + " is not a readable PKCS#7 SignedData: " + first.getMessage() + ".", e);
            ex.addSuppressed(first);
            throw ex;
        }
    }
}
