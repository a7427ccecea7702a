package io.rootwatch.x509;

import io.rootwatch.model.Der;
import io.rootwatch.model.PublicKeyInfo;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/** Describes a SubjectPublicKeyInfo: algorithm family, strength in bits, curve. */
final class KeyInfos {
    private static final String RSA = "1.2.840.113549.1.1.1";
    private static final String RSA_PSS = "1.2.840.113549.1.1.10";
    private static final String EC = "1.2.840.10045.2.1";
    private static final String DSA = "1.2.840.10040.4.1";
    private static final String ED25519 = "1.3.101.112";
    private static final String ED448 = "1.3.101.113";

    /** NIST names for the curves people know by them; others keep their SEC/X9.62 name. */
    private static final Map<String, String> NIST_NAMES = Map.of(
            "secp192r1", "P-192", "prime192v1", "P-192",
            "secp224r1", "P-224",
            "secp256r1", "P-256", "prime256v1", "P-256",
            "secp384r1", "P-384",
            "secp521r1", "P-521");

    private KeyInfos() {
    }

    static PublicKeyInfo describe(SubjectPublicKeyInfo spki) throws IOException {
        Der der = Der.of(spki.getEncoded("DER"));
        String oid = spki.getAlgorithm().getAlgorithm().getId();
        return switch (oid) {
            case RSA, RSA_PSS -> new PublicKeyInfo("RSA", rsaBits(spki), Optional.empty(), der);
            case EC -> ec(spki, der);
            case DSA -> new PublicKeyInfo("DSA", dsaBits(spki), Optional.empty(), der);
            case ED25519 -> new PublicKeyInfo("Ed25519", 256, Optional.empty(), der);
            case ED448 -> new PublicKeyInfo("Ed448", 456, Optional.empty(), der);
            default -> new PublicKeyInfo(oid, 0, Optional.empty(), der);
        };
    }

    private static int rsaBits(SubjectPublicKeyInfo spki) throws IOException {
        return RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus().bitLength();
    }

    private static int dsaBits(SubjectPublicKeyInfo spki) {
        var params = spki.getAlgorithm().getParameters();
        if (params instanceof ASN1Sequence seq && seq.size() == 3) {
            return ASN1Integer.getInstance(seq.getObjectAt(0)).getValue().bitLength();
        }
        return 0;
    }

    private static PublicKeyInfo ec(SubjectPublicKeyInfo spki, Der der) {
        var params = spki.getAlgorithm().getParameters();
        if (params instanceof ASN1ObjectIdentifier curveOid) {
            String name = ECNamedCurveTable.getName(curveOid);
            X9ECParameters x9 = ECNamedCurveTable.getByOID(curveOid);
            int bits = x9 == null ? 0 : x9.getCurve().getFieldSize();
            String shown = name == null ? curveOid.getId() : NIST_NAMES.getOrDefault(name, name);
            return new PublicKeyInfo("EC", bits, Optional.of(shown), der);
        }
        // Explicit curve parameters (RFC 5480 forbids them for PKIX): size unknown without trusting them.
        return new PublicKeyInfo("EC", 0, Optional.of("explicit"), der);
    }
}
