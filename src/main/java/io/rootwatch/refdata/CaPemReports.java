package io.rootwatch.refdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the CA-certificate reports (all-CA PEMs, public intermediates) into unparsed {@link PemRow}s, and the
 * all-certificate-records report into per-fingerprint audit dates. Pure: takes a parsed table.
 */
final class CaPemReports {
    static final String CA_PEMS_PEM = "X.509 Certificate (PEM)";

    private CaPemReports() {
    }

    static List<PemRow> caPems(CsvTable t) throws RefDataException {
        t.require(CcadbRootReports.SHA256, CA_PEMS_PEM);
        return rows(t, CA_PEMS_PEM);
    }

    static List<PemRow> intermediates(CsvTable t) throws RefDataException {
        t.require(CcadbRootReports.PEM);
        return rows(t, CcadbRootReports.PEM);
    }

    private static List<PemRow> rows(CsvTable t, String pemColumn) {
        List<PemRow> out = new ArrayList<>(t.rows().size());
        for (CsvTable.Row r : t.rows()) {
            out.add(new PemRow(Texts.normalizeFingerprint(r.get(CcadbRootReports.SHA256)), r.raw(pemColumn),
                    t.source(), r.line()));
        }
        return out;
    }

    /**
     * AllCertificateRecords: the newest "… Audit Period End Date" per SHA-256 (records whose audits are
     * "same as parent" have every such cell empty and are left out).
     */
    static Map<String, LocalDate> auditPeriodEnds(CsvTable t) throws RefDataException {
        t.require(CcadbRootReports.SHA256);
        List<String> ends = t.columnsEndingWith("Audit Period End Date");
        Map<String, LocalDate> out = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            Optional<LocalDate> best = Optional.empty();
            for (String c : ends) {
                Optional<LocalDate> d = r.date(c);
                if (d.isPresent() && (best.isEmpty() || d.get().isAfter(best.get()))) {
                    best = d;
                }
            }
            String sha = Texts.normalizeFingerprint(r.get(CcadbRootReports.SHA256));
            if (best.isPresent() && !sha.isEmpty()) {
                out.merge(sha, best.get(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return out;
    }
}
