package io.rootwatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One X.509 certificate: its exact DER plus the views derived from it by {@code io.rootwatch.x509}.
 * The DER is the source of truth; every other field can be recomputed from it. Fields that failed to
 * parse are left empty and described in {@link #problems()}, so one broken extension never hides the
 * subject, validity or fingerprint.
 *
 * @param der                 the certificate exactly as served or read
 * @param sha256              lowercase hex SHA-256 of {@code der}
 * @param version             1, 2 or 3
 * @param serialHex           hex of the serial INTEGER's content octets as encoded (zero is "00",
 *                            a negative serial keeps its sign bit)
 * @param embeddedSctList     the TLS-encoded SignedCertificateTimestampList from extension
 *                            1.3.6.1.4.1.11129.2.4.2 (the inner OCTET STRING's content), if present
 * @param precertificatePoison whether the critical CT poison extension 1.3.6.1.4.1.11129.2.4.3 is present
 * @param tbs                 the DER TBSCertificate as encoded in {@code der}
 * @param policyOids          certificatePolicies OIDs
 */
public record Certificate(
        Der der,
        String sha256,
        int version,
        String serialHex,
        DistinguishedName subject,
        DistinguishedName issuer,
        Instant notBefore,
        Instant notAfter,
        PublicKeyInfo publicKey,
        SignatureAlgorithm signatureAlgorithm,
        List<GeneralName> subjectAltNames,
        Optional<String> subjectKeyId,
        Optional<String> authorityKeyId,
        Optional<BasicConstraints> basicConstraints,
        List<String> keyUsage,
        List<String> extendedKeyUsageOids,
        List<String> policyOids,
        Optional<Der> embeddedSctList,
        boolean precertificatePoison,
        Der tbs,
        List<ParseProblem> problems) {

    public Certificate {
        subjectAltNames = List.copyOf(subjectAltNames);
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsageOids = List.copyOf(extendedKeyUsageOids);
        policyOids = List.copyOf(policyOids);
        problems = List.copyOf(problems);
    }

    /** Subject and issuer names are equal: the certificate claims to be its own issuer. */
    public boolean isSelfIssued() {
        return subject.matches(issuer);
    }

    /** A CA certificate per basicConstraints (v1 certificates have none and are not CAs by this test). */
    public boolean isCa() {
        return basicConstraints.map(BasicConstraints::ca).orElse(false);
    }

    public List<String> dnsNames() {
        return subjectAltNames.stream().filter(n -> n.kind() == GeneralName.Kind.DNS).map(GeneralName::value).toList();
    }

    public List<String> ipAddresses() {
        return subjectAltNames.stream().filter(n -> n.kind() == GeneralName.Kind.IP).map(GeneralName::value).toList();
    }

    /** Lifetime as the CT policies count it: notAfter − notBefore. */
    public java.time.Duration lifetime() {
        return java.time.Duration.between(notBefore, notAfter);
    }
}
