package io.rootwatch.ct;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.Pem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The google/certificate-transparency C++ test vectors (corpus MANIFEST, sct/). */
class CorpusSctVerificationTest {
    static Der key(String file) throws IOException {
        return Der.of(Pem.blocks(Files.readString(Corpus.path("sct/" + file))).get(0).bytes());
    }

    static SignedCertificateTimestamp proof(String file) throws IOException {
        DecodedScts d = SctListDecoder.decodeSingle(Files.readAllBytes(Corpus.path("sct/" + file)));
        assertThat(d.problems()).isEmpty();
        return d.scts().get(0);
    }

    static final String ECDSA_LOG_ID = "3xwuwRUAlFJHqWFoMl3cXHlZ6PfG04j8AC4LvT9012Q=";
    static final String RSA_LOG_ID = "oCQsumIkVhezsKvGJ+spTJIM9H+jy/OdvSGDIX0VsgY=";

    @Test
    void testLogKeys_hashToTheirManifestLogIds() throws IOException {
        assertThat(Base64.getEncoder().encodeToString(key("ctcpp_ct-server-key-public.pem").sha256())).isEqualTo(ECDSA_LOG_ID);
        assertThat(Base64.getEncoder().encodeToString(key("ctcpp_ct-server-key-public-rsa.pem").sha256())).isEqualTo(RSA_LOG_ID);
    }

    @Test
    void x509Proof_ecdsa_verifiesAgainstTestCert() throws IOException {
        SignedCertificateTimestamp sct = proof("ctcpp_test-cert.proof");
        Certificate leaf = Corpus.first("sct/ctcpp_test-cert.pem");
        assertThat(sct.logIdBase64()).isEqualTo(ECDSA_LOG_ID);
        assertThat(sct.hashAlgorithm()).isEqualTo(4);
        assertThat(sct.signatureAlgorithm()).isEqualTo(3);
        assertThat(SctVerifier.verify(sct, new SignedEntry.X509Entry(leaf.der()), key("ctcpp_ct-server-key-public.pem")))
                .isEqualTo(SctSignatureStatus.VALID);
    }

    @Test
    void x509Proof_rsa_verifiesWithTheRsaKey_notTheEcdsaKey() throws IOException {
        SignedCertificateTimestamp sct = proof("ctcpp_test-cert-rsa.proof");
        Certificate leaf = Corpus.first("sct/ctcpp_test-cert.pem");
        assertThat(sct.logIdBase64()).isEqualTo(RSA_LOG_ID);
        assertThat(sct.signatureAlgorithm()).isEqualTo(1);
        var entry = new SignedEntry.X509Entry(leaf.der());
        assertThat(SctVerifier.verify(sct, entry, key("ctcpp_ct-server-key-public-rsa.pem"))).isEqualTo(SctSignatureStatus.VALID);
        assertThat(SctVerifier.verify(sct, entry, key("ctcpp_ct-server-key-public.pem"))).isEqualTo(SctSignatureStatus.INVALID);
    }

    @Test
    void x509Proof_timestampChangedTo1234567_isInvalid() throws IOException {
        SignedCertificateTimestamp sct = proof("ctcpp_test-cert.proof");
        var tampered = new SignedCertificateTimestamp(sct.version(), sct.logId(), 1234567L, sct.extensions(),
                sct.hashAlgorithm(), sct.signatureAlgorithm(), sct.signature());
        Certificate leaf = Corpus.first("sct/ctcpp_test-cert.pem");
        assertThat(SctVerifier.verify(tampered, new SignedEntry.X509Entry(leaf.der()), key("ctcpp_ct-server-key-public.pem")))
                .isEqualTo(SctSignatureStatus.INVALID);
    }

    @Test
    void intermediateLeafProof_isValid() throws IOException {
        SignedCertificateTimestamp sct = proof("ctcpp_test-intermediate-cert.proof");
        Certificate leaf = Corpus.first("sct/ctcpp_test-intermediate-cert.pem");
        assertThat(SctVerifier.verify(sct, new SignedEntry.X509Entry(leaf.der()), key("ctcpp_ct-server-key-public.pem")))
                .isEqualTo(SctSignatureStatus.VALID);
    }

    /** test-cert.proof with one byte of its digitally-signed header changed (offset 43: hash, 44: signature; no extensions). */
    static byte[] proofWithAlgorithmByte(int offset, int value) throws IOException {
        byte[] b = Files.readAllBytes(Corpus.path("sct/ctcpp_test-cert.proof"));
        assertThat(b[41] == 0 && b[42] == 0).as("no SCT extensions, so the hash byte is at 43").isTrue();
        b[offset] = (byte) value;
        return b;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "byte {0} = {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "43, 2", // hash sha1(2), RFC 5246 §7.4.1.4.1; RFC 6962 allows only sha256(4)
        "43, 5", // hash sha384(5)
        "44, 2", // signature dsa(2)
        "44, 7", // signature ed25519(7), RFC 8422 §5.1.3
    })
    void algorithmOtherThanSha256WithEcdsaOrRsa_isUnsupported(int offset, int value) throws IOException {
        DecodedScts d = SctListDecoder.decodeSingle(proofWithAlgorithmByte(offset, value));
        assertThat(d.problems()).isEmpty();
        Certificate leaf = Corpus.first("sct/ctcpp_test-cert.pem");
        assertThat(SctVerifier.verify(d.scts().get(0), new SignedEntry.X509Entry(leaf.der()), key("ctcpp_ct-server-key-public.pem")))
                .isEqualTo(SctSignatureStatus.UNSUPPORTED);
    }

    @Test
    void proofFiles_haveManifestSizes() throws IOException {
        assertThat(Files.size(Corpus.path("sct/ctcpp_test-cert.proof"))).isEqualTo(118);
        assertThat(Files.size(Corpus.path("sct/ctcpp_test-cert-rsa.proof"))).isEqualTo(303);
    }
}
