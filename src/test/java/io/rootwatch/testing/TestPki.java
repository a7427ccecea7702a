package io.rootwatch.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A small generated PKI at fixed dates and serials, plus PEM helpers for corpus files. {@link #chain} gives a
 * ready root -> intermediate -> leaf; {@link #cert} builds any one certificate (dates, key, signature
 * algorithm, CA flag, SANs, even a wrong signing key) for tests that need a particular defect.
 */
public final class TestPki {
    public static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
    public static final Instant NOT_AFTER = Instant.parse("2035-01-01T00:00:00Z");

    public record Issued(KeyPair keys, byte[] der) {
        /** The certificate's subject, to name it as the issuer of the next one. */
        public X500Name name() {
            try {
                return new X509CertificateHolder(der).getSubject();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public AsymmetricKeyParameter privateKeyParameter() {
            try {
                return PrivateKeyFactory.createKey(keys.getPrivate().getEncoded());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Root -> intermediate -> leaf for {@code leafName}; RSA keys of {@code bits}, signed with {@code sigAlg}. */
    public record Chain(Issued root, Issued intermediate, Issued leaf) {
        public List<byte[]> servedOrder() {
            return List.of(leaf.der(), intermediate.der());
        }
    }

    public static Chain chain(String leafName, int bits, String sigAlg) throws Exception {
        KeyPair rootKeys = rsa(bits);
        KeyPair interKeys = rsa(bits);
        KeyPair leafKeys = rsa(bits);
        X500Name rootName = new X500Name("CN=rootwatch Test Root");
        X500Name interName = new X500Name("CN=rootwatch Test Intermediate");
        byte[] root = cert(rootName, rootName, rootKeys, rootKeys, 1, true, null, sigAlg);
        byte[] inter = cert(interName, rootName, interKeys, rootKeys, 2, true, null, sigAlg);
        byte[] leaf = cert(new X500Name("CN=" + leafName), interName, leafKeys, interKeys, 3, false, leafName, sigAlg);
        return new Chain(new Issued(rootKeys, root), new Issued(interKeys, inter), new Issued(leafKeys, leaf));
    }

    public static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits, new SecureRandom());
        return g.generateKeyPair();
    }

    private static byte[] cert(X500Name subject, X500Name issuer, KeyPair subjectKeys, KeyPair issuerKeys, long serial,
                               boolean ca, String dnsName, String sigAlg) throws Exception {
        Spec spec = new Spec(subject, subjectKeys).serial(serial).signatureAlgorithm(sigAlg);
        spec.issuerName = issuer;
        spec.signingKey = issuerKeys;
        if (ca) {
            spec.ca();
        }
        if (dnsName != null) {
            spec.san(dnsName);
        }
        return spec.build().der();
    }

    /**
     * Starts a certificate for {@code CN=cn} with {@code keys}. Defaults: self-signed, serial 1, valid
     * {@link #NOT_BEFORE} to {@link #NOT_AFTER}, SHA256withRSA, an end-entity certificate (basicConstraints
     * cA false), no subjectAltName.
     */
    public static Spec cert(String cn, KeyPair keys) {
        return new Spec(new X500Name("CN=" + cn), keys);
    }

    /** One certificate being built; each setter returns this. Not thread-safe (build it in one test). */
    public static final class Spec {
        private final X500Name subject;
        private final KeyPair keys;
        private X500Name issuerName;
        private KeyPair signingKey;
        private long serial = 1;
        private Instant notBefore = NOT_BEFORE;
        private Instant notAfter = NOT_AFTER;
        private String signatureAlgorithm = "SHA256withRSA";
        private boolean ca;
        private final List<String> dnsNames = new ArrayList<>();

        private Spec(X500Name subject, KeyPair keys) {
            this.subject = subject;
            this.keys = keys;
            this.issuerName = subject;
            this.signingKey = keys;
        }

        /** Names {@code issuer} as the issuer and signs with its key. */
        public Spec issuedBy(Issued issuer) {
            issuerName = issuer.name();
            signingKey = issuer.keys();
            return this;
        }

        /** Signs with {@code key} whatever the issuer name says (a wrong key gives a bad signature). */
        public Spec signedWith(KeyPair key) {
            signingKey = key;
            return this;
        }

        public Spec serial(long n) {
            serial = n;
            return this;
        }

        public Spec validity(Instant from, Instant to) {
            notBefore = from;
            notAfter = to;
            return this;
        }

        /** A JCA name such as SHA256withRSA or SHA1withRSA. */
        public Spec signatureAlgorithm(String jcaName) {
            signatureAlgorithm = jcaName;
            return this;
        }

        /** A CA certificate: basicConstraints cA true, keyCertSign and cRLSign. */
        public Spec ca() {
            ca = true;
            return this;
        }

        public Spec san(String... dns) {
            dnsNames.addAll(List.of(dns));
            return this;
        }

        public Issued build() {
            try {
                JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(serial),
                        Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                        ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                        : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                if (!dnsNames.isEmpty()) {
                    b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(dnsNames.stream()
                            .map(d -> new GeneralName(GeneralName.dNSName, d)).toArray(GeneralName[]::new)));
                }
                X509CertificateHolder h = b.build(new JcaContentSignerBuilder(signatureAlgorithm).build(signingKey.getPrivate()));
                return new Issued(keys, h.getEncoded());
            } catch (Exception e) {
                throw new IllegalStateException("test certificate " + subject + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every CERTIFICATE block of a PEM file, in file order. */
    public static List<byte[]> readPemCertificates(Path file) throws IOException {
        List<byte[]> ders = new ArrayList<>();
        try (PemReader r = new PemReader(new StringReader(Files.readString(file, StandardCharsets.US_ASCII)))) {
            for (PemObject o = r.readPemObject(); o != null; o = r.readPemObject()) {
                if (o.getType().equals("CERTIFICATE")) {
                    ders.add(o.getContent());
                }
            }
        }
        return ders;
    }

    public static String pem(String type, byte[] der) throws IOException {
        StringWriter w = new StringWriter();
        try (PemWriter pw = new PemWriter(w)) {
            pw.writeObject(new PemObject(type, der));
        }
        return w.toString();
    }
}
