package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.GeneralName;
import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Expected values come from `openssl x509 -noout -subject -serial -dates -fingerprint -sha256 -nameopt RFC2253`. */
class CertificateParserTest {

    @Test
    void givenNameAndSurname_printWithOpensslsShortNames_notAsHex() {
        // openssl x509 -noout -subject -nameopt RFC2253 -in lint/ctgo_invalid_xf-pubkey-rsa-param-nonnull.pem
        Certificate c = Corpus.first("lint/ctgo_invalid_xf-pubkey-rsa-param-nonnull.pem");
        assertThat(c.subject().rfc4514()).isEqualTo("GN=RSA public key with non-NULL parameters,SN=RFC3279 s2.3.1,"
                + "CN=*.google.com,O=Google Inc,L=Mountain View,ST=California,C=US");
    }

    @Test
    void badsslRsa2048Leaf_parsesEveryFieldAsOpensslShowsIt() {
        Certificate leaf = Corpus.first("chains/badssl_wildcard-rsa2048.pem");
        assertThat(leaf.subject().rfc4514()).isEqualTo("CN=*.badssl.com,O=Lucas Garron Torres,L=Walnut Creek,ST=California,C=US");
        assertThat(leaf.issuer().rfc4514()).isEqualTo("CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US");
        assertThat(leaf.serialHex()).isEqualTo("0af06cda37a60b641342f0a1eb1d59fd");
        assertThat(leaf.notBefore()).isEqualTo(Instant.parse("2020-03-23T00:00:00Z"));
        assertThat(leaf.notAfter()).isEqualTo(Instant.parse("2022-05-17T12:00:00Z"));
        assertThat(leaf.sha256()).isEqualTo("9094c2bdfa697b4503daad1167eb20a5a471ea98d01f76547263fc9eaec7c8f2");
        assertThat(leaf.subjectAltNames()).containsExactly(
                new GeneralName(GeneralName.Kind.DNS, "*.badssl.com"), new GeneralName(GeneralName.Kind.DNS, "badssl.com"));
        assertThat(leaf.publicKey().algorithm()).isEqualTo("RSA");
        assertThat(leaf.publicKey().bits()).isEqualTo(2048);
        assertThat(leaf.signatureAlgorithm().name()).isEqualTo("SHA256withRSA");
        assertThat(leaf.isCa()).isFalse();
        assertThat(leaf.embeddedSctList()).isPresent();
        assertThat(leaf.problems()).isEmpty();
    }

    @Test
    void ecc256Leaf_reportsP256Key() {
        Certificate leaf = Corpus.first("chains/badssl_wildcard-ecc256.pem");
        assertThat(leaf.publicKey().algorithm()).isEqualTo("EC");
        assertThat(leaf.publicKey().curve()).contains("P-256");
        assertThat(leaf.publicKey().bits()).isEqualTo(256);
    }

    @Test
    void serialZero_isKeptAsDoubleZeroAndFlagged() {
        Certificate ca = Corpus.first("sct/ctcpp_ca-cert.pem");
        assertThat(ca.serialHex()).isEqualTo("00");
        assertThat(ca.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("tbsCertificate.serialNumber"));
    }

    @Test
    void negativeSerialRoot_keepsItsSignBit() {
        Certificate ecAcc = Corpus.certificates("roots/atc0005_RemovedCACertificates.pem").get(17);
        assertThat(ecAcc.sha256()).isEqualTo("88497f01602f3154246ae28c4d5aef10f1d87ebb76626f4ae0b7f95ba7968799");
        assertThat(ecAcc.serialHex()).isEqualTo("ee2b3debd421de14a862ac04f3ddc401");
    }

    @Test
    void twoParsesOfTheSameDer_areEqual_andTbsIsASliceOfTheDer() throws Exception {
        Certificate a = Corpus.first("chains/badssl_wildcard-rsa2048.pem");
        Certificate b = CertificateParser.parse(a.der().bytes());
        assertThat(b).isEqualTo(a);
        byte[] der = a.der().bytes();
        byte[] tbs = a.tbs().bytes();
        assertThat(Arrays.equals(der, 4, 4 + tbs.length, tbs, 0, tbs.length)).isTrue();
    }

    @Test
    void nonMinimalSerial_isAcceptedAndFlagged() {
        Certificate c = Corpus.first("lint/ctgo_invalid_xf-der-invalid-nonminimal-int.pem");
        assertThat(c.problems()).anySatisfy(p -> assertThat(p.detail()).contains("not minimally encoded"));
    }

    @Test
    void corruptedCertificate_isRefusedWithAMessage() throws Exception {
        String pem = Files.readString(Corpus.path("lint/ctcpp_test-corrupted.pem"));
        assertThatThrownBy(() -> {
            for (byte[] der : Pem.certificates(pem)) {
                CertificateParser.parse(der);
            }
        }).satisfiesAnyOf(
                e -> assertThat(e).isInstanceOf(CertificateParseException.class).hasMessageContaining("not a valid X.509 certificate"),
                e -> assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEM block"));
    }

    @Test
    void garbageAndTruncatedBytes_areRefused() throws Exception {
        byte[] der = Corpus.first("chains/badssl_wildcard-rsa2048.pem").der().bytes();
        assertThatThrownBy(() -> CertificateParser.parse(Arrays.copyOf(der, 100)))
                .isInstanceOf(CertificateParseException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> CertificateParser.parse(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(CertificateParseException.class);
        assertThatThrownBy(() -> CertificateParser.parse(new byte[0]))
                .isInstanceOf(CertificateParseException.class).hasMessageContaining("empty");
    }
}
