package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every corpus CCADB file is recognised by its header row, never by its name. */
class ReportKindDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv, ccadb-included-roots",
            "ccadb/IncludedCACertificateWithPEMReport_2025-10-18.csv, ccadb-included-roots",
            "ccadb/IncludedCACertificateWithPEMReport_2026-02-14.csv, ccadb-included-roots",
            "ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv, ccadb-included-roots",
            "ccadb/RemovedCACertificateWithPEMReport_2025-03-28.csv, ccadb-removed-roots",
            "ccadb/RemovedCACertificateWithPEMReport_2026-06-16.csv, ccadb-removed-roots",
            "ccadb/UpcomingRootRemovalsReport_2025-04-23.csv, ccadb-upcoming-removals",
            "ccadb/UpcomingRootRemovalsReport_2026-04-16.csv, ccadb-upcoming-removals",
            "ccadb/UpcomingRootRemovalsReport_2026-06-16_headeronly.csv, ccadb-upcoming-removals",
            "ccadb/AllCertificateRecordsCSVFormat_cpu-ccadb-utils-testdata_2024-11-01.test.csv, ccadb-all-records",
            "ccadb/AllCertificateRecordsCSVFormat_cpu-ccadb-utils-testdata_2023-04-21.test.csv, ccadb-all-records",
            "roots/certdata.txt, nss-certdata",
            "ccadb/AllMicrosoftRoots_IncludedCACertificateReportForMSFTCSVPEM_2023-06-14.csv, unknown",
            "ccadb/IncludedRootsPEMCSV_TrustBitsWebsites_2023-06-13.csv, unknown",
            "ccadb/UpcomingRootInclusionsReportCSVFormat_2023-06-13.csv, unknown",
            "roots/atc0005_IncludedCACertificates.pem, unknown"})
    void detect_corpusFile_givesKindFromHeader(String file, String kind) {
        Optional<ReportKind> detected = ReportKindDetector.detect(CcadbFixtures.text(Corpus.path(file)));
        assertThat(detected.map(ReportKind::id).orElse("unknown")).isEqualTo(kind);
    }

    @Test
    void detect_all33CaPemFiles_areCaPems() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CcadbFixtures.CA_PEMS_DIR)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(33);
        assertThat(files).allSatisfy(f -> assertThat(ReportKindDetector.detect(CcadbFixtures.text(f)))
                .contains(ReportKind.CCADB_CA_PEMS));
    }

    @Test
    void detect_intermediatesHeader_withParentColumns_isIntermediates() {
        String header = "\"CA Owner\",\"Parent Certificate Name\",\"Certificate Name\",\"Certificate Issuer Common Name\","
                + "\"SHA-256 Fingerprint\",\"Parent SHA-256 Fingerprint\",\"Valid From [GMT]\",\"PEM Info\"\n";
        assertThat(ReportKindDetector.detect(header)).contains(ReportKind.CCADB_INTERMEDIATES);
    }

    @Test
    void detect_reorderedAndRenamedAuditColumns_stillIncluded() {
        String header = "\"PEM Info\",\"Distrust for TLS After Date\",\"Common Name or Certificate Name\","
                + "\"TLS BR Audit\",\"Audit Firm\",\"Trust Bits\",\"SHA-256 Fingerprint\"\n";
        assertThat(ReportKindDetector.detect(header)).contains(ReportKind.CCADB_INCLUDED_ROOTS);
    }
}
