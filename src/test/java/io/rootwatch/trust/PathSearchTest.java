package io.rootwatch.trust;

import static io.rootwatch.trust.TestPki.T0;
import static io.rootwatch.trust.TestPki.certs;
import static io.rootwatch.trust.TestPki.included;
import static io.rootwatch.trust.TestPki.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.trust.TestPki.Issued;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Path building: unordered pools, CCADB completion, cross-signs, and the search budget. */
class PathSearchTest {
    private final TestPki pki = new TestPki();
    private final Issued root = pki.root("Search Root").build();
    private final Issued inter = pki.ca("Search Intermediate", root).build();
    private final Issued leaf = pki.leaf("search.example.com", inter).build();

    @Test
    void unorderedPool_withDuplicatesAndUnrelatedCertificates_stillFindsTrustedPath() {
        Issued stranger = pki.root("Unrelated Root").build();
        List<Certificate> served = certs(leaf, root, stranger, inter, inter);
        TrustAssessment a = TrustEvaluator.evaluate(served, ref(included(root)), T0, Budget.defaults());
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().sha256s()).containsExactly(leaf.cert().sha256(), inter.cert().sha256(), root.cert().sha256());
        assertThat(j.path().last().source()).isEqualTo(CertificateSource.SERVED);
        assertThat(a.findings()).extracting(f -> f.id()).contains(FindingId.CHAIN_ORDER, FindingId.DUPLICATE_CERT,
                FindingId.UNUSED_CERT, FindingId.ROOT_SENT);
        assertThat(a.budgetExhausted()).isFalse();
    }

    @Test
    void missingIntermediate_completedFromCcadbPool_isTrustedWithCcadbSourceAndIncompleteChainFinding() {
        TrustAssessment a = TrustEvaluator.evaluate(certs(leaf), ref(List.of(included(root)), List.of(inter.cert())),
                T0, Budget.defaults());
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().certificates()).extracting(PathCertificate::source)
                .containsExactly(CertificateSource.SERVED, CertificateSource.CCADB, CertificateSource.STORE);
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.INCOMPLETE_CHAIN).singleElement()
                .satisfies(f -> {
                    assertThat(f.certificate()).contains(inter.cert().sha256());
                    assertThat(f.message()).contains("'CN=Search Intermediate'");
                });
    }

    @Test
    void crossSignedIntermediate_prefersValidPathOverExpiredCrossSign() {
        Issued rootA = pki.root("Cross Root A").build();
        Issued rootB = pki.root("Cross Root B").build();
        Issued byA = pki.ca("Cross Intermediate", rootA).build();
        Issued byB = pki.cross(byA, rootB).validity(T0.minus(Duration.ofDays(800)), T0.minus(Duration.ofDays(10))).build();
        Issued l = pki.leaf("cross.example.com", byA).build();
        var refData = ref(included(rootA), included(rootB));

        // The expired cross-sign is served first and sorts first by nothing but position.
        PathJudgement j = TrustEvaluator.evaluate(certs(l, byB, byA), refData, T0, Budget.defaults()).chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("Cross Root A");
        assertThat(j.path().sha256s()).contains(byA.cert().sha256()).doesNotContain(byB.cert().sha256());

        PathJudgement onlyCross = TrustEvaluator.evaluate(certs(l, byB), ref(included(rootB)), T0, Budget.defaults())
                .chosen().orElseThrow();
        assertThat(onlyCross.verdict()).isEqualTo(MozillaVerdict.EXPIRED);
    }

    @Test
    void budgetTooSmall_reportsExhaustionAsInvalidPath() {
        TrustAssessment a = TrustEvaluator.evaluate(certs(leaf, inter), ref(included(root)), T0, new Budget(1, 100, 8));
        assertThat(a.budgetExhausted()).isTrue();
        assertThat(a.signatureChecksUsed()).isEqualTo(1);
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).startsWith("path search budget exhausted: all 1 signature checks were used");
        assertThat(a.findings()).extracting(f -> f.id()).contains(FindingId.INVALID_PATH);
    }

    @Test
    void depthLimit_pathLongerThanMaxDepth_isInvalidPathNotAHang() {
        Issued i2 = pki.ca("Depth 2", inter).build();
        Issued i3 = pki.ca("Depth 3", i2).build();
        Issued l = pki.leaf("deep.example.com", i3).build();
        PathJudgement j = TrustEvaluator.evaluate(certs(l, i3, i2, inter), ref(included(root)), T0, new Budget(100, 100, 3))
                .chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).contains("maximum path depth");
    }

    /** Six CAs, each self-signed and cross-signed by every other one: 36 CA certificates, none trusted. */
    private List<Issued> mesh(TestPki p) {
        List<Issued> selfSigned = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            selfSigned.add(p.root("Mesh CA " + i).build());
        }
        List<Issued> all = new ArrayList<>(selfSigned);
        for (Issued subject : selfSigned) {
            for (Issued issuer : selfSigned) {
                if (subject != issuer) {
                    all.add(p.cross(subject, issuer).build());
                }
            }
        }
        return all;
    }

    @Test
    void pathologicalCrossSignedMesh_noneTrusted_finishesWithinBudgetAndReportsIt() {
        List<Issued> mesh = mesh(pki);
        Issued l = pki.leaf("mesh.example.com", mesh.get(0)).build();
        List<Certificate> served = new ArrayList<>(certs(l));
        mesh.forEach(m -> served.add(m.cert()));
        TrustAssessment a = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> TrustEvaluator.evaluate(served, ref(), T0, Budget.defaults()));
        assertThat(a.signatureChecksUsed()).isLessThanOrEqualTo(100);
        PathJudgement j = a.chosen().orElseThrow();
        // 6 CAs x 5 cross-signs admit far more than 100 acyclic paths: the path budget runs out first.
        assertThat(a.budgetExhausted()).isTrue();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).startsWith("path search budget exhausted: more than 100 candidate paths");
    }

    @Test
    void crossSignedMesh_withOneIncludedRoot_findsTheTrustedPathEarly() {
        List<Issued> mesh = mesh(pki);
        Issued l = pki.leaf("mesh.example.com", mesh.get(0)).build();
        List<Certificate> served = new ArrayList<>(certs(l));
        mesh.forEach(m -> served.add(m.cert()));
        TrustAssessment a = TrustEvaluator.evaluate(served, ref(included(mesh.get(5))), T0, Budget.defaults());
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().certificates()).hasSize(3);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("Mesh CA 5");
        assertThat(a.budgetExhausted()).isFalse();
    }
}
