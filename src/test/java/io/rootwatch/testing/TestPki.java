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

/** A small generated PKI at fixed dates and serials, plus PEM helpers for corpus files. */
public final class TestPki {
    public static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
    public static final Instant NOT_AFTER = Instant.parse("2035-01-01T00:00:00Z");

    public record Issued(KeyPair keys, byte[] der) {
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
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial),
                Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject, subjectKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        if (dnsName != null) {
            b.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        }
        X509CertificateHolder h = b.build(new JcaContentSignerBuilder(sigAlg).build(issuerKeys.getPrivate()));
        return h.getEncoded();
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
