package io.rootwatch.refdata;

import io.rootwatch.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Paths of the CCADB / NSS corpus files (read in place from ../shared/corpus, never copied). */
final class CcadbFixtures {
    static final Path INCLUDED_2025_03_28 = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv");
    static final Path INCLUDED_2025_10_18 = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-10-18.csv");
    static final Path INCLUDED_2026_02_14 = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-02-14.csv");
    static final Path INCLUDED_2026_06_24 = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv");
    static final Path REMOVED_2025_03_28 = Corpus.path("ccadb/RemovedCACertificateWithPEMReport_2025-03-28.csv");
    static final Path REMOVED_2026_06_16 = Corpus.path("ccadb/RemovedCACertificateWithPEMReport_2026-06-16.csv");
    static final Path UPCOMING_2025_04_23 = Corpus.path("ccadb/UpcomingRootRemovalsReport_2025-04-23.csv");
    static final Path UPCOMING_2026_04_16 = Corpus.path("ccadb/UpcomingRootRemovalsReport_2026-04-16.csv");
    static final Path UPCOMING_HEADER_ONLY = Corpus.path("ccadb/UpcomingRootRemovalsReport_2026-06-16_headeronly.csv");
    static final Path CA_PEMS_DIR = Corpus.path("ccadb/AllCertificatePEMsCSVFormat_2026-08-21");
    static final Path ALL_RECORDS_2024 =
            Corpus.path("ccadb/AllCertificateRecordsCSVFormat_cpu-ccadb-utils-testdata_2024-11-01.test.csv");
    static final Path ALL_RECORDS_2023 =
            Corpus.path("ccadb/AllCertificateRecordsCSVFormat_cpu-ccadb-utils-testdata_2023-04-21.test.csv");
    static final Path MICROSOFT = Corpus.path("ccadb/AllMicrosoftRoots_IncludedCACertificateReportForMSFTCSVPEM_2023-06-14.csv");
    static final Path WEBSITES_PEM = Corpus.path("ccadb/IncludedRootsPEMCSV_TrustBitsWebsites_2023-06-13.csv");
    static final Path UPCOMING_INCLUSIONS = Corpus.path("ccadb/UpcomingRootInclusionsReportCSVFormat_2023-06-13.csv");
    static final Path CERTDATA = Corpus.path("roots/certdata.txt");

    private CcadbFixtures() {
    }

    static String text(Path p) {
        try {
            return Texts.decode(Files.readAllBytes(p)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvTable table(Path p) throws RefDataException {
        return CsvTable.parse(text(p), p.getFileName().toString());
    }

    static List<CcadbRootRow> included(Path p) throws RefDataException {
        return CcadbRootReports.included(table(p), w -> {
            throw new AssertionError(w);
        });
    }

    static List<NssRoot> certdata() throws RefDataException {
        List<String> warnings = new ArrayList<>();
        List<NssRoot> roots = CertdataParser.parse(text(CERTDATA), "certdata.txt", warnings::add);
        if (!warnings.isEmpty()) {
            throw new AssertionError(warnings);
        }
        return roots;
    }
}
