package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.testing.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    @Test
    void badsslLeaf_verifiesUnderItsIntermediate_notUnderItself() {
        List<Certificate> chain = Corpus.certificates("chains/badssl_wildcard-rsa2048.pem");
        assertThat(SignatureVerifier.verify(chain.get(0), chain.get(1).publicKey())).isEqualTo(SignatureStatus.VALID);
        assertThat(SignatureVerifier.verify(chain.get(0), chain.get(0).publicKey())).isEqualTo(SignatureStatus.INVALID);
    }

    @Test
    void sha1SignedLegacyChain_stillVerifies() {
        List<Certificate> chain = Corpus.certificates("chains/badssl_wildcard-sha1-2016.pem");
        assertThat(chain.get(0).signatureAlgorithm().name()).isEqualTo("SHA1withRSA");
        assertThat(SignatureVerifier.verify(chain.get(0), chain.get(1).publicKey())).isEqualTo(SignatureStatus.VALID);
    }

    @Test
    void isrgRootX1SelfSignature_andR13UnderIt_verify() {
        List<Certificate> certs = Corpus.certificates("chains/LeoBernabeu_isrgrootx1.pem");
        assertThat(SignatureVerifier.verify(certs.get(0), certs.get(0).publicKey())).isEqualTo(SignatureStatus.VALID);
        assertThat(SignatureVerifier.verify(certs.get(1), certs.get(0).publicKey())).isEqualTo(SignatureStatus.VALID);
    }
}
