package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Snapshot;
import io.rootwatch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsBundleAndDiffTest {

    @Test
    void osBundle_everyCertificateIncludedWithWebsites_noOwner_warningNamesTheBundle() throws RefDataException {
        // The atc0005 Mozilla-derived bundle (166 certificates) stands in for /etc/ssl/certs/ca-certificates.crt.
        Path bundle = Corpus.path("roots/atc0005_IncludedCACertificates.pem");
        ReferenceData d = RefDataLoader.osBundle(bundle);
        assertThat(d.roots().size()).isEqualTo(166);
        assertThat(d.roots().all()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RootStatus.INCLUDED);
            assertThat(r.trustBits()).containsExactly(TrustBit.WEBSITES);
            assertThat(r.caOwner()).isEmpty();
            assertThat(r.distrustForTlsAfter()).isEmpty();
        });
        assertThat(d.warnings()).containsExactly("CCADB data unavailable: distrust and removal checks are off "
                + "(using the operating system's bundle " + bundle + ")");
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly("os-bundle");
        assertThat(d.caCertificates().size()).isEqualTo(166);
    }

    /** atc0005's bundle and CCADB's report of the same date (2026-06-24) hold the same 166 roots (MANIFEST roots/). */
    @Test
    void osBundle_namesEachRootAsCcadbDoes_notByItsFullDn() throws RefDataException {
        ReferenceData bundle = RefDataLoader.osBundle(Corpus.path("roots/atc0005_IncludedCACertificates.pem"));
        ReferenceData ccadb = RefDataLoader.load(java.util.List.of(CcadbFixtures.INCLUDED_2026_06_24));
        assertThat(bundle.roots().all()).hasSize(166).allSatisfy(r -> assertThat(r.name())
                .isEqualTo(ccadb.roots().bySha256(r.certificate().sha256()).orElseThrow().name()));
        // no CN: CCADB names it by its OU, not "The Go Daddy Group, Inc." nor the whole DN
        assertThat(bundle.roots().bySha256("c3846bf24b9e93ca64274c0ec67c1ecc5e024ffcacd2d74019350e81fe546ae4")
                .orElseThrow().name()).isEqualTo("Go Daddy Class 2 Certification Authority");
    }

    @Test
    void osBundle_withoutCertificates_isErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.crt"), "no pem here\n");
        assertThatThrownBy(() -> RefDataLoader.osBundle(empty))
                .isInstanceOf(RefDataException.class)
                .hasMessage(empty + ": no certificate found in the bundle");
    }

    private static RootStore store(Path included) throws RefDataException {
        return RefDataLoader.load(List.of(included)).roots();
    }

    @Test
    void diff_2025_03_28_to_2025_10_18_tenAdded_baltimoreRemoved_fiveEntrustRootsToSectigo() throws RefDataException {
        RootStoreDiff diff = RootStoreDiff.between(store(CcadbFixtures.INCLUDED_2025_03_28),
                store(CcadbFixtures.INCLUDED_2025_10_18));
        assertThat(diff.added()).hasSize(10);
        assertThat(diff.removed()).extracting(StoreRoot::name).containsExactly("Baltimore CyberTrust Root");
        assertThat(diff.ownerChanges()).hasSize(5).allSatisfy(c -> {
            assertThat(c.before()).contains("Entrust");
            assertThat(c.after()).contains("Sectigo");
        });
        assertThat(diff.distrustChanges()).isEmpty();
        // ePKI has no distrust date yet in 2025-10-18, so CCADB dropping Websites is taken as given.
        assertThat(diff.trustBitChanges()).extracting(c -> c.root().name()).containsExactly(
                "AAA Certificate Services", "GlobalSign Root CA", "Go Daddy Class 2 Certification Authority",
                "Starfield Class 2 Certification Authority", "XRamp Global Certification Authority",
                "ePKI Root Certification Authority");
    }

    @Test
    void diff_2025_10_18_to_2026_02_14_oneAdded_fourCommScopeRemoved_epkiDistrustDateAppears() throws RefDataException {
        RootStoreDiff diff = RootStoreDiff.between(store(CcadbFixtures.INCLUDED_2025_10_18),
                store(CcadbFixtures.INCLUDED_2026_02_14));
        assertThat(diff.added()).extracting(StoreRoot::name).containsExactly("e-Szigno TLS Root CA 2023");
        assertThat(diff.removed()).hasSize(4).allSatisfy(r -> assertThat(r.name()).startsWith("CommScope Public Trust"));
        assertThat(diff.distrustChanges()).singleElement().satisfies(c -> {
            assertThat(c.root().name()).isEqualTo("ePKI Root Certification Authority");
            assertThat(c.before()).isEmpty();
            assertThat(c.after()).contains(LocalDate.of(2025, 4, 15));
        });
        // With its distrust date, ePKI's Websites bit comes back (kept for leaves issued on or before the date).
        assertThat(diff.trustBitChanges()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(Set.of(TrustBit.EMAIL));
            assertThat(c.after()).isEqualTo(Set.of(TrustBit.EMAIL, TrustBit.WEBSITES));
        });
        assertThat(diff.ownerChanges()).hasSize(10);
    }

    @Test
    void diff_2026_02_14_to_2026_06_24_secureSignCa16Added_sixteenRemoved_izenpeDistrust() throws RefDataException {
        RootStoreDiff diff = RootStoreDiff.between(store(CcadbFixtures.INCLUDED_2026_02_14),
                store(CcadbFixtures.INCLUDED_2026_06_24));
        assertThat(diff.added()).extracting(StoreRoot::name).containsExactly("SecureSign Root CA16");
        assertThat(diff.removed()).hasSize(16).extracting(StoreRoot::name)
                .contains("GLOBALTRUST 2020", "Entrust Root Certification Authority", "XRamp Global Certification Authority");
        assertThat(diff.distrustChanges()).singleElement().satisfies(c -> {
            assertThat(c.root().name()).isEqualTo("Izenpe.com");
            assertThat(c.after()).isEqualTo(Optional.of(LocalDate.of(2026, 4, 15)));
        });
        assertThat(diff.trustBitChanges()).hasSize(19);
        assertThat(diff.ownerChanges()).hasSize(5);
    }

    @Test
    void diff_includedThenRemoved_countsAsRemoved() throws RefDataException {
        RootStore older = store(CcadbFixtures.INCLUDED_2026_02_14);
        RootStore newer = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, CcadbFixtures.REMOVED_2026_06_16)).roots();
        RootStoreDiff diff = RootStoreDiff.between(older, newer);
        assertThat(diff.removed()).hasSize(16);
        assertThat(diff.added()).hasSize(1);
    }
}
