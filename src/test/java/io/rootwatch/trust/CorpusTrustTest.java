package io.rootwatch.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.refdata.CaCertificatePool;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.RootStore;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.testing.Corpus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real chains from the corpus (chains/, roots/) at fixed instants; ground truth in corpus/MANIFEST.md. */
class CorpusTrustTest {
    /** Included + removed bundles with the trust bits the bundle states (Mozilla, 2026-06-24). */
    private static ReferenceData mozilla;
    /** The included bundle with every root trusted for websites, as {@code openssl verify -CAfile} treats it. */
    private static ReferenceData allIncludedTrusted;

    @BeforeAll
    static void loadStore() {
        List<StoreRoot> included = CorpusRoots.read(CorpusRoots.INCLUDED, RootStatus.INCLUDED);
        List<StoreRoot> roots = new ArrayList<>(included);
        roots.addAll(CorpusRoots.read(CorpusRoots.REMOVED, RootStatus.REMOVED));
        mozilla = new ReferenceData(new RootStore(roots), CaCertificatePool.empty(), List.of(), List.of());
        allIncludedTrusted = new ReferenceData(new RootStore(CorpusRoots.withWebsitesTrust(included)),
                CaCertificatePool.empty(), List.of(), List.of());
    }

    private static TrustAssessment evaluate(String chain, ReferenceData ref, String at) {
        return TrustEvaluator.evaluate(Corpus.certificates("chains/" + chain), ref, Instant.parse(at), Budget.defaults());
    }

    private static List<FindingId> ids(TrustAssessment a) {
        return a.findings().stream().map(Finding::id).toList();
    }

    @Test
    void badsslRsa2048_at2021_isTrustedToDigiCertGlobalRootCa() {
        // openssl 3.0.19: `openssl verify -attime 1609459200 -CAfile roots/atc0005_IncludedCACertificates.pem
        //   -untrusted <DigiCert SHA2 Secure Server CA> <leaf>` -> "OK" (run 2026, noted here by hand).
        TrustAssessment a = evaluate("badssl_wildcard-rsa2048.pem", allIncludedTrusted, "2021-01-01T00:00:00Z");
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("DigiCert Global Root CA");
        assertThat(j.path().certificates()).extracting(PathCertificate::source)
                .containsExactly(CertificateSource.SERVED, CertificateSource.SERVED, CertificateSource.STORE);
        assertThat(j.path().last().certificate().subject().rfc4514()).contains("CN=DigiCert Global Root CA");
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void badsslRsa2048_withTodaysTrustBits_isNoWebsitesTrust() {
        // The 2026-06-24 bundle lists DigiCert Global Root CA (key from 2006) with "Trust Bits: [Email]":
        // Mozilla removed its Websites bit under the root-age schedule (2006-2007 keys: 2026-04-15). Judged
        // with that data, the 2021 chain is no longer trusted for websites, whatever the instant.
        TrustAssessment a = evaluate("badssl_wildcard-rsa2048.pem", mozilla, "2021-01-01T00:00:00Z");
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.NO_WEBSITES_TRUST);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("DigiCert Global Root CA");
        assertThat(ids(a)).containsExactly(FindingId.NO_WEBSITES_TRUST);
    }

    @Test
    void badsslRsa2048_at2023_isExpired() {
        // openssl verify -attime 1672531200 (same files): "error 10 at 0 depth lookup: certificate has expired".
        TrustAssessment a = evaluate("badssl_wildcard-rsa2048.pem", allIncludedTrusted, "2023-01-01T00:00:00Z");
        assertThat(a.chosen().orElseThrow().verdict()).isEqualTo(MozillaVerdict.EXPIRED);
        assertThat(a.chosen().orElseThrow().reason()).contains("expired on 2022-05-17T12:00:00Z");
        // Only the leaf (notAfter 2022-05-17) has expired; the intermediate runs to 2023-03-08.
        // (66 days left on the intermediate: no expires-soon either.)
        assertThat(ids(a)).containsExactly(FindingId.EXPIRED);
    }

