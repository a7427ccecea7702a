package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.LogListParser;
import io.rootwatch.x509.CertificateParser;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Throw-away CT test PKI: CAs, P-256 test logs, leaves with embedded SCTs signed at test time. */
final class CtTestKit {
    static final ASN1ObjectIdentifier SCT_LIST = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2");
    static final KeyPurposeId PRECERT_SIGNING = KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.4"));

    private CtTestKit() {
    }

    static KeyPair p256() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test log; {@code stateJson} is the list's state object, e.g. {"usable":{"timestamp":"…"}}, or null for none. */
    record TestLog(String name, String operator, KeyPair keys, String stateJson, boolean tiled, String intervalJson) {
        TestLog(String name, String operator, KeyPair keys, String stateJson, boolean tiled) {
            this(name, operator, keys, stateJson, tiled, null);
        }

        /** The same log as a shard for certificates expiring in [start, end). */
        TestLog withShard(String start, String end) {
            return new TestLog(name, operator, keys, stateJson, tiled,
                    "{\"start_inclusive\":\"" + start + "\",\"end_exclusive\":\"" + end + "\"}");
        }

        String logId() {
            return Base64.getEncoder().encodeToString(Der.of(keys.getPublic().getEncoded()).sha256());
        }

        TestLog withState(String json) {
            return new TestLog(name, operator, keys, json, tiled, intervalJson);
        }
    }

    static TestLog log(String name, String operator, String state, String since) {
        return new TestLog(name, operator, p256(), "{\"" + state + "\":{\"timestamp\":\"" + since + "\"}}", false);
    }

    static LogList list(String timestamp, TestLog... logs) {
        return listOf(io.rootwatch.refdata.ctlogs.Program.CHROME, timestamp, logs);
    }

