package io.rootwatch.trust;

import static io.rootwatch.trust.TestPki.T0;
import static io.rootwatch.trust.TestPki.certs;
import static io.rootwatch.trust.TestPki.included;
import static io.rootwatch.trust.TestPki.ref;
import static io.rootwatch.trust.TestPki.removed;
import static io.rootwatch.trust.TestPki.storeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.TrustBit;
import io.rootwatch.trust.TestPki.Issued;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per Mozilla verdict, on generated chains root -> intermediate -> leaf. */
class TrustEvaluatorVerdictTest {
    private final TestPki pki = new TestPki();
    private final Issued root = pki.root("Verdict Root").build();
    private final Issued inter = pki.ca("Verdict Intermediate", root).build();
    private final Issued leaf = pki.leaf("www.example.com", inter).build();

    private static PathJudgement judge(List<io.rootwatch.model.Certificate> served, ReferenceData ref, Instant at) {
        return TrustEvaluator.evaluate(served, ref, at, Budget.defaults()).chosen().orElseThrow();
    }

    @Test
    void trusted_completeChainToIncludedWebsitesRoot_isTrustedWithStoreRootLast() {
        PathJudgement j = judge(certs(leaf, inter), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.reasons()).isEmpty();
        assertThat(j.path().sha256s()).containsExactly(leaf.cert().sha256(), inter.cert().sha256(), root.cert().sha256());
        assertThat(j.path().last().source()).isEqualTo(CertificateSource.STORE);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("Verdict Root");
    }

    @Test
    void tlsServerRole_caCertificateAsLeaf_isInvalidPath_butAnyRoleJudgesItsPath() {
        List<io.rootwatch.model.Certificate> served = certs(inter);
        assertThat(TrustEvaluator.evaluate(served, ref(included(root)), T0, Budget.defaults(), LeafRole.TLS_SERVER)
                .chosen().orElseThrow().reason()).contains("presented CA certificate 'CN=Verdict Intermediate' as its own");
        assertThat(TrustEvaluator.evaluate(served, ref(included(root)), T0, Budget.defaults(), LeafRole.ANY)
                .chosen().orElseThrow().verdict()).isEqualTo(MozillaVerdict.TRUSTED);
    }

