package io.rootwatch.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
import io.rootwatch.testing.Corpus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Key facts from MANIFEST.md (superfish RSA-1024, md2-chain RSA-1024, secp192r1) and openssl. */
class CertificateLintTest {

    private static List<Finding> lintChain(String file, Optional<String> host) {
        List<Certificate> chain = Corpus.certificates(file);
        return CertificateLint.lint(new LintInput(chain.get(0), chain, host));
    }

    @Test
    void superfishRoot_hasARsa1024WeakKey() {
        Certificate superfish = Corpus.first("chains/badssl_srccrt-ca-superfish.crt");
        List<Finding> findings = CertificateLint.lint(LintInput.leafOnly(superfish));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(FindingId.WEAK_KEY);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.cwe()).contains("CWE-326");
            assertThat(f.certificate()).contains(superfish.sha256());
            assertThat(f.message()).contains(superfish.subject().rfc4514()).contains("1024-bit RSA key");
        });
    }

    @Test
    void secp192r1Key_isWeak() {
        List<Finding> findings = lintChain("lint/ctgo_invalid_xf-pubkey-ecdsa-secp192r1.pem", Optional.empty());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(FindingId.WEAK_KEY);
            assertThat(f.message()).contains("192-bit EC key on P-192");
        });
    }

    @Test
    void md2Chain_flagsBothRsa1024Keys_leafFirst() {
        List<Certificate> chain = Corpus.certificates("lint/ctcpp_test-md2-chain.pem");
        List<Finding> findings = lintChain("lint/ctcpp_test-md2-chain.pem", Optional.empty());
        assertThat(findings).extracting(Finding::id).containsExactly(FindingId.WEAK_KEY, FindingId.WEAK_KEY);
        assertThat(findings).extracting(f -> f.certificate().orElseThrow())
                .containsExactly(chain.get(0).sha256(), chain.get(1).sha256());
    }

    @Test
    void wrongHost_isAHostnameMismatchNamingHostAndSans() {
        List<Finding> findings = lintChain("chains/badssl_wildcard-rsa2048.pem", Optional.of("wrong.host.badssl.com"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(FindingId.HOSTNAME_MISMATCH);
            assertThat(f.cwe()).contains("CWE-297");
            assertThat(f.certificate()).contains("9094c2bdfa697b4503daad1167eb20a5a471ea98d01f76547263fc9eaec7c8f2");
            assertThat(f.message()).contains("'wrong.host.badssl.com'").contains("*.badssl.com, badssl.com");
        });
    }

    @Test
    void coveredHost_givesNoFindingOnACleanChain() {
        assertThat(lintChain("chains/badssl_wildcard-rsa2048.pem", Optional.of("foo.badssl.com"))).isEmpty();
    }

    @Test
    void noHostname_skipsTheHostnameCheck() {
        assertThat(lintChain("chains/badssl_wildcard-rsa2048.pem", Optional.empty())).isEmpty();
    }

    @Test
    void mismatchOnA10000SanLeaf_listsOnlyTheFirstFewSans() {
        List<Finding> findings = lintChain("chains/badssl_subdomain-10000-sans.pem", Optional.of("example.com"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).endsWith("and 9995 more."));
    }

    @Test
    void cnOnlyLeaf_mismatchSaysBrowsersIgnoreTheCommonName() {
        List<Finding> findings = lintChain("lint/ctgo_selfsigned_esignit.org.pem", Optional.of("esignit.org"));
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.message()).contains("browsers ignore the subject common name"));
    }

    @Test
    void leafRepeatedInPath_isLintedOnce() {
        Certificate superfish = Corpus.first("chains/badssl_srccrt-ca-superfish.crt");
        assertThat(CertificateLint.lint(new LintInput(superfish, List.of(superfish, superfish), Optional.empty()))).hasSize(1);
        assertThat(CertificateLint.lint(new LintInput(superfish, List.of(), Optional.empty()))).hasSize(1);
    }

    record Invalid(String file, FindingId expected, String messagePart) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** MANIFEST lint/: a tool should flag all 8 ctgo invalid certificates. */
    static Stream<Invalid> ctgoInvalid() {
        return Stream.of(
                new Invalid("ctgo_invalid_xf-der-invalid-nonminimal-int.pem", FindingId.MALFORMED_CERTIFICATE, "tbsCertificate.serialNumber"),
                new Invalid("ctgo_invalid_xf-der-pubkey-rsa-nonminimal-int.pem", FindingId.MALFORMED_CERTIFICATE, "publicExponent"),
                new Invalid("ctgo_invalid_xf-ext-extended-key-usage-empty-oid.pem", FindingId.MALFORMED_CERTIFICATE, "extKeyUsage"),
                new Invalid("ctgo_invalid_xf-ext-extended-key-usage-empty.pem", FindingId.MALFORMED_CERTIFICATE, "extKeyUsage extension is present but its value is empty"),
                new Invalid("ctgo_invalid_xf-ext-subject-info-empty.pem", FindingId.MALFORMED_CERTIFICATE, "subjectInfoAccess"),
                new Invalid("ctgo_invalid_xf-pubkey-ecdsa-secp192r1.pem", FindingId.WEAK_KEY, "P-192"),
                new Invalid("ctgo_invalid_xf-pubkey-rsa-param-nonnull.pem", FindingId.MALFORMED_CERTIFICATE, "must be NULL"),
                new Invalid("ctgo_invalid_xf-subject-nonprintable.pem", FindingId.MALFORMED_CERTIFICATE, "PrintableString"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ctgoInvalid")
    void everyCtgoInvalidCertificate_isFlagged(Invalid row) {
        List<Finding> findings = lintChain("lint/" + row.file(), Optional.empty());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(row.expected());
            assertThat(f.message()).contains(row.messagePart());
        });
    }
}