    @Test
    void badsslSelfSigned_isNotInStoreWithSelfSignedLeaf() {
        TrustAssessment a = evaluate("badssl_wildcard-self-signed.pem", mozilla, "2017-01-01T00:00:00Z");
        assertThat(a.chosen().orElseThrow().verdict()).isEqualTo(MozillaVerdict.NOT_IN_STORE);
        assertThat(ids(a)).containsExactlyInAnyOrder(FindingId.UNTRUSTED_ROOT, FindingId.SELF_SIGNED_LEAF);
    }

    @Test
    void badsslIncompleteChain_withoutCcadbPool_isNoPath() {
        TrustAssessment a = evaluate("badssl_old_wildcard-incomplete-chain.pem", mozilla, "2016-01-01T00:00:00Z");
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.NO_PATH);
        assertThat(j.reason()).contains("COMODO RSA Domain Validation Secure Server CA");
        assertThat(ids(a)).containsExactly(FindingId.UNTRUSTED_ROOT);
    }

    @Test
    void badsslIncompleteChain_withIntermediateInCcadbPool_isTrustedAndIncomplete() {
        // The missing issuer is the 2nd certificate of old_wildcard-main-old.pem (same COMODO DV CA).
        Certificate dvCa = Corpus.certificates("chains/badssl_old_wildcard-main-old.pem").get(1);
        var ref = new ReferenceData(mozilla.roots(), new CaCertificatePool(List.of(dvCa)), List.of(), List.of());
        TrustAssessment a = evaluate("badssl_old_wildcard-incomplete-chain.pem", ref, "2016-01-01T00:00:00Z");
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("COMODO RSA Certification Authority");
        assertThat(j.path().certificates().get(1).source()).isEqualTo(CertificateSource.CCADB);
        assertThat(ids(a)).containsExactly(FindingId.INCOMPLETE_CHAIN);
    }

    @Test
    void badsslSha1_2016_completedWithAddTrustFromCcadb_callsItTheRoot_notAnIntermediate() throws Exception {
        // wildcard-sha1-2016: leaf -> PositiveSSL CA 2, issued by AddTrust External CA Root (MANIFEST), which the
        // server does not send; Mozilla has removed that root, so here it is only among CCADB's CA certificates.
        // AddTrust External CA Root's notBefore is 2000-05-30, so CCADB's year-2000 CA-PEM file holds it.
        CaCertificatePool year2000 = io.rootwatch.refdata.RefDataLoader.load(List.of(Corpus.path(
                "ccadb/AllCertificatePEMsCSVFormat_2026-08-21/AllCertificatePEMsCSVFormat_NotBeforeYear_2000.csv"))).caCertificates();
        var ref = new ReferenceData(allIncludedTrusted.roots(), year2000, List.of(), List.of());
        TrustAssessment a = evaluate("badssl_wildcard-sha1-2016.pem", ref, "2016-06-01T00:00:00Z");
        Finding incomplete = a.findings().stream().filter(f -> f.id() == FindingId.INCOMPLETE_CHAIN).findFirst().orElseThrow();
        assertThat(incomplete.message()).isEqualTo("The path ends at root 'CN=AddTrust External CA Root,OU=AddTrust External"
                + " TTP Network,O=AddTrust AB,C=SE', which the server did not send and which was completed from CCADB's CA"
                + " certificates; a client can use it only if it already holds that root.");
    }

    @Test
    void ctNoCaCertChain_withoutStore_isNotInStoreAndStillNamesTheNonCaIssuer() {
        // leaf -> test-cert.pem (basicConstraints CA:FALSE) -> "Certificate Transparency CA" (self-signed).
        // The path exists, so it is not NO_PATH; its end is no Mozilla root, and NOT_IN_STORE precedes
        // INVALID_PATH in the contract's order. The non-CA issuer is still among the reasons.
        TrustAssessment a = evaluate("ctcpp_test-no-ca-cert-chain.pem", ReferenceData.none("test"), "2013-04-20T00:00:00Z");
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.NOT_IN_STORE);
        assertThat(j.path().certificates()).hasSize(3);
        assertThat(j.reasons()).anySatisfy(r -> assertThat(r).contains("but is not a CA certificate (basicConstraints cA is false)"));
    }

    @Test
    void ctNoCaCertChain_withItsCaAsIncludedRoot_isInvalidPath() {
        List<Certificate> chain = Corpus.certificates("chains/ctcpp_test-no-ca-cert-chain.pem");
        StoreRoot ctRoot = TestPki.storeRoot(chain.get(2), RootStatus.INCLUDED, Set.of(io.rootwatch.refdata.TrustBit.WEBSITES),
                Optional.empty(), Optional.empty());
        TrustAssessment a = TrustEvaluator.evaluate(chain, TestPki.ref(ctRoot), Instant.parse("2013-04-20T00:00:00Z"),
                Budget.defaults());
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        // The leaf's SHA-1 signature is a second INVALID_PATH problem, found first.
        assertThat(j.reasons()).anySatisfy(r -> assertThat(r).contains("O=Certificate Transparency")
                .contains("is not a CA certificate"));
    }

    @Test
    void issuerCollisionChain_bothCollidingRootsRemoved_isRemoved() {
        Certificate md2Root = Corpus.first("chains/ctcpp_test-colliding-root1.pem");
        Certificate sha1Root = Corpus.first("chains/ctcpp_test-colliding-root2.pem");
        var ref = TestPki.ref(
                TestPki.storeRoot(md2Root, RootStatus.REMOVED, Set.of(), Optional.empty(), Optional.empty()),
                TestPki.storeRoot(sha1Root, RootStatus.REMOVED, Set.of(), Optional.empty(), Optional.empty()));
        // 2012-06-01: every certificate of the chain is inside its validity period.
        TrustAssessment a = evaluate("ctcpp_test-issuer-collision-chain.pem", ref, "2012-06-01T00:00:00Z");
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.REMOVED);
        assertThat(List.of(md2Root.sha256(), sha1Root.sha256())).contains(j.path().last().certificate().sha256());
        assertThat(ids(a)).contains(FindingId.REMOVED_ROOT);
    }

    @Test
    void issuerCollisionChain_againstCorpusRemovedBundle_isRemoved() {
        TrustAssessment a = evaluate("ctcpp_test-issuer-collision-chain.pem", mozilla, "2012-06-01T00:00:00Z");
        assertThat(a.chosen().orElseThrow().verdict()).isEqualTo(MozillaVerdict.REMOVED);
    }

    @Test
    void comodoChainWithExpiredAddTrustCrossSign_after20200530_endsAtSelfSignedComodoRoot() {
        // subdomain-no-subject leaf: 2017-03-17..2020-06-16; the AddTrust cross-sign of COMODO RSA expired
        // 2020-05-30 10:48:38Z. On 2020-06-01 only the path to the self-signed COMODO RSA root is valid.
        TrustAssessment a = evaluate("badssl_subdomain-no-subject.pem", mozilla, "2020-06-01T00:00:00Z");
        List<Certificate> served = Corpus.certificates("chains/badssl_subdomain-no-subject.pem");
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("COMODO RSA Certification Authority");
        PathCertificate last = j.path().last();
        assertThat(last.source()).isEqualTo(CertificateSource.STORE);
        assertThat(last.certificate().isSelfIssued()).isTrue();
        assertThat(j.path().sha256s()).doesNotContain(served.get(2).sha256());
        assertThat(a.findings()).filteredOn(f -> f.id() == FindingId.UNUSED_CERT).singleElement()
                .satisfies(f -> assertThat(f.certificate()).contains(served.get(2).sha256()));
        assertThat(ids(a)).doesNotContain(FindingId.EXPIRED).contains(FindingId.EXPIRES_SOON);
    }
}
