package io.rootwatch.trust;

import static io.rootwatch.trust.TestPki.T0;
import static io.rootwatch.trust.TestPki.certs;
import static io.rootwatch.trust.TestPki.included;
import static io.rootwatch.trust.TestPki.ref;
import static io.rootwatch.trust.TestPki.removed;
import static io.rootwatch.trust.TestPki.storeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
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

/** One test per finding the trust package emits. */
class TrustFindingsTest {
    private final TestPki pki = new TestPki();
    private final Issued root = pki.root("Finding Root").build();
    private final Issued inter = pki.ca("Finding Intermediate", root).build();
    private final Issued leaf = pki.leaf("finding.example.com", inter).build();

    private static List<Finding> findings(List<Certificate> served, ReferenceData ref) {
        return TrustEvaluator.evaluate(served, ref, T0, Budget.defaults()).findings();
    }

    private static Finding only(List<Finding> all, FindingId id) {
        List<Finding> matching = all.stream().filter(f -> f.id() == id).toList();
        assertThat(matching).as("findings %s", id).hasSize(1);
        return matching.get(0);
    }

    @Test
    void cleanChain_hasNoFindings() {
        assertThat(findings(certs(leaf, inter), ref(included(root)))).isEmpty();
    }

    @Test
    void untrustedRoot_forNotInStoreAndForNoPath() {
        Finding notInStore = only(findings(certs(leaf, inter, root), ref()), FindingId.UNTRUSTED_ROOT);
        assertThat(notInStore.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(notInStore.certificate()).contains(root.cert().sha256());
        assertThat(only(findings(certs(leaf), ref()), FindingId.UNTRUSTED_ROOT).message()).contains("No issuer was found");
    }

    @Test
    void distrustedRoot_leafAfterDistrustDate() {
        var r = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES), Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty());
        Finding f = only(findings(certs(leaf, inter), ref(r)), FindingId.DISTRUSTED_ROOT);
        assertThat(f.message()).contains("issued after 2025-01-01");
        assertThat(findings(certs(leaf, inter), ref(r))).extracting(Finding::id).doesNotContain(FindingId.DISTRUST_PENDING);
    }

    @Test
    void distrustPending_leafPredatesDistrustDate_saysRenewalMustComeFromAnotherCa() {
        var r = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.WEBSITES), Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty());
        Finding f = only(findings(certs(leaf, inter), ref(r)), FindingId.DISTRUST_PENDING);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.message()).contains("renewal must come from another CA").contains("2026-01-01");
    }

    @Test
    void removedRoot() {
        assertThat(only(findings(certs(leaf, inter), ref(removed(root))), FindingId.REMOVED_ROOT).certificate())
                .contains(root.cert().sha256());
    }

    @Test
    void noWebsitesTrust() {
        var r = storeRoot(root, RootStatus.INCLUDED, Set.of(TrustBit.EMAIL), Optional.empty(), Optional.empty());
        assertThat(only(findings(certs(leaf, inter), ref(r)), FindingId.NO_WEBSITES_TRUST).message())
                .contains("'Finding Root' is not trusted for websites");
    }

    @Test
    void invalidPath_nonCaIssuer() {
        Issued notCa = pki.ca("Leafish Issuer", root).notCa().build();
        Issued l = pki.leaf("n.example.com", notCa).build();
        assertThat(only(findings(certs(l, notCa), ref(included(root))), FindingId.INVALID_PATH).certificate())
                .contains(notCa.cert().sha256());
    }

    @Test
    void expired_onChosenPath_butNotForAnUnusedServedCertificate() {
        Issued expiredStray = pki.ca("Expired Stray", root).validity(T0.minus(Duration.ofDays(500)), T0.minus(Duration.ofDays(5))).build();
        List<Finding> fs = findings(certs(leaf, inter, expiredStray), ref(included(root)));
        assertThat(fs).extracting(Finding::id).doesNotContain(FindingId.EXPIRED).contains(FindingId.UNUSED_CERT);

        Issued expiredLeaf = pki.leaf("old.example.com", inter).validity(T0.minus(Duration.ofDays(100)), T0.minus(Duration.ofDays(1))).build();
        Finding f = only(findings(certs(expiredLeaf, inter), ref(included(root))), FindingId.EXPIRED);
        assertThat(f.certificate()).contains(expiredLeaf.cert().sha256());
        assertThat(f.cwe()).contains("CWE-295");
    }

    @Test
    void notYetValid() {
        Issued future = pki.leaf("later.example.com", inter).validity(T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(90))).build();
        assertThat(only(findings(certs(future, inter), ref(included(root))), FindingId.NOT_YET_VALID).severity())
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void expiresSoon_within30Days_isMediumAndGivesDays() {
        Issued l = pki.leaf("soon.example.com", inter).validity(T0.minus(Duration.ofDays(60)), T0.plus(Duration.ofDays(20))).build();
        Finding f = only(findings(certs(l, inter), ref(included(root))), FindingId.EXPIRES_SOON);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.message()).contains("expires in 20 days");
    }

    @Test
    void expiresSoon_within7Days_isHigh_andIntermediateCounts() {
        Issued i = pki.ca("Short Intermediate", root).validity(T0.minus(Duration.ofDays(300)), T0.plus(Duration.ofDays(5))).build();
        Issued l = pki.leaf("short.example.com", i).validity(T0.minus(Duration.ofDays(10)), T0.plus(Duration.ofDays(4))).build();
        List<Finding> fs = findings(certs(l, i), ref(included(root)));
        assertThat(fs).filteredOn(f -> f.id() == FindingId.EXPIRES_SOON).extracting(Finding::severity, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.HIGH, "'CN=short.example.com' expires in 4 days (on "
                                + T0.plus(Duration.ofDays(4)) + "); renew it before then."),
                        org.assertj.core.groups.Tuple.tuple(Severity.HIGH, "'CN=Short Intermediate' expires in 5 days (on "
                                + T0.plus(Duration.ofDays(5)) + "); renew it before then."));
    }

    @Test
    void expiresSoon_trustAnchorExpiringSoon_isIgnored() {
        Issued shortRoot = pki.root("Short Root").validity(T0.minus(Duration.ofDays(3000)), T0.plus(Duration.ofDays(3))).build();
        Issued i = pki.ca("Long Intermediate", shortRoot).build();
        Issued l = pki.leaf("a.example.com", i).build();
        assertThat(findings(certs(l, i), ref(included(shortRoot)))).extracting(Finding::id).doesNotContain(FindingId.EXPIRES_SOON);
    }

    @Test
    void weakSignature_sha1Intermediate() {
        Issued sha1 = pki.ca("SHA1 CA", root).signatureAlgorithm("SHA1withECDSA").build();
        Issued l = pki.leaf("w.example.com", sha1).build();
        Finding f = only(findings(certs(l, sha1), ref(included(root))), FindingId.WEAK_SIGNATURE);
        assertThat(f.certificate()).contains(sha1.cert().sha256());
        assertThat(f.cwe()).contains("CWE-327");
    }

    @Test
    void incompleteChain_intermediateFromCcadb() {
        List<Finding> fs = TrustEvaluator.evaluate(certs(leaf), ref(List.of(included(root)), List.of(inter.cert())), T0,
                Budget.defaults()).findings();
        assertThat(only(fs, FindingId.INCOMPLETE_CHAIN).message()).contains("did not send intermediate 'CN=Finding Intermediate'");
    }

    @Test
    void chainOrder_rootBeforeIntermediate() {
        Finding f = only(findings(certs(leaf, root, inter), ref(included(root))), FindingId.CHAIN_ORDER);
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.certificate()).contains(root.cert().sha256());
    }

    @Test
    void chainOrder_inIssuingOrderWithRoot_isNotReported() {
        assertThat(findings(certs(leaf, inter, root), ref(included(root)))).extracting(Finding::id)
                .containsExactly(FindingId.ROOT_SENT);
    }

    @Test
    void duplicateCert_servedTwice() {
        assertThat(only(findings(certs(leaf, inter, inter), ref(included(root))), FindingId.DUPLICATE_CERT).message())
                .contains("was served 2 times");
    }

    @Test
    void duplicateCert_atTheCaptureCap_saysTheCountCoversOnlyTheCertificatesKept() {
        Issued[] served = new Issued[io.rootwatch.model.Capture.MAX_SERVED_CERTIFICATES];
        java.util.Arrays.fill(served, inter);
        served[0] = leaf;
        assertThat(only(findings(certs(served), ref(included(root))), FindingId.DUPLICATE_CERT).message())
                .contains("was served 99 times in the first 100 certificates (rootwatch keeps at most 100");
    }

    @Test
    void unusedCert_strayServedCertificate() {
        Issued stray = pki.root("Stray").build();
        assertThat(only(findings(certs(leaf, inter, stray), ref(included(root))), FindingId.UNUSED_CERT).certificate())
                .contains(stray.cert().sha256());
    }

    @Test
    void rootSent_servedRootEndsThePath() {
        Finding f = only(findings(certs(leaf, inter, root), ref(included(root))), FindingId.ROOT_SENT);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void selfSignedLeaf() {
        Issued self = pki.root("self.example.com").notCa().dns("self.example.com").build();
        List<Finding> fs = findings(certs(self), ref(included(root)));
        assertThat(fs).extracting(Finding::id).containsExactlyInAnyOrder(FindingId.SELF_SIGNED_LEAF, FindingId.UNTRUSTED_ROOT);
    }
    @Test
    void scheduledRemoval_upcomingRemovalReportNamesTheBug() {
        var r = new io.rootwatch.refdata.StoreRoot(root.cert(), "Finding Root", Optional.of("Test Owner"), RootStatus.INCLUDED,
                Set.of(TrustBit.WEBSITES), Optional.empty(), Optional.empty(), Optional.of("scheduled for removal (bug 2032223)"),
                Optional.empty());
        Finding f = only(findings(certs(leaf, inter), ref(r)), FindingId.SCHEDULED_REMOVAL);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.certificate()).contains(root.cert().sha256());
        assertThat(f.message()).isEqualTo("Root 'Finding Root' is scheduled for removal (bug 2032223) from Mozilla's root store;"
                + " move 'CN=finding.example.com' to a certificate from another root before the removal ships.");
    }

    @Test
    void scheduledRemoval_rootAge_onlyWhenTheLeafOutlivesTheRootsWebsitesTrust() {
        // Created 2011-03-01: Root Store Policy §7.4 ends its websites trust on 2028-04-15.
        Issued old = pki.root("Old Root").validity(Instant.parse("2011-03-01T00:00:00Z"), Instant.parse("2036-03-01T00:00:00Z")).build();
        Issued i = pki.ca("Old Intermediate", old).validity(T0.minus(Duration.ofDays(400)), T0.plus(Duration.ofDays(3000))).build();
        Issued outlives = pki.leaf("long.example.com", i).validity(T0, Instant.parse("2028-04-15T00:00:01Z")).build();
        Issued expiresFirst = pki.leaf("short.example.com", i).validity(T0, Instant.parse("2028-04-15T00:00:00Z")).build();

        Finding f = only(findings(certs(outlives, i), ref(included(old))), FindingId.SCHEDULED_REMOVAL);
        assertThat(f.message()).isEqualTo("Root 'Old Root' dates from 2011-03-01; under Mozilla's root-age rule (Root Store Policy"
                + " §7.4) its websites trust is due to end on 2028-04-15, before 'CN=long.example.com' expires on"
                + " 2028-04-15T00:00:01Z.");
        assertThat(findings(certs(expiresFirst, i), ref(included(old)))).extracting(Finding::id)
                .doesNotContain(FindingId.SCHEDULED_REMOVAL);
    }

    @Test
    void staleAudit_afterTwelveMonthsAndNinetyTwoDays_notOnTheLastDay() {
        // T0 = 2026-01-15; a period ending 2024-10-15 was due a successor by 2025-10-15 + 92 days = 2026-01-15.
        var lastDay = auditedRoot(LocalDate.of(2024, 10, 15));
        assertThat(findings(certs(leaf, inter), ref(lastDay))).extracting(Finding::id).doesNotContain(FindingId.STALE_AUDIT);

        var stale = auditedRoot(LocalDate.of(2024, 10, 14));
        Finding f = only(findings(certs(leaf, inter), ref(stale)), FindingId.STALE_AUDIT);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.message()).isEqualTo("CA owner 'Test Owner' of root 'Finding Root' has no audit period in CCADB ending after"
                + " 2024-10-14; the next statement was due by 2026-01-14 (12 months + 92 days, CCADB Policy §5.2).");
    }

    private io.rootwatch.refdata.StoreRoot auditedRoot(LocalDate periodEnd) {
        return new io.rootwatch.refdata.StoreRoot(root.cert(), "Finding Root", Optional.of("Test Owner"), RootStatus.INCLUDED,
                Set.of(TrustBit.WEBSITES), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(periodEnd));
    }
}
