package io.rootwatch.x509;

import io.rootwatch.model.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraintValidatorException;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PKIXNameConstraintValidator;

/**
 * RFC 5280 §4.2.1.10 name constraints along a path, with BouncyCastle's validator doing the subtree matching.
 * Each constraining CA is checked on its own, which is the same as intersecting them all (a name must satisfy
 * every CA above it) and lets a violation name the CA that forbids it. As in mozilla::pkix, a trust anchor's
 * constraints count too, and a leaf without subjectAltName has its common name checked as a DNS name.
 */
public final class NameConstraintsCheck {
    /** One name a constraining CA does not allow. */
    public record Violation(Certificate constrainingCa, Certificate subject, String name, String why) {
    }

    private NameConstraintsCheck() {
    }

    /**
     * @param pathLeafFirst the path as built: leaf first, trust anchor (or last certificate found) last
     * @return every violation; empty when no certificate carries name constraints
     */
    public static List<Violation> check(List<Certificate> pathLeafFirst) {
        List<Violation> out = new ArrayList<>();
        for (int j = 1; j < pathLeafFirst.size(); j++) {
            Certificate ca = pathLeafFirst.get(j);
            Optional<NameConstraints> nc = constraints(ca);
            if (nc.isEmpty()) {
                continue;
            }
            PKIXNameConstraintValidator validator = new PKIXNameConstraintValidator();
            GeneralSubtree[] permitted = nc.get().getPermittedSubtrees();
            if (permitted != null) {
                validator.intersectPermittedSubtree(permitted);
            }
            GeneralSubtree[] excluded = nc.get().getExcludedSubtrees();
            if (excluded != null) {
                for (GeneralSubtree s : excluded) {
                    validator.addExcludedSubtree(s);
                }
            }
            for (int i = j - 1; i >= 0; i--) {
                Certificate c = pathLeafFirst.get(i);
                // RFC 5280 §6.1.3 (b): a self-issued intermediate's own subject is exempt.
                boolean checkSubject = i == 0 || !c.isSelfIssued();
                for (GeneralName name : names(c, i == 0, checkSubject)) {
                    why(validator, name).ifPresent(w -> out.add(new Violation(ca, c, describe(name), w)));
                }
            }
        }
        return out;
    }

    private static Optional<String> why(PKIXNameConstraintValidator v, GeneralName name) {
        try {
            v.checkPermitted(name);
        } catch (NameConstraintValidatorException e) {
            return Optional.of("not within the permitted subtrees");
        }
        try {
            v.checkExcluded(name);
        } catch (NameConstraintValidatorException e) {
            return Optional.of("within an excluded subtree");
        }
        return Optional.empty();
    }

    private static Optional<NameConstraints> constraints(Certificate c) {
        try {
            Extensions ext = org.bouncycastle.asn1.x509.Certificate.getInstance(c.der().bytes()).getTBSCertificate().getExtensions();
            ASN1Encodable value = ext == null ? null : ext.getExtensionParsedValue(Extension.nameConstraints);
            return value == null ? Optional.empty() : Optional.of(NameConstraints.getInstance(value));
        } catch (RuntimeException e) {
            return Optional.empty(); // an unparseable extension is reported by the structure checks, not here
        }
    }

    private static List<GeneralName> names(Certificate c, boolean leaf, boolean withSubject) {
        List<GeneralName> names = new ArrayList<>();
        X500Name subject;
        Extensions ext;
        try {
            org.bouncycastle.asn1.x509.Certificate bc = org.bouncycastle.asn1.x509.Certificate.getInstance(c.der().bytes());
            subject = bc.getSubject();
            ext = bc.getTBSCertificate().getExtensions();
        } catch (RuntimeException e) {
            return names;
        }
        GeneralNames san = ext == null ? null : GeneralNames.fromExtensions(ext, Extension.subjectAlternativeName);
        if (withSubject && subject.getRDNs().length > 0) {
            names.add(new GeneralName(subject));
            for (RDN rdn : subject.getRDNs()) {
                for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                    if (atv.getType().equals(BCStyle.EmailAddress)) {
                        text(atv.getValue()).ifPresent(e -> names.add(new GeneralName(GeneralName.rfc822Name, e)));
                    }
                }
            }
        }
        if (san != null) {
            for (GeneralName n : san.getNames()) {
                if (n.getTagNo() != GeneralName.otherName && n.getTagNo() != GeneralName.ediPartyName
                        && n.getTagNo() != GeneralName.x400Address) {
                    names.add(n);
                }
            }
        } else if (leaf) {
            commonNames(subject, BCStyle.CN).stream().filter(NameConstraintsCheck::looksLikeHostname)
                    .forEach(cn -> names.add(new GeneralName(GeneralName.dNSName, cn)));
        }
        return names;
    }

    private static List<String> commonNames(X500Name subject, ASN1ObjectIdentifier type) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : subject.getRDNs(type)) {
            text(rdn.getFirst().getValue()).ifPresent(out::add);
        }
        return out;
    }

    private static boolean looksLikeHostname(String s) {
        return s.contains(".") && s.matches("[A-Za-z0-9*._-]+");
    }

    private static Optional<String> text(ASN1Encodable value) {
        if (value instanceof ASN1IA5String ia5) {
            return Optional.of(ia5.getString());
        }
        return value instanceof org.bouncycastle.asn1.ASN1String s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static String ip(GeneralName n) {
        byte[] b = org.bouncycastle.asn1.ASN1OctetString.getInstance(n.getName()).getOctets();
        try {
            return java.net.InetAddress.getByAddress(b).getHostAddress(); // from bytes: never a lookup
        } catch (java.net.UnknownHostException e) {
            return java.util.HexFormat.of().formatHex(b);
        }
    }

    private static String describe(GeneralName n) {
        return switch (n.getTagNo()) {
            case GeneralName.dNSName -> "DNS name " + text(n.getName()).orElse("?");
            case GeneralName.rfc822Name -> "email " + text(n.getName()).orElse("?");
            case GeneralName.uniformResourceIdentifier -> "URI " + text(n.getName()).orElse("?");
            case GeneralName.iPAddress -> "IP address " + ip(n);
            case GeneralName.directoryName -> "directory name '" + X500Name.getInstance(n.getName()) + "'";
            default -> n.toString();
        };
    }
}
