package io.rootwatch.ct;

import static io.rootwatch.ct.CorpusSctVerificationTest.ECDSA_LOG_ID;
import static io.rootwatch.ct.CorpusSctVerificationTest.RSA_LOG_ID;
import static io.rootwatch.ct.CorpusSctVerificationTest.key;
import static io.rootwatch.ct.CorpusSctVerificationTest.proof;
import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.PrecertificateTbs;
import io.rootwatch.x509.SignatureStatus;
import io.rootwatch.x509.SignatureVerifier;
import java.nio.file.Files;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Corpus MANIFEST, sct/: the precertificate-entry proofs, the precertificates themselves, the real Pilot and
 * dev log keys, and the certificate-transparency-go "hammer" precertificate.
 */
class CorpusPrecertificateTest {
    static final ASN1ObjectIdentifier POISON = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.3");

    /**
     * Timestamps: the ECDSA ones are the MANIFEST's table (the final certificates embed the same SCTs); the RSA
     * proof's was read from the file's bytes 33..40 with Python's struct ('>Q'). Issuer: the MANIFEST's
     * "issuer needed for issuer_key_hash" column (for the preCA case the CA, not the preCA).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ctcpp_test-embedded-pre-cert.proof,                   ctcpp_test-embedded-cert.pem,                   ctcpp_ca-cert.pem,           ctcpp_ct-server-key-public.pem,     3xwuwRUAlFJHqWFoMl3cXHlZ6PfG04j8AC4LvT9012Q=, 1365181456275, 3, 118",
        "ctcpp_test-embedded-pre-cert-rsa.proof,               ctcpp_test-embedded-cert.pem,                   ctcpp_ca-cert.pem,           ctcpp_ct-server-key-public-rsa.pem, oCQsumIkVhezsKvGJ+spTJIM9H+jy/OdvSGDIX0VsgY=, 1365181456275, 1, 303",
        "ctcpp_test-embedded-with-intermediate-pre-cert.proof, ctcpp_test-embedded-with-intermediate-cert.pem, ctcpp_intermediate-cert.pem, ctcpp_ct-server-key-public.pem,     3xwuwRUAlFJHqWFoMl3cXHlZ6PfG04j8AC4LvT9012Q=, 1365181457060, 3, 118",
        "ctcpp_test-embedded-with-preca-pre-cert.proof,        ctcpp_test-embedded-with-preca-cert.pem,        ctcpp_ca-cert.pem,           ctcpp_ct-server-key-public.pem,     3xwuwRUAlFJHqWFoMl3cXHlZ6PfG04j8AC4LvT9012Q=, 1365181456475, 3, 118"
    })
    void precertProof_verifiesAsAPrecertEntryOfTheFinalCertificate(String proofFile, String finalCert, String issuer, String logKey,
            String logId, long timestampMillis, int signatureAlgorithm, long size) throws Exception {
        assertThat(Files.size(Corpus.path("sct/" + proofFile))).isEqualTo(size);
        SignedCertificateTimestamp sct = proof(proofFile);
        assertThat(sct.version()).isZero();
        assertThat(sct.logIdBase64()).isEqualTo(logId);
        assertThat(sct.timestampMillis()).isEqualTo(timestampMillis);
        assertThat(sct.hashAlgorithm()).isEqualTo(4);
        assertThat(sct.signatureAlgorithm()).isEqualTo(signatureAlgorithm);
        assertThat(sct.extensions().length()).isZero();
        var entry = SignedEntry.precert(Corpus.first("sct/" + finalCert), Corpus.first("sct/" + issuer));
        assertThat(SctVerifier.verify(sct, entry, key(logKey))).isEqualTo(SctSignatureStatus.VALID);
        // As an X509 entry (the wrong entry type) the same SCT must not verify.
        assertThat(SctVerifier.verify(sct, new SignedEntry.X509Entry(Corpus.first("sct/" + finalCert).der()), key(logKey)))
                .isEqualTo(SctSignatureStatus.INVALID);
    }

    @Test
    void precaProof_withThePreCaAsIssuer_doesNotVerify() throws Exception {
        // MANIFEST: the issuer_key_hash is the final issuer's (ca-cert), not the precertificate signing CA's.
        var entry = SignedEntry.precert(Corpus.first("sct/ctcpp_test-embedded-with-preca-cert.pem"), Corpus.first("sct/ctcpp_ca-pre-cert.pem"));
        assertThat(SctVerifier.verify(proof("ctcpp_test-embedded-with-preca-pre-cert.proof"), entry, key("ctcpp_ct-server-key-public.pem")))
                .isEqualTo(SctSignatureStatus.INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ctcpp_google-ct-pilot-server-key-public.pem, pLkJkLQYWBSHuxOizGdwCjw1mAT5G9+443fNDsgN3BA=",
        "ctcpp_google-ct-dev-server-key-public.pem,   qD5zA4ui8quWzjrk9Z6R/RV9jwAq4mYIiO7fM6I31z8=",
        "ctcpp_ct-server-key-public.pem,              3xwuwRUAlFJHqWFoMl3cXHlZ6PfG04j8AC4LvT9012Q=",
        "ctcpp_ct-server-key-public-rsa.pem,          oCQsumIkVhezsKvGJ+spTJIM9H+jy/OdvSGDIX0VsgY="
    })
    void logKey_hashesToItsLogId(String keyFile, String logId) throws Exception {
        // Pilot's id is the MANIFEST's "pLkJkLQY…N3BA=" in full, as `openssl pkey -pubin -outform DER | openssl dgst -sha256` gives it.
        assertThat(Base64.getEncoder().encodeToString(key(keyFile).sha256())).isEqualTo(logId);
    }

    @Test
    void pilotKey_isTheRealGooglePilotLogOfTheLogList() throws Exception {
        var list = CtEvaluatorCorpusTest.google("76.5");
        var pilot = list.byId("pLkJkLQYWBSHuxOizGdwCjw1mAT5G9+443fNDsgN3BA=").orElseThrow();
        assertThat(pilot.description()).isEqualTo("Google 'Pilot' log");
        assertThat(pilot.key()).isEqualTo(key("ctcpp_google-ct-pilot-server-key-public.pem"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctcpp_test-embedded-pre-cert.pem", "ctcpp_test-embedded-with-intermediate-pre-cert.pem",
        "ctcpp_test-embedded-with-preca-pre-cert.pem"})
    void precertificate_carriesTheCriticalPoison_andNoScts(String file) throws Exception {
        Certificate c = Corpus.first("sct/" + file);
        assertThat(c.precertificatePoison()).isTrue();
        assertThat(c.embeddedSctList()).isEmpty();
        assertThat(poisonCritical(c)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctcpp_test-embedded-cert.pem", "ctcpp_test-embedded-with-intermediate-cert.pem",
        "ctcpp_test-embedded-with-preca-cert.pem", "ctcpp_ca-pre-cert.pem", "ctcpp_intermediate-pre-cert.pem"})
    void finalCertificatesAndPrecertSigningCas_carryNoPoison(String file) {
        assertThat(Corpus.first("sct/" + file).precertificatePoison()).isFalse();
    }

    /**
     * The final certificate's TBS without the SCT extension equals the precertificate's TBS without the poison,
     * for the pairs whose precertificate the final CA signed itself. (The preCA pair differs by design: the log
     * rewrites the issuer and authority key id, RFC 6962 §3.1.) The poison is removed here with BouncyCastle,
     * independently of {@link PrecertificateTbs}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ctcpp_test-embedded-cert.pem,                   ctcpp_test-embedded-pre-cert.pem",
        "ctcpp_test-embedded-with-intermediate-cert.pem, ctcpp_test-embedded-with-intermediate-pre-cert.pem"
    })
    void rebuiltTbs_equalsThePrecertificatesTbsWithoutPoison_byteForByte(String finalCert, String precert) throws Exception {
        Der rebuilt = PrecertificateTbs.withoutSctList(Corpus.first("sct/" + finalCert));
        assertThat(rebuilt.bytes()).isEqualTo(withoutPoison(Corpus.first("sct/" + precert)));
    }

    @Test
    void hammerPrecert_isAPrecertificateOfMergeDelayIntermediate1_signedByTheHammerIntermediate() throws Exception {
        // MANIFEST: precert from the "Merge Delay Intermediate 1" test CA (Google UK, 2018, SAN flowers-to-the-world.com);
        // the intermediate is its issuer, RSA-4096 with a SHA-1 signature. `openssl verify -ignore_critical
        // -no_check_time -partial_chain` accepts the precert under the intermediate.
        Certificate precert = CertificateParser.parse(Files.readAllBytes(Corpus.path("sct/ctgo_hammer_precert.der")));
        Certificate intermediate = CertificateParser.parse(Files.readAllBytes(Corpus.path("sct/ctgo_hammer_intermediate.der")));
        assertThat(precert.precertificatePoison()).isTrue();
        assertThat(poisonCritical(precert)).isTrue();
        assertThat(precert.embeddedSctList()).isEmpty();
        assertThat(precert.dnsNames()).containsExactly("flowers-to-the-world.com");
        assertThat(precert.notBefore().toString()).startsWith("2018-");
        assertThat(precert.issuer().matches(intermediate.subject())).isTrue();
        assertThat(intermediate.subject().rfc4514()).contains("CN=Merge Delay Intermediate 1").contains("O=Google UK Ltd.");
        assertThat(intermediate.publicKey().algorithm()).isEqualTo("RSA");
        assertThat(intermediate.publicKey().bits()).isEqualTo(4096);
        assertThat(intermediate.signatureAlgorithm().oid()).isEqualTo("1.2.840.113549.1.1.5"); // sha1WithRSAEncryption
        assertThat(SignatureVerifier.verify(precert, intermediate.publicKey())).isEqualTo(SignatureStatus.VALID);
        // A precertificate has no SCT extension, so the TBS a log signs is its own (the poison aside).
        assertThat(PrecertificateTbs.withoutSctList(precert)).isEqualTo(precert.tbs());
    }

    static boolean poisonCritical(Certificate c) {
        var holder = org.bouncycastle.asn1.x509.Certificate.getInstance(c.der().bytes());
        Extension e = holder.getTBSCertificate().getExtensions().getExtension(POISON);
        return e != null && e.isCritical();
    }

    /** The precertificate's TBS re-encoded without the poison extension (all else kept as BouncyCastle parsed it). */
    static byte[] withoutPoison(Certificate precert) throws Exception {
        ASN1Sequence tbs = ASN1Sequence.getInstance(precert.tbs().bytes());
        ASN1EncodableVector fields = new ASN1EncodableVector();
        for (var field : tbs) {
            if (field instanceof ASN1TaggedObject t && t.getTagNo() == 3) {
                ASN1EncodableVector kept = new ASN1EncodableVector();
                for (var ext : ASN1Sequence.getInstance(t.getExplicitBaseObject())) {
                    if (!Extension.getInstance(ext).getExtnId().equals(POISON)) {
                        kept.add(ext);
                    }
                }
                fields.add(new DERTaggedObject(true, 3, new DERSequence(kept)));
            } else {
                fields.add(field);
            }
        }
        return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
    }

    @Test
    void withoutPoison_changesOnlyThePoison() throws Exception {
        Certificate precert = Corpus.first("sct/ctcpp_test-embedded-pre-cert.pem");
        // The poison extension is SEQUENCE{OID(1.3.6.1.4.1.11129.2.4.3) BOOLEAN TRUE OCTET STRING{NULL}}: 2 + 12 + 3 + 4 = 21 bytes.
        assertThat(precert.tbs().length() - withoutPoison(precert).length).isEqualTo(21);
    }
}
