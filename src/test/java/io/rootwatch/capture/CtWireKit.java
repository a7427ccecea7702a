package io.rootwatch.capture;

import io.rootwatch.testing.ChainTlsServer;
import io.rootwatch.model.Der;
import io.rootwatch.testing.TestPki;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Throw-away CT logs and the bytes a CT-aware server staples: RFC 6962 SCTs over an X.509 entry, the
 * SignedCertificateTimestampList, an OCSP response carrying it, and a Google v3 log list naming the logs.
 * Written from RFC 6962 directly (not with the ct package's encoder), so the tests cross-check it.
 */
final class CtWireKit {
    /** RFC 6962 §3.3: the OCSP single-response extension holding an SCT list. */
    static final ASN1ObjectIdentifier OCSP_SCT_LIST = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.5");

    private CtWireKit() {
    }

    /** A test log with a fresh P-256 key. */
    record TestLog(String name, String operator, KeyPair keys) {
        static TestLog create(String name, String operator) {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"));
                return new TestLog(name, operator, g.generateKeyPair());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] spki() {
            return keys.getPublic().getEncoded();
        }

        /** RFC 6962 §3.2: the log id is the SHA-256 of the log's DER SubjectPublicKeyInfo. */
        String logId() {
            return Base64.getEncoder().encodeToString(Der.of(spki()).sha256());
        }
    }

    /**
     * A v1 SCT from {@code log} over the X.509 entry {@code leafDer} at {@code timestamp}. With
     * {@code tampered} the log signs a timestamp one millisecond later than the one the SCT states: a
     * well-formed SCT whose signature does not verify.
     */
    static byte[] sct(TestLog log, byte[] leafDer, Instant timestamp, boolean tampered) {
        long ts = timestamp.toEpochMilli();
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.write(0);                           // sct_version v1
        signed.write(0);                           // signature_type certificate_timestamp
        uint(signed, tampered ? ts + 1 : ts, 8);
        uint(signed, 0, 2);                        // entry_type x509_entry
        uint(signed, leafDer.length, 3);
        signed.writeBytes(leafDer);
        uint(signed, 0, 2);                        // no CtExtensions
        byte[] signature;
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(log.keys().getPrivate());
            s.update(signed.toByteArray());
            signature = s.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(Der.of(log.spki()).sha256());
        uint(out, ts, 8);
        uint(out, 0, 2);
        out.write(4);                              // hash sha256
        out.write(3);                              // signature ecdsa
        uint(out, signature.length, 2);
        out.writeBytes(signature);
        return out.toByteArray();
    }

    /** SignedCertificateTimestampList: a 2-byte total length, then each SCT with its 2-byte length. */
    static byte[] list(List<byte[]> scts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] s : scts) {
            uint(body, s.length, 2);
            body.writeBytes(s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uint(out, body.size(), 2);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /**
     * A successful OCSP response by the intermediate for the leaf (status good) whose single response
     * carries {@code sctList} in extension 1.3.6.1.4.1.11129.2.4.5 (an OCTET STRING holding the list).
     */
    static byte[] ocsp(TestPki.Chain pki, byte[] sctList, Instant thisUpdate) throws Exception {
        var digests = new JcaDigestCalculatorProviderBuilder().build();
        X509CertificateHolder issuer = new X509CertificateHolder(pki.intermediate().der());
        BigInteger serial = new X509CertificateHolder(pki.leaf().der()).getSerialNumber();
        CertificateID id = new CertificateID(digests.get(CertificateID.HASH_SHA1), issuer, serial);
        Extension ext = new Extension(OCSP_SCT_LIST, false, new DEROctetString(new DEROctetString(sctList).getEncoded()));
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(issuer.getSubject()));
        Date from = Date.from(thisUpdate);
        b.addResponse(id, CertificateStatus.GOOD, from, Date.from(thisUpdate.plusSeconds(7 * 86400)), new Extensions(ext));
        BasicOCSPResp basic = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pki.intermediate().keys().getPrivate()),
                new X509CertificateHolder[] {issuer}, from);
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    /** A Google v3 log list (version, log_list_timestamp, operators[].logs[]) with each log usable since {@code usableSince}. */
    static String googleList(String version, Instant timestamp, Instant usableSince, TestLog... logs) {
        StringBuilder ops = new StringBuilder();
        for (TestLog l : logs) {
            if (!ops.isEmpty()) {
                ops.append(",\n");
            }
            ops.append("""
                    {"name":"%s","email":["ct@%s.test"],"logs":[{"description":"%s","log_id":"%s","key":"%s",\
                    "url":"https://%s.test/","mmd":86400,"state":{"usable":{"timestamp":"%s"}}}],"tiled_logs":[]}"""
                    .formatted(l.operator(), slug(l.operator()), l.name(), l.logId(),
                            Base64.getEncoder().encodeToString(l.spki()), slug(l.name()), usableSince));
        }
        return "{\"version\":\"" + version + "\",\"log_list_timestamp\":\"" + timestamp + "\",\"operators\":[\n" + ops + "]}\n";
    }

    static Path writeGoogleList(Path dir, String version, Instant timestamp, Instant usableSince, TestLog... logs)
            throws Exception {
        return Files.writeString(dir.resolve("test_log_list.json"), googleList(version, timestamp, usableSince, logs),
                StandardCharsets.UTF_8);
    }

    /** A CCADB "Included CA Certificate" report with one row: {@code root}, owned by "Rootwatch Test Owner". */
    static Path includedReport(Path dir, byte[] root) throws Exception {
        String pem = TestPki.pem("CERTIFICATE", root).trim();
        String sha = Der.of(root).sha256Hex().toUpperCase(Locale.ROOT);
        String csv = "\"Owner\",\"Common Name or Certificate Name\",\"SHA-256 Fingerprint\",\"Trust Bits\","
                + "\"Distrust for TLS After Date\",\"Mozilla Applied Constraints\",\"PEM Info\"\r\n"
                + "\"Rootwatch Test Owner\",\"rootwatch Test Root\",\"" + sha + "\",\"Websites;Email\",\"\",\"\",\"'" + pem + "'\"\r\n";
        return Files.writeString(dir.resolve("included.csv"), csv);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static void uint(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
