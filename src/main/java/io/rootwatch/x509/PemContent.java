package io.rootwatch.x509;

import io.rootwatch.model.Der;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Certificates from PEM text: CERTIFICATE-type blocks and PKCS#7 blocks, in file order; keys are skipped. */
final class PemContent {
    private PemContent() {
    }

    static List<Der> certificates(Path file, byte[] bytes) throws CertificateFileException {
        List<Pem.Block> blocks;
        try {
            // ISO-8859-1 maps every byte to a char, so stray non-UTF-8 bytes around the armour cannot fail decoding.
            blocks = Pem.blocks(new String(bytes, StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            throw new CertificateFileException(file, "Certificate file " + file + " is not valid PEM: "
                    + e.getMessage() + ".", e);
        }
        List<Der> out = new ArrayList<>();
        Set<String> otherLabels = new LinkedHashSet<>();
        for (Pem.Block block : blocks) {
            String label = block.label();
            if (label.equals("TRUSTED CERTIFICATE")) {
                out.add(Der.of(withoutOpensslTrailer(block.bytes())));
            } else if (label.endsWith("CERTIFICATE")) {
                out.add(Der.of(block.bytes()));
            } else if (label.equals("PKCS7") || label.equals("CMS") || label.equals("PKCS #7 SIGNED DATA")) {
                out.addAll(Pkcs7Content.certificates(file, block.bytes()));
            } else {
                otherLabels.add(label);
            }
        }
        if (out.isEmpty()) {
            throw new CertificateFileException(file, "Certificate file " + file + " holds no certificate"
                    + (otherLabels.isEmpty() ? "." : " (PEM blocks found: " + String.join(", ", otherLabels) + ")."));
        }
        return out;
    }

    /** OpenSSL's TRUSTED CERTIFICATE is the certificate followed by its X509_CERT_AUX; keep the certificate. */
    private static byte[] withoutOpensslTrailer(byte[] bytes) {
        try {
            return Tlv.at(bytes, 0, bytes.length).bytes(bytes);
        } catch (IllegalArgumentException e) {
            return bytes;
        }
    }
}
