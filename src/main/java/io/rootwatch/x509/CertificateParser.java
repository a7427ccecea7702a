package io.rootwatch.x509;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.model.ParseProblem;
import io.rootwatch.model.SignatureAlgorithm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.util.Properties;

/**
 * Parses DER bytes into a {@link Certificate}. Lenient on purpose: real roots have serial 0 or a negative
 * serial, and old chains carry non-minimal integers; such defects become {@link ParseProblem}s on the
 * record rather than refusals. Only bytes that are no certificate at all are refused. Thread-safe.
 */
public final class CertificateParser {
    private static final DefaultAlgorithmNameFinder ALGORITHM_NAMES = new DefaultAlgorithmNameFinder();

    private CertificateParser() {
    }

    /**
     * Parses one certificate.
     *
     * @throws CertificateParseException when the bytes are not a certificate (message says why)
     */
    public static Certificate parse(byte[] der) throws CertificateParseException {
        if (der == null || der.length == 0) {
            throw new CertificateParseException("empty input: no certificate bytes");
        }
        // BouncyCastle rejects non-minimal INTEGERs unless told otherwise; we accept them and report them.
        boolean previous = Properties.setThreadOverride("org.bouncycastle.asn1.allow_unsafe_integer", true);
        try {
            return parseLenient(der);
        } catch (IOException | RuntimeException e) {
            throw new CertificateParseException("not a valid X.509 certificate: " + describe(e), e);
        } finally {
            Properties.setThreadOverride("org.bouncycastle.asn1.allow_unsafe_integer", previous);
        }
    }

    private static Certificate parseLenient(byte[] der) throws IOException, CertificateParseException {
        byte[] tbsBytes = DerSlicer.firstChild(der);
        ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
        var cert = org.bouncycastle.asn1.x509.Certificate.getInstance(primitive);
        TBSCertificate tbs = cert.getTBSCertificate();
        List<ParseProblem> problems = new ArrayList<>();

        byte[] serialContent = DerSlicer.content(tbs.getSerialNumber().getEncoded("DER"));
        if (!isMinimal(serialContent)) {
            problems.add(new ParseProblem("tbsCertificate.serialNumber", "X.690 §8.3.2",
                    "serial number INTEGER is not minimally encoded"));
        }
        if (tbs.getSerialNumber().getValue().signum() <= 0) {
            problems.add(new ParseProblem("tbsCertificate.serialNumber", "RFC 5280 §4.1.2.2",
                    "serial number is not a positive integer"));
        }
        ExtensionReader ext = new ExtensionReader(tbs.getExtensions(), problems);
        return new Certificate(
                Der.of(der),
                HexFormat.of().formatHex(Der.of(der).sha256()),
                tbs.getVersionNumber(),
                HexFormat.of().formatHex(serialContent),
                Names.of(tbs.getSubject()),
                Names.of(tbs.getIssuer()),
                tbs.getStartDate().getDate().toInstant(),
                tbs.getEndDate().getDate().toInstant(),
                KeyInfos.describe(tbs.getSubjectPublicKeyInfo()),
                signatureAlgorithm(cert.getSignatureAlgorithm()),
                ext.subjectAltNames(),
                ext.subjectKeyId(),
                ext.authorityKeyId(),
                ext.basicConstraints(),
                ext.keyUsage(),
                ext.extendedKeyUsageOids(),
                ext.policyOids(),
                ext.embeddedSctList(),
                ext.hasPoison(),
                Der.of(tbsBytes),
                problems);
    }

    static SignatureAlgorithm signatureAlgorithm(AlgorithmIdentifier id) {
        String oid = id.getAlgorithm().getId();
        String name = ALGORITHM_NAMES.hasAlgorithmName(id.getAlgorithm())
                ? ALGORITHM_NAMES.getAlgorithmName(id) : oid;
        // JCA spelling ("SHA256withRSA") is what people grep logs and openssl output for.
        return new SignatureAlgorithm(name.replace("WITH", "with"), oid);
    }

    private static boolean isMinimal(byte[] content) {
        if (content.length < 2) {
            return content.length == 1;
        }
        boolean redundantZero = content[0] == 0 && (content[1] & 0x80) == 0;
        boolean redundantOnes = content[0] == (byte) 0xff && (content[1] & 0x80) != 0;
        return !redundantZero && !redundantOnes;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT).startsWith("unknown") ? m : m;
    }
}
