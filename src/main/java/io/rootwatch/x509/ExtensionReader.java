package io.rootwatch.x509;

import io.rootwatch.model.BasicConstraints;
import io.rootwatch.model.Der;
import io.rootwatch.model.GeneralName;
import io.rootwatch.model.ParseProblem;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * Reads the extensions rootwatch uses, each on its own: a broken extension becomes a ParseProblem and
 * leaves the other fields intact (one bad SAN must not hide the subject or the validity).
 */
final class ExtensionReader {
    static final ASN1ObjectIdentifier SCT_LIST = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2");
    static final ASN1ObjectIdentifier CT_POISON = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.3");

    private static final String[] KEY_USAGE_NAMES = {
        "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
        "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final int[] KEY_USAGE_BITS = {
        KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment, KeyUsage.dataEncipherment,
        KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign, KeyUsage.encipherOnly, KeyUsage.decipherOnly};

    private final Extensions extensions;
    private final List<ParseProblem> problems;

    ExtensionReader(Extensions extensions, List<ParseProblem> problems) {
        this.extensions = extensions;
        this.problems = problems;
    }

    List<GeneralName> subjectAltNames() {
        return read(Extension.subjectAlternativeName, "subjectAltName", "RFC 5280 §4.2.1.6", value -> {
            List<GeneralName> out = new ArrayList<>();
            for (var n : GeneralNames.getInstance(value).getNames()) {
                out.add(toModel(n));
            }
            return out;
        }).orElse(List.of());
    }

    Optional<String> subjectKeyId() {
        return read(Extension.subjectKeyIdentifier, "subjectKeyIdentifier", "RFC 5280 §4.2.1.2",
                value -> HexFormat.of().formatHex(SubjectKeyIdentifier.getInstance(value).getKeyIdentifier()));
    }

    Optional<String> authorityKeyId() {
        return read(Extension.authorityKeyIdentifier, "authorityKeyIdentifier", "RFC 5280 §4.2.1.1", value -> {
            byte[] id = AuthorityKeyIdentifier.getInstance(value).getKeyIdentifierOctets();
            return id == null ? null : HexFormat.of().formatHex(id);
        });
    }

    Optional<BasicConstraints> basicConstraints() {
        return read(Extension.basicConstraints, "basicConstraints", "RFC 5280 §4.2.1.9", value -> {
            var bc = org.bouncycastle.asn1.x509.BasicConstraints.getInstance(value);
            BigInteger len = bc.getPathLenConstraint();
            return new BasicConstraints(bc.isCA(), Optional.ofNullable(len).map(BigInteger::intValue));
        });
    }

    List<String> keyUsage() {
        return read(Extension.keyUsage, "keyUsage", "RFC 5280 §4.2.1.3", value -> {
            KeyUsage ku = KeyUsage.getInstance(value);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < KEY_USAGE_BITS.length; i++) {
                if (ku.hasUsages(KEY_USAGE_BITS[i])) {
                    out.add(KEY_USAGE_NAMES[i]);
                }
            }
            return out;
        }).orElse(List.of());
    }

    List<String> extendedKeyUsageOids() {
        return read(Extension.extendedKeyUsage, "extKeyUsage", "RFC 5280 §4.2.1.12", value -> {
            ExtendedKeyUsage eku = ExtendedKeyUsage.getInstance(value);
            List<String> out = new ArrayList<>();
            for (KeyPurposeId id : eku.getUsages()) {
                out.add(id.getId());
            }
            if (out.isEmpty()) {
                problems.add(new ParseProblem("tbsCertificate.extensions.extKeyUsage", "RFC 5280 §4.2.1.12",
                        "extendedKeyUsage is present but empty (SEQUENCE SIZE (1..MAX) requires one purpose)"));
            }
            return out;
        }).orElse(List.of());
    }

    List<String> policyOids() {
        return read(Extension.certificatePolicies, "certificatePolicies", "RFC 5280 §4.2.1.4", value -> {
            List<String> out = new ArrayList<>();
            for (PolicyInformation pi : CertificatePolicies.getInstance(value).getPolicyInformation()) {
                out.add(pi.getPolicyIdentifier().getId());
            }
            return out;
        }).orElse(List.of());
    }

    /** The SCT list: the extension's value is an OCTET STRING wrapping the TLS-encoded list (RFC 6962 §3.3). */
    Optional<Der> embeddedSctList() {
        return read(SCT_LIST, "signedCertificateTimestampList", "RFC 6962 §3.3",
                value -> Der.of(ASN1OctetString.getInstance(value).getOctets()));
    }

    boolean hasPoison() {
        return extensions != null && extensions.getExtension(CT_POISON) != null;
    }

    private <T> Optional<T> read(ASN1ObjectIdentifier oid, String name, String specRef,
                                 Function<org.bouncycastle.asn1.ASN1Encodable, T> parser) {
        if (extensions == null) {
            return Optional.empty();
        }
        Extension ext = extensions.getExtension(oid);
        if (ext == null) {
            return Optional.empty();
        }
        if (ext.getExtnValue().getOctets().length == 0) {
            // getParsedValue() is null for an empty extnValue; say so rather than report a NullPointerException.
            problems.add(new ParseProblem("tbsCertificate.extensions." + name, specRef,
                    name + " extension is present but its value is empty (no DER inside extnValue)"));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parser.apply(ext.getParsedValue()));
        } catch (RuntimeException e) {
            problems.add(new ParseProblem("tbsCertificate.extensions." + name, specRef,
                    name + " extension does not parse: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static GeneralName toModel(org.bouncycastle.asn1.x509.GeneralName n) {
        return switch (n.getTagNo()) {
            case org.bouncycastle.asn1.x509.GeneralName.dNSName ->
                    new GeneralName(GeneralName.Kind.DNS, ASN1IA5String.getInstance(n.getName()).getString());
            case org.bouncycastle.asn1.x509.GeneralName.rfc822Name ->
                    new GeneralName(GeneralName.Kind.EMAIL, ASN1IA5String.getInstance(n.getName()).getString());
            case org.bouncycastle.asn1.x509.GeneralName.uniformResourceIdentifier ->
                    new GeneralName(GeneralName.Kind.URI, ASN1IA5String.getInstance(n.getName()).getString());
            case org.bouncycastle.asn1.x509.GeneralName.iPAddress -> ip(ASN1OctetString.getInstance(n.getName()).getOctets());
            default -> new GeneralName(GeneralName.Kind.OTHER, n.toString());
        };
    }

    private static GeneralName ip(byte[] octets) {
        try {
            if (octets.length == 4 || octets.length == 16) {
                return new GeneralName(GeneralName.Kind.IP, InetAddress.getByAddress(octets).getHostAddress());
            }
        } catch (UnknownHostException e) {
            // getByAddress only throws for bad lengths, handled below.
        }
        return new GeneralName(GeneralName.Kind.OTHER, "IP:" + HexFormat.of().formatHex(octets));
    }
}
