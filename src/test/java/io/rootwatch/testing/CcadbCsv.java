package io.rootwatch.testing;

import io.rootwatch.model.Der;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes small CCADB reports naming generated test certificates, with the real reports' header names and
 * quirks (CRLF rows, every cell quoted, PEM cells wrapped in single quotes in the root reports, dates as
 * YYYY.MM.DD). Only the columns rootwatch requires, plus owner and name.
 */
public final class CcadbCsv {
    private CcadbCsv() {
    }

    /**
     * A Mozilla "Included CA Certificate" report with one root.
     *
     * @param trustBits     e.g. "Websites;Email" or "Email"
     * @param distrustAfter "" or a date as CCADB writes it, e.g. "2025.12.31"
     */
    public static Path included(Path file, String owner, String name, byte[] root, String trustBits,
                                String distrustAfter) throws IOException {
        String csv = row("Owner", "Common Name or Certificate Name", "SHA-256 Fingerprint", "Trust Bits",
                "Distrust for TLS After Date", "Mozilla Applied Constraints", "PEM Info")
                + row(owner, name, sha256(root), trustBits, distrustAfter, "", "'" + pem(root) + "'");
        return Files.writeString(file, csv);
    }

    /** A Mozilla "Removed CA Certificate" report with one root (header as in the 2026-06-16 report). */
    public static Path removed(Path file, String owner, String name, byte[] root) throws IOException {
        String csv = row("Owner", "Root Certificate Name", "NSS Release When Removed", "Firefox Release When Removed",
                "SHA-256 Fingerprint", "Trust Bits", "Removal Bug No. or Date", "PEM Info")
                + row(owner, name, "NSS 3.99", "Firefox 125", sha256(root), "Websites;Email", "1234567",
                "'" + pem(root) + "'");
        return Files.writeString(file, csv);
    }

    /** CCADB's all-certificate-PEMs report (header "SHA-256 Fingerprint","X.509 Certificate (PEM)"). */
    public static Path caPems(Path file, List<byte[]> certificates) throws IOException {
        StringBuilder csv = new StringBuilder(row("SHA-256 Fingerprint", "X.509 Certificate (PEM)"));
        for (byte[] der : certificates) {
            csv.append(row(sha256(der), pem(der)));
        }
        return Files.writeString(file, csv);
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(cells[i].replace("\"", "\"\"")).append('"');
        }
        return b.append("\r\n").toString();
    }

    private static String sha256(byte[] der) {
        return Der.of(der).sha256Hex().toUpperCase(Locale.ROOT);
    }

    private static String pem(byte[] der) throws IOException {
        return TestPki.pem("CERTIFICATE", der).trim();
    }
}
