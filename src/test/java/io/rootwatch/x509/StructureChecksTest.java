package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.ParseProblem;
import io.rootwatch.testing.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ctgo x509/testdata/invalid files that the lenient parser accepts without a problem (MANIFEST lint/). */
class StructureChecksTest {

    @Test
    void rsaPublicExponentNotMinimal_isFound() {
        assertThat(check("lint/ctgo_invalid_xf-der-pubkey-rsa-nonminimal-int.pem")).containsExactly(new ParseProblem(
                "tbsCertificate.subjectPublicKeyInfo.subjectPublicKey.publicExponent", "X.690 §8.3.2",
                "RSA publicExponent INTEGER is not minimally encoded"));
    }

    @Test
    void rsaAlgorithmParametersNotNull_isFound() {
        assertThat(check("lint/ctgo_invalid_xf-pubkey-rsa-param-nonnull.pem")).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("tbsCertificate.subjectPublicKeyInfo.algorithm.parameters");
                    assertThat(p.specRef()).isEqualTo("RFC 3279 §2.3.1");
                });
    }

    @Test
    void emptySubjectInfoAccess_isFound() {
        assertThat(check("lint/ctgo_invalid_xf-ext-subject-info-empty.pem")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("tbsCertificate.extensions.subjectInfoAccess"));
    }

    /** The surname value is "EX.680 37.4 Table 8; The @ character is not valid in a PrintableString": ';' comes first. */
    @Test
    void nonPrintableCharacterInPrintableString_isFound() {
        assertThat(check("lint/ctgo_invalid_xf-subject-nonprintable.pem")).containsExactly(new ParseProblem(
                "tbsCertificate.subject", "X.680 §41.4",
                "PrintableString value of attribute 2.5.4.4 contains the character ';', which PrintableString does not allow"));
    }

    @Test
    void cleanRealCertificates_haveNoStructuralProblems() {
        for (String file : List.of("chains/badssl_wildcard-rsa2048.pem", "chains/badssl_subdomain-no-subject.pem",
                "chains/ctcpp_test-no-bc-cert-chain.pem", "roots/atc0005_IncludedCACertificates.pem")) {
            for (Certificate c : Corpus.certificates(file)) {
                assertThat(StructureChecks.check(c)).as(file + " " + c.subject().rfc4514()).isEmpty();
            }
        }
    }

    private static List<ParseProblem> check(String file) {
        Certificate c = Corpus.first(file);
        assertThat(c.problems()).as("the parser itself reports nothing for " + file).isEmpty();
        return StructureChecks.check(c);
    }
}
