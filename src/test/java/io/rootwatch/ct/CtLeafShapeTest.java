package io.rootwatch.ct;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.CertificateParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.DEROctetString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Leaves that are not what CT judging assumes: a precertificate, an SCT extension that does not decode. */
class CtLeafShapeTest {
    static CtAssessment eval(Certificate leaf, Optional<Certificate> issuer) throws Exception {
        return CtEvaluator.evaluate(new CtInput(leaf, issuer, List.of(), Optional.empty(), Set.of()),
                CtEvaluatorCorpusTest.only(CtEvaluatorCorpusTest.testLogList()), CtEvaluatorCorpusTest.AT_2014);
    }

    static List<Finding> sctProblems(CtAssessment a) {
        return a.findings().stream().filter(f -> f.id() == FindingId.SCT_PROBLEM).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sct/ctcpp_test-embedded-pre-cert.pem", "sct/ctcpp_test-embedded-with-preca-pre-cert.pem"})
    void precertificate_isSaidToBeOne_asAnInfoFinding(String file) throws Exception {
        // MANIFEST: *-pre-cert.pem carry the critical poison extension 1.3.6.1.4.1.11129.2.4.3.
        CtAssessment a = eval(Corpus.first(file), Optional.of(Corpus.first("sct/ctcpp_ca-cert.pem")));
        assertThat(sctProblems(a)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("The leaf is a precertificate (it carries the critical CT poison extension"
                    + " 1.3.6.1.4.1.11129.2.4.3, RFC 6962 §3.1)");
        });
        assertThat(a.scts()).isEmpty();
    }

    @Test
    void hammerPrecert_isSaidToBeOne() throws Exception {
        Certificate precert = CertificateParser.parse(Files.readAllBytes(Corpus.path("sct/ctgo_hammer_precert.der")));
        assertThat(sctProblems(eval(precert, Optional.empty()))).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("The leaf is a precertificate"));
    }

    @Test
    void finalCertificate_isNotCalledAPrecertificate() throws Exception {
        CtAssessment a = eval(Corpus.first("sct/ctcpp_test-embedded-cert.pem"), Optional.of(Corpus.first("sct/ctcpp_ca-cert.pem")));
        assertThat(sctProblems(a)).isEmpty();
    }

    @Test
    void sctExtensionNotDoubleWrapped_isAnSctProblem_notSilentlyNoScts() throws Exception {
        // RFC 6962 §3.3: extnValue is an OCTET STRING whose content is the TLS list. Here the TLS list is the extnValue itself.
        CtTestKit.Ca ca = CtTestKit.ca("Wrap CA", Optional.empty(), false);
        CtTestKit.TestLog log = CtTestKit.log("L", "O", "usable", "2024-01-01T00:00:00Z");
        byte[] list = CtTestKit.sctList(List.of(CtTestKit.sign(CtTestKit.SctSpec.of(log, "2025-05-01T01:00:00Z"),
                new SignedEntry.X509Entry(io.rootwatch.model.Der.of(new byte[] {1}))))).bytes();
        Certificate single = CtTestKit.leafWithSctExtensionValue(ca, list);
        assertThat(single.embeddedSctList()).isEmpty();
        CtAssessment a = eval(single, Optional.of(ca.cert()));
        assertThat(a.scts()).isEmpty();
        assertThat(sctProblems(a)).singleElement().extracting(Finding::message).satisfies(m -> assertThat(m)
                .startsWith("The leaf's embedded SCT list cannot be read, so none of its SCTs count: signedCertificateTimestampList extension does not parse")
                .endsWith("(RFC 6962 §3.3)."));

        // A DER value that is not an OCTET STRING (here: OCTET STRING inside OCTET STRING inside a SEQUENCE) is the same problem.
        byte[] sequence = new org.bouncycastle.asn1.DERSequence(new DEROctetString(list)).getEncoded();
        CtAssessment b = eval(CtTestKit.leafWithSctExtensionValue(ca, sequence), Optional.of(ca.cert()));
        assertThat(sctProblems(b)).singleElement().extracting(Finding::message)
                .satisfies(m -> assertThat(m).startsWith("The leaf's embedded SCT list cannot be read"));
    }

    @Test
    void deliveryProblemsFromTheHandshake_becomeSctProblems() throws Exception {
        Certificate leaf = Corpus.first("sct/ctcpp_test-cert.pem");
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, Optional.empty(), List.of(), Optional.empty(), Set.of(),
                List.of("The signed_certificate_timestamp extension in ServerHello / EncryptedExtensions is empty.")),
                CtEvaluatorCorpusTest.only(CtEvaluatorCorpusTest.testLogList()), CtEvaluatorCorpusTest.AT_2014);
        assertThat(sctProblems(a)).extracting(Finding::message)
                .containsExactly("The signed_certificate_timestamp extension in ServerHello / EncryptedExtensions is empty.");
    }
}
