package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Mozilla included-roots report, checked against the corpus MANIFEST's counts and dates. */
class CcadbIncludedReportTest {

    @ParameterizedTest(name = "{0}: {1} rows, {2} cols, W;E/W/E/off = {3}/{4}/{5}/{6}, {7} distrust dates")
    @CsvSource({
            "2025-03-28, 175, 36, 78, 72, 25, 0, 10",
            "2025-10-18, 184, 37, 70, 77, 35, 2, 10",
            "2026-02-14, 181, 37, 70, 74, 35, 2, 11",
            "2026-06-24, 166, 37, 43, 75, 46, 2, 6"})
    void included_eachSnapshot_hasManifestRowAndTrustBitCounts(String date, int rows, int cols, int both,
                                                              int websites, int email, int off, int distrust)
            throws RefDataException {
        Path file = CcadbFixtures.INCLUDED_2025_03_28.resolveSibling("IncludedCACertificateWithPEMReport_" + date + ".csv");
        CsvTable table = CcadbFixtures.table(file);
        List<CcadbRootRow> parsed = CcadbFixtures.included(file);

        assertThat(table.header()).hasSize(cols);
        assertThat(parsed).hasSize(rows);
        Map<Set<TrustBit>, Long> counts = parsed.stream()
                .collect(Collectors.groupingBy(CcadbRootRow::trustBits, Collectors.counting()));
        assertThat(counts.getOrDefault(Set.of(TrustBit.WEBSITES, TrustBit.EMAIL), 0L)).isEqualTo(both);
        assertThat(counts.getOrDefault(Set.of(TrustBit.WEBSITES), 0L)).isEqualTo(websites);
        assertThat(counts.getOrDefault(Set.of(TrustBit.EMAIL), 0L)).isEqualTo(email);
        assertThat(counts.getOrDefault(Set.of(), 0L)).isEqualTo(off);
        assertThat(parsed.stream().filter(r -> r.distrustForTlsAfter().isPresent())).hasSize(distrust);
    }

    @Test
    void header_2025_10_18_addsMarkdownColumn_whichTheOlderCopyLacks() throws RefDataException {
        assertThat(CcadbFixtures.table(CcadbFixtures.INCLUDED_2025_10_18).header()).contains("Markdown/AsciiDoc CP/CPS");
        assertThat(CcadbFixtures.table(CcadbFixtures.INCLUDED_2025_03_28).header()).doesNotContain("Markdown/AsciiDoc CP/CPS");
    }

    @Test
    void distrustDates_2025_03_28_matchManifest() throws RefDataException {
        Map<String, Optional<LocalDate>> d = CcadbFixtures.included(CcadbFixtures.INCLUDED_2025_03_28).stream()
                .filter(r -> r.distrustForTlsAfter().isPresent())
                .collect(Collectors.toMap(CcadbRootRow::name, CcadbRootRow::distrustForTlsAfter));
        LocalDate entrust = LocalDate.of(2024, 11, 30);
        assertThat(d).containsOnly(
                Map.entry("GLOBALTRUST 2020", Optional.of(LocalDate.of(2024, 6, 30))),
                Map.entry("AffirmTrust Commercial", Optional.of(entrust)),
                Map.entry("AffirmTrust Networking", Optional.of(entrust)),
                Map.entry("AffirmTrust Premium", Optional.of(entrust)),
                Map.entry("AffirmTrust Premium ECC", Optional.of(entrust)),
                Map.entry("Entrust Root Certification Authority", Optional.of(entrust)),
                Map.entry("Entrust Root Certification Authority - EC1", Optional.of(entrust)),
                Map.entry("Entrust Root Certification Authority - G2", Optional.of(entrust)),
                Map.entry("Entrust.net Certification Authority (2048)", Optional.of(entrust)),
                Map.entry("Entrust Root Certification Authority - G4", Optional.of(LocalDate.of(2024, 11, 19))));
    }

    @Test
    void distrustDates_newOnesAppearInLaterSnapshots_chunghwaAndIzenpe() throws RefDataException {
        assertThat(dateOf(CcadbFixtures.INCLUDED_2026_02_14, "ePKI Root Certification Authority"))
                .contains(LocalDate.of(2025, 4, 15));
        assertThat(dateOf(CcadbFixtures.INCLUDED_2026_02_14, "Izenpe.com")).isEmpty();
        assertThat(dateOf(CcadbFixtures.INCLUDED_2026_06_24, "Izenpe.com")).contains(LocalDate.of(2026, 4, 15));
    }

    @Test
    void mozillaAppliedConstraints_2026_06_24_tubitakLimitedToTr_telekomSmimeCarryText() throws RefDataException {
        Map<String, String> c = CcadbFixtures.included(CcadbFixtures.INCLUDED_2026_06_24).stream()
                .filter(r -> r.mozillaAppliedConstraints().isPresent())
                .collect(Collectors.toMap(CcadbRootRow::name, r -> r.mozillaAppliedConstraints().orElseThrow()));
        assertThat(c).containsOnly(
                Map.entry("TUBITAK Kamu SM SSL Kok Sertifikasi - Surum 1", "*.tr"),
                Map.entry("Telekom Security SMIME ECC Root 2021", "No name constraints are to be applied"),
                Map.entry("Telekom Security SMIME RSA Root 2023", "No name constraints are to be applied"));
    }

    @Test
    void owner_entrustRoots_moveFromEntrustToSectigo() throws RefDataException {
        assertThat(ownerOf(CcadbFixtures.INCLUDED_2025_03_28, "Entrust Root Certification Authority - G2")).contains("Entrust");
        assertThat(ownerOf(CcadbFixtures.INCLUDED_2025_10_18, "Entrust Root Certification Authority - G2")).contains("Sectigo");
    }

    @Test
    void auditPeriodEnd_includedReportHasNoPeriodEndColumns_soItIsEmpty() throws RefDataException {
        // The real header has "Standard Audit Statement Dt" only; a statement date is not a period end.
        assertThat(CcadbFixtures.table(CcadbFixtures.INCLUDED_2026_06_24).columnsEndingWith("Audit Period End Date")).isEmpty();
        assertThat(CcadbFixtures.included(CcadbFixtures.INCLUDED_2026_06_24))
                .allSatisfy(r -> assertThat(r.auditPeriodEnd()).isEmpty());
    }

    private static Optional<LocalDate> dateOf(Path file, String name) throws RefDataException {
        return CcadbFixtures.included(file).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()
                .distrustForTlsAfter();
    }

    private static Optional<String> ownerOf(Path file, String name) throws RefDataException {
        return CcadbFixtures.included(file).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()
                .owner();
    }
}
