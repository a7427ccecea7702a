package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives its documented outcome, with the file named. */
class RefDataLoaderBadInputTest {
    @TempDir
    Path dir;

    @Test
    void bomPlusRealIncludedReport_loadsTheSame166Roots() throws IOException {
        Path f = dir.resolve("with-bom.csv");
        byte[] real = Files.readAllBytes(CcadbFixtures.INCLUDED_2026_06_24);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(f, concat(bom, real));
        ReferenceData d = RefDataLoader.load(List.of(f));
        assertThat(d.roots().size()).isEqualTo(166);
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly("ccadb-included-roots");
        assertThat(d.snapshots().get(0).sha256()).isEqualTo(Texts.sha256Hex(concat(bom, real)));
    }

    @Test
    void brokenQuoteInRecognisedReport_isRefDataExceptionNamingFileAndLine() throws IOException {
        Path f = dir.resolve("broken.csv");
        String header = Files.readString(CcadbFixtures.UPCOMING_HEADER_ONLY).strip();
        Files.writeString(f, header + "\n\"DigiCert\",\"Baltimore\n");
        assertThatThrownBy(() -> RefDataLoader.load(List.of(f)))
                .isInstanceOf(RefDataException.class)
                .hasMessageStartingWith(f + ": malformed CSV")
                .hasMessageContaining("startline 2");
    }

    @Test
    void missingRequiredColumn_isRefDataExceptionNamingFileAndColumn() throws IOException {
        Path f = dir.resolve("no-pem.csv");
        Files.writeString(f, "\"Owner\",\"Common Name or Certificate Name\",\"Trust Bits\",\"Distrust for TLS After Date\","
                + "\"PEM Info\"\n");
        ReferenceData headerOnly = RefDataLoader.load(List.of(f)); // header-only: loads, but not in silence
        assertThat(headerOnly.roots().size()).isZero();
        assertThat(headerOnly.warnings()).containsExactly(f + ": the Mozilla included-roots report has no rows; no root "
                + "is trusted, so every chain will be reported untrusted");
        Files.writeString(f, "\"Owner\",\"Trust Bits\",\"Distrust for TLS After Date\",\"PEM Info\"\n\"A\",\"\",\"\",\"\"\n");
        assertThatThrownBy(() -> RefDataLoader.load(List.of(f)))
                .isInstanceOf(RefDataException.class)
                .hasMessage(f + ": line 1: missing required column \"Common Name or Certificate Name\" (or Common Name "
                        + "or Certificate Name, Root Certificate Name, Certificate Name)");
    }

