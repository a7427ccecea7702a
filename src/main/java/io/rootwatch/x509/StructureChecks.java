package io.rootwatch.x509;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.ParseProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Encoding rules that {@link CertificateParser} deliberately accepts (so the certificate can still be shown)
 * but that strict verifiers such as Go's crypto/x509 refuse. Each broken rule becomes a {@link ParseProblem};
 * {@code lint} turns them into findings. Works on the exact DER, because these defects are exactly what a
 * decoder normalises away. Covers: RSA key INTEGERs not minimally encoded, RSA key algorithm parameters
 * not NULL, empty SubjectInfoAccess / AuthorityInfoAccess, and PrintableString characters outside
 * X.680's set in the subject or issuer name. The checks already made by the parser (serial encoding,
 * empty extendedKeyUsage) are not repeated. Stateless and thread-safe.
 */
public final class StructureChecks {
    private static final String RSA_ENCRYPTION = "2a864886f70d010101";
    private static final String OID_SIA = "2b0601050507010b";
    private static final String OID_AIA = "2b060105050701" + "01";
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int NULL = 0x05;
    private static final int OID = 0x06;
    private static final int BIT_STRING = 0x03;
    private static final int OCTET_STRING = 0x04;
    private static final int PRINTABLE_STRING = 0x13;
    private static final int EXTENSIONS = 0xa3;

    private StructureChecks() {
    }

    /** The structural problems of {@code cert}; empty when none (or when the DER cannot be walked at all). */
    public static List<ParseProblem> check(Certificate cert) {
        byte[] der = cert.der().bytes();
        List<ParseProblem> out = new ArrayList<>();
        List<Tlv> tbs;
        try {
            tbs = Tlv.whole(der).children(der).get(0).children(der);
        } catch (RuntimeException e) {
            return out; // the parser already refused or reported this certificate
        }
        int i = tbs.get(0).tag() == 0xa0 ? 1 : 0;
        if (tbs.size() < i + 6) {
            return out;
        }
        checkName(der, tbs.get(i + 2), "tbsCertificate.issuer", out);
        checkName(der, tbs.get(i + 4), "tbsCertificate.subject", out);
        checkRsaKey(der, tbs.get(i + 5), out);
        for (Tlv field : tbs.subList(i + 6, tbs.size())) {
            if (field.tag() == EXTENSIONS) {
                checkExtensions(der, field, out);
            }
        }
        return out;
    }

    /** X.680 §41.4 PrintableString set. Like Go, '*' and '&' are tolerated: real CAs put them in names. */
    private static void checkName(byte[] der, Tlv name, String field, List<ParseProblem> out) {
        try {
            for (Tlv rdn : name.children(der)) {
                for (Tlv atv : rdn.children(der)) {
                    List<Tlv> parts = atv.children(der);
                    if (parts.size() == 2 && parts.get(1).tag() == PRINTABLE_STRING) {
                        String value = new String(parts.get(1).content(der), StandardCharsets.ISO_8859_1);
                        for (char c : value.toCharArray()) {
                            if (!printable(c)) {
                                out.add(new ParseProblem(field, "X.680 §41.4",
                                        "PrintableString value of attribute " + oid(der, parts.get(0))
                                                + " contains the character " + shown(c) + ", which PrintableString does not allow"));
                                break;
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            out.add(new ParseProblem(field, "RFC 5280 §4.1.2.4", "name is not a valid DER Name: " + e.getMessage()));
        }
    }

    private static boolean printable(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || " '()+,-./:=?".indexOf(c) >= 0 || c == '*' || c == '&';
    }

    private static void checkRsaKey(byte[] der, Tlv spki, List<ParseProblem> out) {
        try {
            List<Tlv> parts = spki.children(der);
            List<Tlv> alg = parts.get(0).children(der);
            if (!hex(der, alg.get(0)).equals(RSA_ENCRYPTION)) {
                return;
            }
            if (alg.size() != 2 || alg.get(1).tag() != NULL || alg.get(1).contentLength() != 0) {
                out.add(new ParseProblem("tbsCertificate.subjectPublicKeyInfo.algorithm.parameters", "RFC 3279 §2.3.1",
                        "rsaEncryption parameters must be NULL, but are "
                                + (alg.size() < 2 ? "absent" : "a different value (tag 0x" + Integer.toHexString(alg.get(1).tag()) + ")")));
            }
            Tlv bits = parts.get(1);
            if (bits.tag() != BIT_STRING || bits.contentLength() < 1) {
                return;
            }
            byte[] key = bits.content(der);
            byte[] inner = java.util.Arrays.copyOfRange(key, 1, key.length);
            List<Tlv> ints = Tlv.whole(inner).children(inner);
            String[] names = {"modulus", "publicExponent"};
            for (int k = 0; k < Math.min(2, ints.size()); k++) {
                Tlv n = ints.get(k);
                if (n.tag() == INTEGER && !minimal(n.content(inner))) {
                    out.add(new ParseProblem("tbsCertificate.subjectPublicKeyInfo.subjectPublicKey." + names[k], "X.690 §8.3.2",
                            "RSA " + names[k] + " INTEGER is not minimally encoded"));
                }
            }
        } catch (RuntimeException e) {
            out.add(new ParseProblem("tbsCertificate.subjectPublicKeyInfo", "RFC 3279 §2.3.1",
                    "RSA public key is not valid DER: " + e.getMessage()));
        }
    }

    private static void checkExtensions(byte[] der, Tlv explicit, List<ParseProblem> out) {
        try {
            for (Tlv ext : explicit.children(der).get(0).children(der)) {
                List<Tlv> parts = ext.children(der);
                String oid = hex(der, parts.get(0));
                Tlv value = parts.get(parts.size() - 1);
                boolean sia = oid.equals(OID_SIA);
                if ((sia || oid.equals(OID_AIA)) && value.tag() == OCTET_STRING) {
                    byte[] inner = value.content(der);
                    Tlv seq = Tlv.whole(inner);
                    if (seq.tag() == SEQUENCE && seq.contentLength() == 0) {
                        String name = sia ? "subjectInfoAccess" : "authorityInfoAccess";
                        out.add(new ParseProblem("tbsCertificate.extensions." + name, sia ? "RFC 5280 §4.2.2.2" : "RFC 5280 §4.2.2.1",
                                name + " is present but empty (SEQUENCE SIZE (1..MAX) requires one access description)"));
                    }
                }
            }
        } catch (RuntimeException e) {
            // Extension-level DER errors are the parser's to report (it reads each extension on its own).
        }
    }

    private static boolean minimal(byte[] content) {
        if (content.length < 2) {
            return content.length == 1;
        }
        boolean redundantZero = content[0] == 0 && (content[1] & 0x80) == 0;
        boolean redundantOnes = content[0] == (byte) 0xff && (content[1] & 0x80) != 0;
        return !redundantZero && !redundantOnes;
    }

    private static String hex(byte[] der, Tlv t) {
        return t.tag() == OID ? HexFormat.of().formatHex(t.content(der)) : "";
    }

    private static String oid(byte[] der, Tlv t) {
        try {
            return org.bouncycastle.asn1.ASN1ObjectIdentifier.getInstance(t.bytes(der)).getId();
        } catch (RuntimeException e) {
            return "(unreadable OID)";
        }
    }

    private static String shown(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("0x%02x", (int) c);
    }
}
