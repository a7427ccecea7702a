package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refdata diff} prints the same bytes for the same inputs: sorted rows, trust bits in a fixed order. */
class RefdataDiffOutputTest {
    private static final String EXPECTED = String.join("\n",
                "added     OISTE Client Root ECC G1 (OISTE)",
                "added     OISTE Client Root RSA G1 (OISTE)",
                "added     OISTE Server Root ECC G1 (OISTE)",
                "added     OISTE Server Root RSA G1 (OISTE)",
                "added     SwissSign RSA SMIME Root CA 2022 - 1 (SwissSign AG)",
                "added     SwissSign RSA TLS Root CA 2022 - 1 (SwissSign AG)",
                "added     TrustAsia SMIME ECC Root CA (TrustAsia Technologies, Inc.)",
                "added     TrustAsia SMIME RSA Root CA (TrustAsia Technologies, Inc.)",
                "added     TrustAsia TLS ECC Root CA (TrustAsia Technologies, Inc.)",
                "added     TrustAsia TLS RSA Root CA (TrustAsia Technologies, Inc.)",
                "removed   Baltimore CyberTrust Root (DigiCert)",
                "trust     AAA Certificate Services: [WEBSITES, EMAIL] -> [EMAIL]",
                "trust     GlobalSign Root CA: [WEBSITES, EMAIL] -> [EMAIL]",
                "trust     Go Daddy Class 2 Certification Authority: [WEBSITES, EMAIL] -> []",
                "trust     Starfield Class 2 Certification Authority: [WEBSITES, EMAIL] -> []",
                "trust     XRamp Global Certification Authority: [WEBSITES, EMAIL] -> [EMAIL]",
                "trust     ePKI Root Certification Authority: [WEBSITES, EMAIL] -> [EMAIL]",
                "owner     Entrust Root Certification Authority: Entrust -> Sectigo",
                "owner     Entrust Root Certification Authority - EC1: Entrust -> Sectigo",
                "owner     Entrust Root Certification Authority - G2: Entrust -> Sectigo",
                "owner     Entrust Root Certification Authority - G4: Entrust -> Sectigo",
                "owner     Entrust.net Certification Authority (2048): Entrust -> Sectigo",
                "10 added, 1 removed, 0 distrust-date changes, 6 trust-bit changes, 5 owner changes") + "\n";

    @Test
    void diff_2025_03_28_to_2025_10_18_isExactlyThis(@TempDir Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "refdata", "diff",
                Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-10-18.csv").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replace(System.lineSeparator(), "\n")).isEqualTo(EXPECTED);
    }

    @Test
    void diff_removedReportAgainstIncludedReport_isRefused_namingBothFilesAndKinds(@TempDir Path tmp) {
        Path removed = Corpus.path("ccadb/RemovedCACertificateWithPEMReport_2026-06-16.csv");
        Path included = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv");
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "refdata", "diff", removed.toString(), included.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("rootwatch: cannot diff " + removed + " (ccadb-removed-roots) against " + included
                + " (ccadb-included-roots): refdata diff compares two root stores, so each side needs a Mozilla"
                + " included-roots report (ccadb-included-roots) or NSS certdata.txt (nss-certdata)"
                + System.lineSeparator());
    }

    /** MANIFEST roots/certdata.txt: against the 2026-06-24 CSV it has Entrust RCA and SecureSign CA12, lacks CA16. */
    @Test
    void diff_includedReportAgainstCertdata_isARealComparison(@TempDir Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "refdata", "diff",
                Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv").toString(),
                Corpus.path("roots/certdata.txt").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("added") || l.startsWith("removed")).containsExactly(
                "added     Entrust Root Certification Authority",
                "added     SecureSign Root CA12",
                "removed   SecureSign Root CA16 (Cybertrust Japan / JCSI)");
        assertThat(lines.get(lines.size() - 1)).startsWith("2 added, 1 removed, ").endsWith(", 0 owner changes");
        // certdata.txt names no owners: that is no owner change for any of the 165 roots in both.
        assertThat(lines).noneMatch(l -> l.startsWith("owner"));
    }
}