    @Test
    void headerOnlyUpcomingRemovals_loadsWithZeroRows() throws RefDataException {
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, CcadbFixtures.UPCOMING_HEADER_ONLY));
        assertThat(d.snapshots()).extracting(Snapshot::kind).contains("ccadb-upcoming-removals");
        assertThat(d.roots().all()).noneMatch(r -> r.removal().isPresent());
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void truncatedToItsHeader_realIncludedReport_warnsNamingTheFile_evenBesideOtherReports() throws IOException {
        String real = Files.readString(CcadbFixtures.INCLUDED_2026_06_24);
        Path f = Files.writeString(dir.resolve("included.csv"), real.substring(0, real.indexOf('\n') + 1));
        ReferenceData d = RefDataLoader.load(List.of(f, CcadbFixtures.UPCOMING_HEADER_ONLY));
        assertThat(d.roots().size()).isZero();
        // the header-only upcoming-removals report is normal (nothing scheduled) and stays silent
        assertThat(d.warnings()).containsExactly(f + ": the Mozilla included-roots report has no rows; no root is "
                + "trusted, so every chain will be reported untrusted");
    }

    @Test
    void certdataWithoutCertificates_warnsNamingTheFile() throws IOException {
        Path f = Files.writeString(dir.resolve("certdata.txt"), "# empty store\nBEGINDATA\n"
                + "CKA_CLASS CK_OBJECT_CLASS CKO_NSS_BUILTIN_ROOT_LIST\nCKA_TOKEN CK_BBOOL CK_TRUE\n");
        ReferenceData d = RefDataLoader.load(List.of(f));
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly("nss-certdata");
        assertThat(d.warnings()).containsExactly(f + ": certdata.txt has no root certificates; no root is trusted, "
                + "so every chain will be reported untrusted");
        // beside a real included-roots report the store is not empty: the file is still named, without the alarm
        ReferenceData both = RefDataLoader.load(List.of(f, CcadbFixtures.INCLUDED_2026_06_24));
        assertThat(both.warnings()).contains(f + ": certdata.txt has no root certificates");
    }

    @Test
    void symlinkedReportInADirectory_isFollowed_whileLoopsAndDanglingLinksAreSkippedByName() throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        // the link points inside the temp dir, so that JUnit's clean-up never follows it out
        Path download = Files.write(dir.resolve("included-2026-06-24.csv"), Files.readAllBytes(CcadbFixtures.INCLUDED_2026_06_24));
        Path link = Files.createSymbolicLink(reports.resolve("current-included.csv"), download);
        Path loop = Files.createSymbolicLink(reports.resolve("loop"), reports);
        Path dangling = Files.createSymbolicLink(reports.resolve("gone.csv"), dir.resolve("deleted.csv"));
        ReferenceData d = RefDataLoader.load(List.of(reports));
        assertThat(d.roots().size()).isEqualTo(166);
        assertThat(d.snapshots()).extracting(Snapshot::source).containsExactly(link.toString());
        assertThat(d.warnings()).containsExactlyInAnyOrder(
                loop + ": skipped: a symbolic link back to a folder already being read (a loop)",
                dangling + ": skipped: a symbolic link whose target does not exist");
    }

    @Test
    void randomBytes_skippedWithWarningNamingTheFile_andAloneIsAUsageError() throws IOException {
        Path f = dir.resolve("noise.bin");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(f, noise);
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, f));
        assertThat(d.warnings()).containsExactly(f + ": skipped: not a UTF-8 text file, so not a CCADB report or certdata.txt");
        assertThatThrownBy(() -> RefDataLoader.load(List.of(f)))
                .isInstanceOf(RefDataException.class)
                .hasMessageContaining("none of the given reference-data inputs is a report rootwatch uses")
                .hasMessageContaining(f.toString());
    }

    @Test
    void twoIncludedRootsFiles_isUsageErrorNamingBoth() {
        assertThatThrownBy(() -> RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2025_03_28, CcadbFixtures.INCLUDED_2026_06_24)))
                .isInstanceOf(RefDataException.class)
                .hasMessage("two files of kind ccadb-included-roots: " + CcadbFixtures.INCLUDED_2025_03_28 + " and "
                        + CcadbFixtures.INCLUDED_2026_06_24 + "; give at most one file of this kind");
    }

    @Test
    void directoryAndFileInside_mixed_eachFileOnce_kindFromHeaderNotName() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Path misnamed = sub.resolve("RemovedCACertificateWithPEMReport.csv"); // really the included report
        Files.copy(CcadbFixtures.INCLUDED_2026_06_24, misnamed);
        Files.writeString(dir.resolve(".hidden.csv"), "junk");
        ReferenceData d = RefDataLoader.load(List.of(dir, misnamed));
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly("ccadb-included-roots");
        assertThat(d.roots().size()).isEqualTo(166);
    }

    @Test
    void missingPath_isRefDataExceptionNamingIt() {
        Path nowhere = dir.resolve("nope.csv");
        assertThatThrownBy(() -> RefDataLoader.load(List.of(nowhere)))
                .isInstanceOf(RefDataException.class)
                .hasMessage(nowhere + ": no such file or directory");
    }

    @Test
    void intermediatesReport_preferredOverCaPems_andPemRowsBecomePool() throws IOException {
        // A small synthetic PublicAllIntermediateCertsWithPEMCSV: the real header's key columns, one real CA.
        String pem = Files.readString(io.rootwatch.testing.Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        String second = pem.substring(pem.indexOf("-----BEGIN", 10));
        Path inter = dir.resolve("inter.csv");
        Files.writeString(inter, "\"CA Owner\",\"Parent Certificate Name\",\"Certificate Name\",\"SHA-256 Fingerprint\","
                + "\"Parent SHA-256 Fingerprint\",\"Valid From [GMT]\",\"Technically Constrained\",\"PEM Info\"\r\n"
                + "\"DigiCert\",\"DigiCert Global Root CA\",\"DigiCert SHA2 Secure Server CA\",\"\",\"\",\"2013 Mar 08\","
                + "\"FALSE\",\"'" + second.strip() + "'\"\r\n");
        Path caPems = CcadbFixtures.CA_PEMS_DIR.resolve("AllCertificatePEMsCSVFormat_NotBeforeYear_1994.csv");
        ReferenceData d = RefDataLoader.load(List.of(inter, caPems));
        assertThat(d.caCertificates().size()).isEqualTo(1);
        assertThat(d.snapshots()).extracting(Snapshot::kind).containsExactly("ccadb-intermediates");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).startsWith("both the public-intermediates report and 1 "
                + "all-CA-PEM file(s) were given; the intermediates report is used"));
    }

    @Test
    void allRecordsWithAuditDates_fillLatestAuditPeriodEnd_newestOfAllAuditKinds() throws IOException {
        // Synthetic AllCertificateRecords rows (real column names, mixed date forms) for Actalis' real root.
        Path records = dir.resolve("records.csv");
        Files.writeString(records, "\"CA Owner\",\"Certificate Record Type\",\"SHA-256 Fingerprint\","
                + "\"Standard Audit Period End Date\",\"TLS BR Audit Period End Date\",\"Audits Same as Parent?\"\n"
                + "\"Actalis\",\"Root Certificate\",\"55926084EC963A64B96E2ABE01CE0BA86A64FBFEBCC7AAB5AFC155B37FD76066\","
                + "\"2025.03.31\",\"2025-04-30\",\"False\"");
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, records));
        StoreRoot actalis = d.roots().bySha256("55926084ec963a64b96e2abe01ce0ba86a64fbfebcc7aab5afc155b37fd76066")
                .orElseThrow();
        assertThat(actalis.latestAuditPeriodEnd()).contains(java.time.LocalDate.of(2025, 4, 30));
        assertThat(d.roots().all().stream().filter(r -> r.latestAuditPeriodEnd().isPresent())).hasSize(1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The included-roots report cut after a field of its last row, as an interrupted download leaves it. */
    @Test
    void includedReportCutAtAFieldBoundary_isAnInputErrorNamingFileAndLine() throws IOException {
        String real = Files.readString(CcadbFixtures.INCLUDED_2026_06_24, StandardCharsets.UTF_8).stripTrailing();
        int lastRow = real.lastIndexOf("\n\"") + 1;
        int cut = real.indexOf("\",\"", lastRow) + 2; // after the first cell and its delimiter
        Path f = dir.resolve("included.csv");
        Files.writeString(f, real.substring(0, cut));
        long line = real.substring(0, lastRow).lines().count() + 1;

        assertThatThrownBy(() -> RefDataLoader.load(List.of(f)))
                .isInstanceOf(RefDataException.class)
                .hasMessageStartingWith(f + ": line " + line + ": row has 1 of ")
                .hasMessageContaining("columns (truncated file?)");
    }

    @Test
    void pemReportCutAfterADelimiter_warnsAndSkipsTheRow() throws IOException {
        Path f = dir.resolve("pems.csv");
        Files.writeString(f, "SHA-256 Fingerprint,X.509 Certificate (PEM)\n2930BD09A07126BDC17288D4F2AD84645EC948607907A97B5ED0B0B05879EF69,");
        ReferenceData d = RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2026_06_24, f));
        assertThat(d.warnings()).contains(f + ": line 2: row has 1 of 2 columns (truncated file?); row skipped");
        assertThat(d.warnings()).noneMatch(w -> w.contains("no PEM certificate"));
    }

    /** The 2025-03-28 included report (175 rows, MANIFEST) with its PEM cells broken: "MII" → "AAA" decodes to tag 0. */
    private Path includedWithCorruptPems(boolean all) throws IOException {
        String real = Files.readString(CcadbFixtures.INCLUDED_2025_03_28);
        String regex = "(-----BEGIN CERTIFICATE-----\\s*)MII"; // one cell has a space before its CRLF
        String broken = all ? real.replaceAll(regex, "$1AAA") : real.replaceFirst(regex, "$1AAA");
        return Files.writeString(dir.resolve(all ? "all-corrupt.csv" : "one-corrupt.csv"), broken);
    }

    @Test
    void includedReportWhoseEveryPemIsCorrupt_givesOneSummary_aFewRows_andTheNoRootTrustedAlarm() throws IOException {
        Path f = includedWithCorruptPems(true);
        ReferenceData d = RefDataLoader.load(List.of(f));
        assertThat(d.roots().size()).isZero();
        List<String> warnings = d.warnings();
        assertThat(warnings).hasSize(1 + (SkippedRows.NAMED - 1) + 1);
        assertThat(warnings.get(0)).startsWith(f + ": 175 of 175 rows skipped (certificates that do not parse); first: "
                + "line 2: ");
        assertThat(warnings.subList(1, SkippedRows.NAMED)).allSatisfy(w -> assertThat(w).startsWith(f + ": line ")
                .contains(": certificate skipped: "));
        assertThat(warnings.get(warnings.size() - 1)).isEqualTo(f + ": none of the 175 rows of the Mozilla included-roots"
                + " report holds a certificate that parses; no root is trusted, so every chain will be reported untrusted");
    }

    @Test
    void includedReportWithOneCorruptPem_givesOneSummaryLine_andNoAlarm() throws IOException {
        Path f = includedWithCorruptPems(false);
        ReferenceData d = RefDataLoader.load(List.of(f));
        assertThat(d.roots().size()).isEqualTo(174);
        assertThat(d.warnings()).singleElement().asString()
                .startsWith(f + ": 1 of 175 rows skipped (certificates that do not parse); first: line 2: ");
    }

    @Test
    void corruptIncludedReportBesideRemovedReport_stillRaisesTheAlarm_removedRootsAreNotTrusted() throws IOException {
        Path f = includedWithCorruptPems(true);
        ReferenceData d = RefDataLoader.load(List.of(f, CcadbFixtures.REMOVED_2025_03_28));
        assertThat(d.roots().all()).isNotEmpty().allMatch(r -> r.status() == RootStatus.REMOVED);
        assertThat(d.warnings()).contains(f + ": none of the 175 rows of the Mozilla included-roots report holds a"
                + " certificate that parses; no root is trusted, so every chain will be reported untrusted");
    }
}