    /** The same JSON read as {@code program}'s list format. */
    static LogList listOf(io.rootwatch.refdata.ctlogs.Program program, String timestamp, TestLog... logs) {
        Map<String, List<TestLog>> byOp = new LinkedHashMap<>();
        for (TestLog l : logs) {
            byOp.computeIfAbsent(l.operator(), k -> new ArrayList<>()).add(l);
        }
        StringBuilder ops = new StringBuilder();
        for (var e : byOp.entrySet()) {
            List<String> rfc = new ArrayList<>();
            List<String> tiled = new ArrayList<>();
            for (TestLog l : e.getValue()) {
                String j = "{\"description\":\"" + l.name() + "\",\"log_id\":\"" + l.logId() + "\",\"key\":\""
                        + Base64.getEncoder().encodeToString(l.keys().getPublic().getEncoded()) + "\",\"mmd\":86400,"
                        + (l.tiled() ? "\"submission_url\":\"https://t/\"" : "\"url\":\"https://l/\"")
                        + (l.stateJson() == null ? "" : ",\"state\":" + l.stateJson())
                        + (l.intervalJson() == null ? "" : ",\"temporal_interval\":" + l.intervalJson()) + "}";
                (l.tiled() ? tiled : rfc).add(j);
            }
            if (!ops.isEmpty()) {
                ops.append(',');
            }
            ops.append("{\"name\":\"").append(e.getKey()).append("\",\"email\":[],\"logs\":[").append(String.join(",", rfc))
                    .append("],\"tiled_logs\":[").append(String.join(",", tiled)).append("]}");
        }
        String json = "{\"version\":\"t1\",\"log_list_timestamp\":\"" + timestamp + "\",\"operators\":[" + ops + "]}";
        try {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            return switch (program) {
                case CHROME -> LogListParser.google(bytes, "generated list");
                case MOZILLA -> LogListParser.mozilla(bytes, "generated list");
                case APPLE -> LogListParser.apple(bytes, "generated list");
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Ca(KeyPair keys, X500Name name, Certificate cert) {
    }

    static Ca ca(String cn, Optional<Ca> parent, boolean precertSigning) {
        try {
            KeyPair kp = p256();
            X500Name name = new X500Name("CN=" + cn + ",O=rootwatch test");
            X500Name issuer = parent.map(Ca::name).orElse(name);
            var b = new X509v3CertificateBuilder(issuer, BigInteger.valueOf(cn.hashCode() & 0x7fffffff),
                    Date.from(Instant.parse("2020-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")), name,
                    SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded()));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            if (precertSigning) {
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(PRECERT_SIGNING));
            }
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(parent.map(p -> p.keys().getPrivate()).orElse(kp.getPrivate()));
            return new Ca(kp, name, CertificateParser.parse(b.build(signer).getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    enum Tamper { NONE, BAD_SIGNATURE }

    /** One SCT to embed/deliver: by {@code log} at {@code timestamp}. {@code issuerKeyOverride}: sign a different issuer_key_hash. */
    record SctSpec(TestLog log, Instant timestamp, Tamper tamper, Optional<Ca> issuerKeyOverride) {
        static SctSpec of(TestLog log, String ts) {
            return new SctSpec(log, Instant.parse(ts), Tamper.NONE, Optional.empty());
        }

        SctSpec tampered() {
            return new SctSpec(log, timestamp, Tamper.BAD_SIGNATURE, issuerKeyOverride);
        }

        SctSpec hashingKeyOf(Ca other) {
            return new SctSpec(log, timestamp, tamper, Optional.of(other));
        }
    }

    /** A leaf from {@code issuer} (serial 4242) with the given validity and these SCTs embedded (none: no SCT extension). */
    static Certificate leaf(Ca issuer, String notBefore, String notAfter, SctSpec... embedded) {
        try {
            KeyPair kp = p256();
            var b = new X509v3CertificateBuilder(issuer.name(), BigInteger.valueOf(4242),
                    Date.from(Instant.parse(notBefore)), Date.from(Instant.parse(notAfter)), new X500Name("CN=leaf.test"),
                    SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded()));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.keys().getPrivate());
            X509CertificateHolder precert = b.build(signer);
            if (embedded.length == 0) {
                return CertificateParser.parse(precert.getEncoded());
            }
            Der tbs = Der.of(precert.toASN1Structure().getTBSCertificate().getEncoded("DER"));
            List<byte[]> scts = new ArrayList<>();
            for (SctSpec s : embedded) {
                Ca keyOwner = s.issuerKeyOverride().orElse(issuer);
                Der keyHash = Der.of(sha256(keyOwner.keys().getPublic().getEncoded()));
                scts.add(sign(s, new SignedEntry.PrecertEntry(keyHash, tbs)));
            }
            b.addExtension(SCT_LIST, false, new DEROctetString(sctList(scts).bytes()));
            return CertificateParser.parse(b.build(signer).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A leaf whose SCT extension's extnValue is exactly {@code extnValue} (for malformed encodings). */
    static Certificate leafWithSctExtensionValue(Ca issuer, byte[] extnValue) {
        try {
            KeyPair kp = p256();
            var b = new X509v3CertificateBuilder(issuer.name(), BigInteger.valueOf(4243),
                    Date.from(Instant.parse("2025-05-01T00:00:00Z")), Date.from(Instant.parse("2025-07-30T00:00:00Z")),
                    new X500Name("CN=leaf.test"), SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded()));
            b.addExtension(SCT_LIST, false, extnValue);
            return CertificateParser.parse(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.keys().getPrivate())).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS-extension / OCSP SCT list for {@code leaf} (X509 entries). */
    static Der serverList(Certificate leaf, SctSpec... specs) {
        List<byte[]> scts = new ArrayList<>();
        for (SctSpec s : specs) {
            scts.add(sign(s, new SignedEntry.X509Entry(leaf.der())));
        }
        return sctList(scts);
    }

    static byte[] sign(SctSpec s, SignedEntry entry) {
        try {
            var unsigned = new SignedCertificateTimestamp(0, Der.of(Base64.getDecoder().decode(s.log().logId())),
                    s.timestamp().toEpochMilli(), Der.of(new byte[0]), 4, 3, Der.of(new byte[0]));
            byte[] data = SctVerifier.signedData(unsigned, entry);
            if (s.tamper() == Tamper.BAD_SIGNATURE) {
                data[data.length - 3] ^= 1;
            }
            Signature sig = Signature.getInstance("SHA256withECDSA");
            sig.initSign(s.log().keys().getPrivate());
            sig.update(data);
            return encode(unsigned, sig.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encode(SignedCertificateTimestamp sct, byte[] signature) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(sct.version());
        o.writeBytes(sct.logId().bytes());
        for (int i = 7; i >= 0; i--) {
            o.write((int) (sct.timestampMillis() >>> (8 * i)) & 0xff);
        }
        o.write(0);
        o.write(0);
        o.write(sct.hashAlgorithm());
        o.write(sct.signatureAlgorithm());
        o.write(signature.length >> 8);
        o.write(signature.length & 0xff);
        o.writeBytes(signature);
        return o.toByteArray();
    }

    static Der sctList(List<byte[]> scts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] s : scts) {
            body.write(s.length >> 8);
            body.write(s.length & 0xff);
            body.writeBytes(s);
        }
        byte[] b = body.toByteArray();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b.length >> 8);
        o.write(b.length & 0xff);
        o.writeBytes(b);
        return Der.of(o.toByteArray());
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