    @Test
    void tlsServerRole_leafWithClientAuthOnlyEku_isInvalidPath_serverAuthOrAnyEkuIsFine() {
        Issued clientOnly = pki.leaf("client.example.com", inter).eku("1.3.6.1.5.5.7.3.2").build();
        Issued serverToo = pki.leaf("server.example.com", inter).eku("1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.1").build();
        Issued anyEku = pki.leaf("any.example.com", inter).eku("2.5.29.37.0").build();
        PathJudgement client = TrustEvaluator.evaluate(certs(clientOnly, inter), ref(included(root)), T0, Budget.defaults(),
                LeafRole.TLS_SERVER).chosen().orElseThrow();
        assertThat(client.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(client.reason()).contains("without serverAuth (1.3.6.1.5.5.7.3.1)");
        for (Issued ok : List.of(serverToo, anyEku)) {
            assertThat(TrustEvaluator.evaluate(certs(ok, inter), ref(included(root)), T0, Budget.defaults(),
                    LeafRole.TLS_SERVER).chosen().orElseThrow().verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        }
    }

    @Test
    void noPath_issuerMissingEverywhere_isNoPath() {
        PathJudgement j = judge(certs(leaf), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.NO_PATH);
        assertThat(j.reason()).contains("No issuer was found for 'CN=www.example.com'");
        assertThat(j.path().root()).isEmpty();
    }

    @Test
    void notInStore_chainEndsAtServedSelfSignedRootUnknownToMozilla_isNotInStore() {
        PathJudgement j = judge(certs(leaf, inter, root), ref(), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.NOT_IN_STORE);
        assertThat(j.path().certificates()).hasSize(3);
        assertThat(j.reason()).contains("self-signed certificate 'CN=Verdict Root'");
    }

    @Test
    void removed_rootRemovedFromStore_isRemoved() {
        PathJudgement j = judge(certs(leaf, inter), ref(removed(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.REMOVED);
        assertThat(j.reason()).contains("removed from Mozilla's root store (Firefox 100)");
    }

    @Test
    void noWebsitesTrust_emailOnlyRootWithoutDistrustDate_isNoWebsitesTrust() {
        var r = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.EMAIL), Optional.empty(), Optional.empty());
        assertThat(judge(certs(leaf, inter), ref(r), T0).verdict()).isEqualTo(MozillaVerdict.NO_WEBSITES_TRUST);
    }

    @Test
    void noWebsitesTrust_emailOnlyRootWhoseDistrustDateCoversLeaf_staysTrusted() {
        // Entrust G2 / Chunghwa ePKI case: CCADB shows Email only, NSS keeps server trust with the date.
        var r = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.EMAIL), Optional.of(LocalDate.of(2025, 12, 31)),
                Optional.empty());
        PathJudgement j = judge(certs(leaf, inter), ref(r), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.distrustAfter()).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void distrusted_leafIssuedAfterRootsDistrustDate_isDistrusted() {
        var r = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES), Optional.of(LocalDate.of(2025, 11, 30)),
                Optional.empty());
        PathJudgement j = judge(certs(leaf, inter), ref(r), T0); // leaf notBefore 2025-12-16
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.DISTRUSTED);
        assertThat(j.distrustAfter()).contains(LocalDate.of(2025, 11, 30));
    }

    @Test
    void distrustAfter_leafIssuedAtLastSecondOfDistrustDay_isNotDistrusted() {
        Issued l = pki.leaf("edge.example.com", inter)
                .validity(Instant.parse("2025-11-30T23:59:59Z"), Instant.parse("2026-06-01T00:00:00Z")).build();
        assertThat(judge(certs(l, inter), ref(distrustingRoot()), T0).verdict()).isEqualTo(MozillaVerdict.TRUSTED);
    }

    @Test
    void distrustAfter_leafIssuedOneSecondAfterEndOfDay_isDistrusted() {
        Issued l = pki.leaf("edge.example.com", inter)
                .validity(Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z")).build();
        assertThat(judge(certs(l, inter), ref(distrustingRoot()), T0).verdict()).isEqualTo(MozillaVerdict.DISTRUSTED);
    }

    @Test
    void distrustAfter_dependsOnLeafNotBeforeNotOnEvaluationInstant() {
        Issued l = pki.leaf("old.example.com", inter)
                .validity(Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")).build();
        Instant longAfterDistrust = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(judge(certs(l, inter), ref(distrustingRoot()), longAfterDistrust).verdict())
                .isEqualTo(MozillaVerdict.TRUSTED);
    }

    private io.rootwatch.refdata.StoreRoot distrustingRoot() {
        return storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES), Optional.of(LocalDate.of(2025, 11, 30)),
                Optional.empty());
    }

    @Test
    void invalidPath_badSignatureOnLeaf_isInvalidPath() {
        Issued forged = pki.leaf("forged.example.com", inter).signedWithWrongKey().build();
        PathJudgement j = judge(certs(forged, inter), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).contains("does not verify with the key of 'CN=Verdict Intermediate'");
    }

    @Test
    void invalidPath_issuerWithoutCaBasicConstraint_isInvalidPath() {
        Issued notCa = pki.ca("Not A CA", root).notCa().build();
        Issued l = pki.leaf("x.example.com", notCa).build();
        PathJudgement j = judge(certs(l, notCa), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).contains("'CN=Not A CA' issued 'CN=x.example.com' but is not a CA certificate");
    }

    @Test
    void invalidPath_v3IssuerWithoutBasicConstraints_isInvalidPath() {
        Issued noBc = pki.ca("No BC CA", root).noBasicConstraints().build();
        Issued l = pki.leaf("y.example.com", noBc).build();
        assertThat(judge(certs(l, noBc), ref(included(root)), T0).reason()).contains("no basicConstraints extension");
    }

    @Test
    void v1StoreRoot_withoutBasicConstraints_isAcceptedAsTrustAnchor() {
        Issued v1Root = pki.root("V1 Root").v1().build();
        Issued i = pki.ca("Under V1", v1Root).build();
        Issued l = pki.leaf("v1.example.com", i).build();
        assertThat(v1Root.cert().version()).isEqualTo(1);
        assertThat(judge(certs(l, i), ref(included(v1Root)), T0).verdict()).isEqualTo(MozillaVerdict.TRUSTED);
    }

    @Test
    void invalidPath_pathLenZeroIntermediateIssuingAnotherCa_isInvalidPath() {
        Issued constrained = pki.ca("PathLen0 CA", root).pathLen(0).build();
        Issued sub = pki.ca("Sub CA", constrained).build();
        Issued l = pki.leaf("deep.example.com", sub).build();
        PathJudgement j = judge(certs(l, sub, constrained), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).contains("'CN=PathLen0 CA' allows 0 intermediate CA certificate(s)").contains("has 1");
    }

    @Test
    void invalidPath_leafOutsideMozillaAppliedConstraint_isInvalidPath() {
        var tr = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES), Optional.empty(), Optional.of("*.tr"));
        PathJudgement j = judge(certs(leaf, inter), ref(tr), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).contains("'www.example.com', outside the constraint").contains("(*.tr)");
    }

    @Test
    void mozillaAppliedConstraint_leafUnderDotTr_isTrusted() {
        Issued trLeaf = pki.leaf("www.example.gov.tr", inter).build();
        var tr = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES), Optional.empty(), Optional.of("*.tr"));
        assertThat(judge(certs(trLeaf, inter), ref(tr), T0).verdict()).isEqualTo(MozillaVerdict.TRUSTED);
    }

    @Test
    void invalidPath_sha1SignedIntermediate_isInvalidPathButSha1RootSelfSignatureIsNot() {
        Issued sha1Root = pki.root("SHA1 Root").signatureAlgorithm("SHA1withECDSA").build();
        Issued okInter = pki.ca("SHA256 Intermediate", sha1Root).build();
        Issued okLeaf = pki.leaf("ok.example.com", okInter).build();
        assertThat(judge(certs(okLeaf, okInter), ref(included(sha1Root)), T0).verdict()).isEqualTo(MozillaVerdict.TRUSTED);

        Issued sha1Inter = pki.ca("SHA1 Intermediate", root).signatureAlgorithm("SHA1withECDSA").build();
        Issued l = pki.leaf("sha1.example.com", sha1Inter).build();
        PathJudgement j = judge(certs(l, sha1Inter), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).contains("'CN=SHA1 Intermediate' is signed with ECDSAwithSHA1");
    }

    @Test
    void expired_intermediatePastNotAfter_isExpired() {
        Issued old = pki.ca("Old Intermediate", root).validity(T0.minus(Duration.ofDays(400)), T0.minusSeconds(1)).build();
        Issued l = pki.leaf("e.example.com", old).build();
        PathJudgement j = judge(certs(l, old), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.EXPIRED);
        assertThat(j.reason()).contains("'CN=Old Intermediate' expired on 2026-01-14T23:59:59Z");
    }

    @Test
    void expired_leafValidUntilExactlyTheInstant_isStillValid() {
        Issued l = pki.leaf("edge.example.com", inter).validity(T0.minus(Duration.ofDays(10)), T0).build();
        assertThat(judge(certs(l, inter), ref(included(root)), T0).verdict()).isEqualTo(MozillaVerdict.TRUSTED);
    }

    @Test
    void expiredTrustAnchor_doesNotMakeThePathExpired() {
        Issued oldRoot = pki.root("Expired Root").validity(T0.minus(Duration.ofDays(4000)), T0.minus(Duration.ofDays(1))).build();
        Issued i = pki.ca("Under Expired Root", oldRoot).build();
        Issued l = pki.leaf("anchor.example.com", i).build();
        assertThat(judge(certs(l, i), ref(included(oldRoot)), T0).verdict()).isEqualTo(MozillaVerdict.TRUSTED);
    }

    @Test
    void notYetValid_leafStartsAfterInstant_isNotYetValid() {
        Issued future = pki.leaf("f.example.com", inter).validity(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(90))).build();
        PathJudgement j = judge(certs(future, inter), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.NOT_YET_VALID);
        assertThat(j.reason()).contains("is not valid before 2026-01-16T00:00:00Z");
    }

    @Test
    void reasons_listEveryProblemDecidingOneFirst() {
        Issued old = pki.ca("Old SHA1 Intermediate", root).signatureAlgorithm("SHA1withECDSA")
                .validity(T0.minus(Duration.ofDays(400)), T0.minus(Duration.ofDays(2))).build();
        Issued l = pki.leaf("r.example.com", old).build();
        PathJudgement j = judge(certs(l, old), ref(removed(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.REMOVED);
        assertThat(j.reasons()).hasSize(3);
        assertThat(j.reasons().get(0)).isEqualTo(j.reason());
        assertThat(j.reasons().get(1)).contains("ECDSAwithSHA1");
        assertThat(j.reasons().get(2)).contains("expired");
    }

    @Test
    void emptyServedChain_hasNoChosenPath() {
        var a = TrustEvaluator.evaluate(List.of(), ref(included(root)), T0, Budget.defaults());
        assertThat(a.chosen()).isEmpty();
        assertThat(a.findings()).isEmpty();
    }
    @Test
    void revoked_intermediateInOneCrl_isRevoked_withACriticalFindingNamingTheBug() {
        var refData = TestPki.refRevoking(List.of(included(root)), List.of(), inter);
        TrustAssessment a = TrustEvaluator.evaluate(certs(leaf, inter), refData, T0, Budget.defaults());
        PathJudgement j = a.chosen().orElseThrow();
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.REVOKED);
        assertThat(j.reason()).isEqualTo("'CN=Verdict Intermediate' is revoked by Mozilla's OneCRL (bug 1900000);"
                + " Firefox refuses every path through it.");
        assertThat(a.findings()).filteredOn(f -> f.id() == io.rootwatch.model.FindingId.REVOKED)
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(io.rootwatch.model.Severity.CRITICAL);
                    assertThat(f.certificate()).contains(inter.cert().sha256());
                });
    }

    @Test
    void revoked_comesAfterDistrustedAndBeforeExpired() {
        Issued expiredLeaf = pki.leaf("old.example.com", inter).validity(T0.minus(Duration.ofDays(100)), T0.minus(Duration.ofDays(1))).build();
        assertThat(judge(certs(expiredLeaf, inter), TestPki.refRevoking(List.of(included(root)), List.of(), inter), T0).verdict())
                .isEqualTo(MozillaVerdict.REVOKED);
        var distrusting = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES), Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty());
        assertThat(judge(certs(leaf, inter), TestPki.refRevoking(List.of(distrusting), List.of(), inter), T0).verdict())
                .isEqualTo(MozillaVerdict.DISTRUSTED);
    }

    @Test
    void revoked_crossSignedAlternative_isChosenAndTrusted() {
        Issued rootB = pki.root("Verdict Root B").build();
        Issued interByB = pki.cross(inter, rootB).build();
        var refData = TestPki.refRevoking(List.of(included(root), included(rootB)), List.of(), inter);
        PathJudgement j = judge(certs(leaf, inter, interByB), refData, T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        assertThat(j.path().root().orElseThrow().name()).isEqualTo("Verdict Root B");
    }
    @Test
    void nameConstraints_leafOutsidePermittedSubtree_isInvalidPath_namingTheName() {
        Issued constrained = pki.ca("Constrained CA", root).nameConstraints(List.of("example.com"), List.of()).build();
        Issued inside = pki.leaf("www.example.com", constrained).build();
        Issued outside = pki.leaf("www.example.org", constrained).build();
        assertThat(judge(certs(inside, constrained), ref(included(root)), T0).verdict()).isEqualTo(MozillaVerdict.TRUSTED);
        PathJudgement j = judge(certs(outside, constrained), ref(included(root)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).isEqualTo("'CN=www.example.org' has DNS name www.example.org, not within the permitted"
                + " subtrees of the name constraints in 'CN=Constrained CA'.");
    }

    @Test
    void nameConstraints_excludedSubtree_andRootConstraintsApply_leafWithoutSanIsCheckedByCommonName() {
        Issued constrainedRoot = pki.root("Constrained Root").nameConstraints(List.of(), List.of("internal.example")).build();
        Issued i = pki.ca("Plain Intermediate", constrainedRoot).build();
        Issued noSan = pki.leaf("db.internal.example", i).noSan().build();
        PathJudgement j = judge(certs(noSan, i), ref(included(constrainedRoot)), T0);
        assertThat(j.verdict()).isEqualTo(MozillaVerdict.INVALID_PATH);
        assertThat(j.reason()).isEqualTo("'CN=db.internal.example' has DNS name db.internal.example, within an excluded"
                + " subtree of the name constraints in 'CN=Constrained Root'.");
    }
}
