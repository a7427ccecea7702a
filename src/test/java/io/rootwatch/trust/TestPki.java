package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.CaCertificatePool;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.RootStore;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.refdata.TrustBit;
import io.rootwatch.x509.CertificateParser;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v1CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small test PKI: roots, intermediates, leaves and cross-signs at fixed dates around {@link #T0}, with
 * serials 1, 2, 3… in build order per instance. P-256 keys, cached by name across tests (so a CA's
 * cross-signed copy has the same key as its root, and the suite stays fast).
 */
final class TestPki {
    static final Instant T0 = Instant.parse("2026-01-15T00:00:00Z");
    static final Instant DEFAULT_NOT_BEFORE = T0.minus(Duration.ofDays(30));
    static final Instant DEFAULT_NOT_AFTER = T0.plus(Duration.ofDays(365));
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

    /** A built certificate, its key pair and its subject name (to issue more certificates). */
    record Issued(Certificate cert, KeyPair key, X500Name name) {
    }

    private long nextSerial = 1;

    static KeyPair key(String name) {
        return KEYS.computeIfAbsent(name, n -> {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
                g.initialize(new ECGenParameterSpec("secp256r1"));
                return g.generateKeyPair();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    Spec root(String cn) {
        return new Spec(cn, null).ca();
    }

    Spec ca(String cn, Issued issuer) {
        return new Spec(cn, issuer).ca();
    }

    Spec leaf(String dns, Issued issuer) {
        return new Spec(dns, issuer).notCa().dns(dns);
    }

    /** A second certificate for {@code ca}'s name and key, issued by {@code issuer} (a cross-sign). */
    Spec cross(Issued ca, Issued issuer) {
        Spec s = new Spec(cnOf(ca), issuer).ca();
        s.subject = ca.name();
        return s;
    }

    private static String cnOf(Issued i) {
        return i.name().toString().replace("CN=", "");
    }

    final class Spec {
        private X500Name subject;
        private final String keyName;
        private final Issued issuer;
        private Instant notBefore = DEFAULT_NOT_BEFORE;
        private Instant notAfter = DEFAULT_NOT_AFTER;
        private Boolean ca;
        private Integer pathLen;
        private String signatureAlgorithm = "SHA256withECDSA";
        private final List<String> dns = new ArrayList<>();
        private final List<String> ekus = new ArrayList<>();
        private boolean v1;
        private KeyPair signingKeyOverride;
        private org.bouncycastle.asn1.x509.NameConstraints nameConstraints;

        private Spec(String cn, Issued issuer) {
            this.subject = new X500Name("CN=" + cn);
            this.keyName = cn;
            this.issuer = issuer;
        }

        Spec validity(Instant from, Instant to) {
            notBefore = from;
            notAfter = to;
            return this;
        }

        Spec ca() {
            ca = true;
            return this;
        }

        Spec notCa() {
            ca = false;
            return this;
        }

        /** No basicConstraints extension at all. */
        Spec noBasicConstraints() {
            ca = null;
            return this;
        }

        Spec pathLen(int n) {
            pathLen = n;
            return this;
        }

        Spec signatureAlgorithm(String jcaName) {
            signatureAlgorithm = jcaName;
            return this;
        }

        Spec dns(String... names) {
            dns.addAll(List.of(names));
            return this;
        }

        /** An extendedKeyUsage extension with these purpose OIDs. */
        Spec eku(String... oids) {
            ekus.addAll(List.of(oids));
            return this;
        }

        /** No subjectAltName extension: only the common name names the host. */
        Spec noSan() {
            dns.clear();
            return this;
        }

        /** A critical nameConstraints extension: permitted and excluded DNS subtrees. */
        Spec nameConstraints(List<String> permittedDns, List<String> excludedDns) {
            java.util.function.Function<List<String>, org.bouncycastle.asn1.x509.GeneralSubtree[]> trees = l -> l.isEmpty() ? null
                    : l.stream().map(d -> new org.bouncycastle.asn1.x509.GeneralSubtree(new GeneralName(GeneralName.dNSName, d)))
                    .toArray(org.bouncycastle.asn1.x509.GeneralSubtree[]::new);
            nameConstraints = new org.bouncycastle.asn1.x509.NameConstraints(trees.apply(permittedDns), trees.apply(excludedDns));
            return this;
        }

        /** An X.509 v1 certificate (no extensions), like the oldest roots. */
        Spec v1() {
            v1 = true;
            return this;
        }

        /** Sign with an unrelated key while still naming the issuer: a bad signature. */
        Spec signedWithWrongKey() {
            signingKeyOverride = key("unrelated signing key");
            return this;
        }

        Issued build() {
            try {
                KeyPair own = key(keyName);
                X500Name issuerName = issuer == null ? subject : issuer.name();
                KeyPair signer = signingKeyOverride != null ? signingKeyOverride : issuer == null ? own : issuer.key();
                BigInteger serial = BigInteger.valueOf(nextSerial++);
                ContentSigner cs = new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BC).build(signer.getPrivate());
                byte[] der;
                if (v1) {
                    X509v1CertificateBuilder b = new JcaX509v1CertificateBuilder(issuerName, serial,
                            Date.from(notBefore), Date.from(notAfter), subject, own.getPublic());
                    der = b.build(cs).getEncoded();
                } else {
                    X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, serial,
                            Date.from(notBefore), Date.from(notAfter), subject, own.getPublic());
                    JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
                    b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(own.getPublic()));
                    KeyPair issuerKey = issuer == null ? own : issuer.key();
                    b.addExtension(Extension.authorityKeyIdentifier, false,
                            u.createAuthorityKeyIdentifier(issuerKey.getPublic()));
                    if (ca != null) {
                        b.addExtension(Extension.basicConstraints, true, !ca ? new BasicConstraints(false)
                                : pathLen == null ? new BasicConstraints(true) : new BasicConstraints(pathLen));
                    }
                    if (nameConstraints != null) {
                        b.addExtension(Extension.nameConstraints, true, nameConstraints);
                    }
                    if (!dns.isEmpty()) {
                        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(dns.stream()
                                .map(d -> new GeneralName(GeneralName.dNSName, d)).toArray(GeneralName[]::new)));
                    }
                    if (!ekus.isEmpty()) {
                        b.addExtension(Extension.extendedKeyUsage, false, new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
                                ekus.stream().map(o -> org.bouncycastle.asn1.x509.KeyPurposeId.getInstance(
                                        new org.bouncycastle.asn1.ASN1ObjectIdentifier(o))).toArray(org.bouncycastle.asn1.x509.KeyPurposeId[]::new)));
                    }
                    der = b.build(cs).getEncoded();
                }
                return new Issued(CertificateParser.parse(der), own, subject);
            } catch (Exception e) {
                throw new IllegalStateException("test certificate " + subject + ": " + e.getMessage(), e);
            }
        }
    }

    // ---- reference data ----

    static StoreRoot included(Issued root) {
        return storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES, TrustBit.EMAIL), Optional.empty(), Optional.empty());
    }

    static StoreRoot removed(Issued root) {
        return storeRoot(root, RootStatus.REMOVED, Set.of(), Optional.empty(), Optional.empty());
    }

    static StoreRoot storeRoot(Issued root, RootStatus status, Set<TrustBit> bits, Optional<LocalDate> distrustAfter,
                               Optional<String> appliedConstraints) {
        return storeRoot(root.cert(), status, bits, distrustAfter, appliedConstraints);
    }

    static StoreRoot storeRoot(Certificate root, RootStatus status, Set<TrustBit> bits, Optional<LocalDate> distrustAfter,
                               Optional<String> appliedConstraints) {
        String name = root.subject().rfc4514().replace("CN=", "");
        return new StoreRoot(root, name, Optional.of("Test Owner"), status, bits, distrustAfter, appliedConstraints,
                status == RootStatus.REMOVED ? Optional.of("Firefox 100") : Optional.empty(), Optional.empty());
    }

    static ReferenceData ref(List<StoreRoot> roots, List<Certificate> ccadb) {
        return new ReferenceData(new RootStore(roots), new CaCertificatePool(ccadb), List.of(), List.of());
    }

    /** Reference data whose OneCRL revokes each of {@code revoked} by issuer name and serial number. */
    static ReferenceData refRevoking(List<StoreRoot> roots, List<Certificate> ccadb, Issued... revoked) {
        StringBuilder json = new StringBuilder("{\"data\":[");
        for (int i = 0; i < revoked.length; i++) {
            Certificate c = revoked[i].cert();
            json.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i).append("\",\"details\":{\"bug\":\"1900000\"},")
                    .append("\"issuerName\":\"").append(java.util.Base64.getEncoder().encodeToString(c.issuer().der().bytes()))
                    .append("\",\"serialNumber\":\"").append(java.util.Base64.getEncoder().encodeToString(
                            java.util.HexFormat.of().parseHex(c.serialHex()))).append("\"}");
        }
        try {
            var crl = io.rootwatch.refdata.OneCrl.parse(json.append("]}").toString(), "test onecrl", w -> { });
            return new ReferenceData(new RootStore(roots), new CaCertificatePool(ccadb), crl, List.of(), List.of());
        } catch (io.rootwatch.refdata.RefDataException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReferenceData ref(StoreRoot... roots) {
        return ref(List.of(roots), List.of());
    }

    static List<Certificate> certs(Issued... issued) {
        return java.util.Arrays.stream(issued).map(Issued::cert).toList();
    }
}
