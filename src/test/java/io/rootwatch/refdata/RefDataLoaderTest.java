package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Snapshot;
import io.rootwatch.testing.Corpus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading real CCADB + NSS snapshots from the corpus and merging them into one root store. */
class RefDataLoaderTest {

    @Test
    void load_includedRemovedAndHeaderOnlyUpcoming_givesIncludedAndRemovedRoots() throws java.io.IOException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24,
                CcadbFixtures.REMOVED_2026_06_16, CcadbFixtures.UPCOMING_HEADER_ONLY));
        assertThat(count(d, RootStatus.INCLUDED)).isEqualTo(166);
        assertThat(count(d, RootStatus.REMOVED)).isEqualTo(102);
        assertThat(d.roots().all()).noneMatch(r -> r.status() == RootStatus.INCLUDED && r.removal().isPresent());
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly(
                "ccadb-included-roots", "ccadb-removed-roots", "ccadb-upcoming-removals");
        assertThat(d.snapshots()).allSatisfy(s -> assertThat(s.retrievedAt()).isEmpty());
        assertThat(d.snapshots().get(0).sha256())
                .isEqualTo(Texts.sha256Hex(java.nio.file.Files.readAllBytes(CcadbFixtures.INCLUDED_2026_06_24)));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void load_entrustWithDistrustDate_distrustAfterInstantIsEndOfThatUtcDay() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2025_03_28));
        StoreRoot g4 = byName(d, "Entrust Root Certification Authority - G4");
        assertThat(g4.distrustForTlsAfter()).contains(LocalDate.of(2024, 11, 19));
        assertThat(g4.distrustAfterInstant()).contains(Instant.parse("2024-11-19T23:59:59Z"));
        assertThat(byName(d, "GLOBALTRUST 2020").distrustAfterInstant()).contains(Instant.parse("2024-06-30T23:59:59Z"));
        assertThat(byName(d, "Entrust Root Certification Authority").distrustAfterInstant())
                .contains(Instant.parse("2024-11-30T23:59:59Z"));
    }

    @Test
    void load_ccadbOnly_rootWithDistrustDateButEmailTrustBits_keepsWebsitesForLeavesBeforeTheDate()
            throws RefDataException {
        // 2026-02-14: ePKI's Trust Bits column says "Email", with Distrust for TLS After 2025.04.15.
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_02_14));
        StoreRoot epki = byName(d, "ePKI Root Certification Authority");
        assertThat(epki.trustBits()).containsExactlyInAnyOrder(TrustBit.WEBSITES, TrustBit.EMAIL);
        assertThat(epki.distrustForTlsAfter()).contains(LocalDate.of(2025, 4, 15));
        // A root without a distrust date keeps CCADB's bits as given.
        assertThat(byName(d, "Go Daddy Class 2 Certification Authority").trustBits()).isEmpty();
    }

    @Test
    void load_upcomingRemoval_annotatesTheIncludedRoot() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_02_14, CcadbFixtures.UPCOMING_2026_04_16));
        assertThat(byName(d, "Entrust Root Certification Authority").removal())
                .contains("scheduled for removal (bug 2032223)");
        assertThat(d.roots().all().stream().filter(r -> r.removal().isPresent())).hasSize(1);
    }

    @Test
    void load_removedRoot_carriesRemovalNote() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.REMOVED_2025_03_28));
        StoreRoot r = d.roots().all().stream().filter(x -> x.name().equals("Chambers of Commerce Root - 2008"))
                .findFirst().orElseThrow();
        assertThat(r.status()).isEqualTo(RootStatus.REMOVED);
        assertThat(r.removal()).contains("Firefox 121; NSS 3.94; https://bugzilla.mozilla.org/show_bug.cgi?id=1850982");
        assertThat(d.warnings()).containsExactly("no included-roots report and no certdata.txt among the reference "
                + "data: no root is trusted, so every chain will be reported untrusted");
    }

    @Test
    void load_certdataAndCcadb_certdataWins_differencesNamedInWarning() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, CcadbFixtures.REMOVED_2026_06_16,
                CcadbFixtures.CERTDATA));
        // 167 certdata roots + SecureSign Root CA16 (CCADB only) are included.
        assertThat(count(d, RootStatus.INCLUDED)).isEqualTo(168);
        StoreRoot entrust = byName(d, "Entrust Root Certification Authority");
        assertThat(entrust.status()).isEqualTo(RootStatus.INCLUDED);
        assertThat(entrust.caOwner()).contains("Sectigo");
        assertThat(entrust.removal()).hasValueSatisfying(v -> assertThat(v).startsWith("CCADB lists it as removed"));
        assertThat(byName(d, "SecureSign Root CA12").status()).isEqualTo(RootStatus.INCLUDED);
        assertThat(byName(d, "SecureSign Root CA16").status()).isEqualTo(RootStatus.INCLUDED);
        assertThat(d.warnings()).containsExactly("certdata.txt and the CCADB included-roots report disagree; "
                + "certdata.txt wins. Only in certdata.txt (treated as included): Entrust Root Certification "
                + "Authority, SecureSign Root CA12. Only in CCADB (kept as included, not in this certdata.txt): "
                + "SecureSign Root CA16.");
    }

    @Test
    void load_certdataAndCcadb_izenpeDistrustFromTrustObject_andNssTrustBitsWin() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, CcadbFixtures.CERTDATA));
        StoreRoot izenpe = byName(d, "Izenpe.com");
        assertThat(izenpe.distrustAfterInstant()).contains(Instant.parse("2026-04-15T23:59:59Z"));
        assertThat(izenpe.caOwner()).contains("Izenpe S.A.");
        // CCADB shows G4 with distrust 2024.11.19; this certdata.txt has no date for it and no server-auth trust.
        StoreRoot g4 = byName(d, "Entrust Root Certification Authority - G4");
        assertThat(g4.distrustForTlsAfter()).isEmpty();
        assertThat(g4.trustBits()).containsExactly(TrustBit.EMAIL);
        assertThat(byName(d, "TUBITAK Kamu SM SSL Kok Sertifikasi - Surum 1").mozillaAppliedConstraints()).contains("*.tr");
        long withDistrust = d.roots().all().stream().filter(r -> r.distrustForTlsAfter().isPresent()).count();
        assertThat(withDistrust).isEqualTo(6);
    }

    @Test
    void load_certdataAlone_167IncludedRoots_121WithWebsites() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.CERTDATA));
        assertThat(d.roots().size()).isEqualTo(167);
        assertThat(d.roots().all().stream().filter(r -> r.trustBits().contains(TrustBit.WEBSITES))).hasSize(121);
        assertThat(d.roots().all()).allSatisfy(r -> assertThat(r.caOwner()).isEmpty());
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly("nss-certdata");
        assertThat(d.snapshots().get(0).sha256())
                .isEqualTo("77130ef91213772844561fbd3aa31d413b25c2ac7f576fea3bc3bbff7ef93489");
    }

    @Test
    void load_caPemsDirectory_10229RowsAddUp_digicertSha2AndBothIsrgRootsFoundBySubject() throws RefDataException {
        long start = System.nanoTime();
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.CA_PEMS_DIR));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(d.snapshots()).hasSize(33).allSatisfy(s -> assertThat(s.kind()).isEqualTo("ccadb-ca-pems"));
        // 10,229 rows across the 33 files; 12 certificates appear in two year files, so 10,217 distinct.
        long rows = 0;
        try (var files = java.nio.file.Files.list(CcadbFixtures.CA_PEMS_DIR)) {
            for (java.nio.file.Path f : files.toList()) {
                rows += CaPemReports.caPems(CcadbFixtures.table(f)).size();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(rows).isEqualTo(10_229);
        assertThat(d.caCertificates().size()).isEqualTo(10_217);
        assertThat(d.warnings()).containsExactly("no included-roots report and no certdata.txt among the reference "
                + "data: no root is trusted, so every chain will be reported untrusted");
        Certificate leaf = Corpus.first("chains/badssl_wildcard-rsa2048.pem");
        assertThat(d.caCertificates().bySubject(leaf.issuer())).extracting(Certificate::sha256)
                .anySatisfy(sha -> assertThat(sha).startsWith("154c433c491929c5"));
        Certificate isrg = Corpus.first("chains/LeoBernabeu_isrgrootx1.pem");
        assertThat(d.caCertificates().bySubject(isrg.subject())).extracting(Certificate::sha256)
                .anySatisfy(sha -> assertThat(sha).startsWith("96bcec06264976f3"))
                .anySatisfy(sha -> assertThat(sha).startsWith("6d99fb265eb1c5b3"));
        // A generous ceiling for slow CI machines; on 2 cores it takes about 2 s (see the branch report).
        assertThat(millis).isLessThan(20_000);
    }

    @Test
    void load_poolIncludesStoreRoots_evenWithoutCaPemReports() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24));
        assertThat(d.caCertificates().size()).isEqualTo(166);
    }

    @Test
    void load_allRecordsFixture_recognisedAndSnapshotted_auditCellsEmptyBecauseSameAsParent() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, CcadbFixtures.ALL_RECORDS_2024));
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly("ccadb-included-roots", "ccadb-all-records");
        assertThat(CaPemReports.auditPeriodEnds(CcadbFixtures.table(CcadbFixtures.ALL_RECORDS_2024))).isEmpty();
        assertThat(CaPemReports.auditPeriodEnds(CcadbFixtures.table(CcadbFixtures.ALL_RECORDS_2023))).isEmpty();
    }

    @Test
    void load_unknownReports_skippedWithWarningNamingEachFile() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, CcadbFixtures.MICROSOFT,
                CcadbFixtures.WEBSITES_PEM, CcadbFixtures.UPCOMING_INCLUSIONS));
        assertThat(d.warnings()).hasSize(3);
        assertThat(d.warnings().get(0)).startsWith(CcadbFixtures.MICROSOFT + ": skipped: not a report kind rootwatch uses");
        assertThat(d.warnings().get(1)).startsWith(CcadbFixtures.WEBSITES_PEM + ": skipped");
        assertThat(d.warnings().get(2)).startsWith(CcadbFixtures.UPCOMING_INCLUSIONS + ": skipped");
        assertThat(d.snapshots()).hasSize(1);
    }

    private static long count(ReferenceData d, RootStatus status) {
        return d.roots().all().stream().filter(r -> r.status() == status).count();
    }

    private static StoreRoot byName(ReferenceData d, String name) {
        List<StoreRoot> m = d.roots().all().stream().filter(r -> r.name().equals(name)).toList();
        assertThat(m).as(name).hasSize(1);
        return m.get(0);
    }
}
