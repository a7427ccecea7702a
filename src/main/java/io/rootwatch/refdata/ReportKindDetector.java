package io.rootwatch.refdata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides a file's report kind from its header row (or, for certdata.txt and OneCRL, its content), never from its
 * name. The rules use columns that identify each report and have been stable across the versions we
 * have seen; columns that drift (audit, CP/CPS) are not used. Unknown headers give empty.
 */
final class ReportKindDetector {
    private ReportKindDetector() {
    }

    static Optional<ReportKind> detect(String text) {
        if (looksLikeCertdata(text)) {
            return Optional.of(ReportKind.NSS_CERTDATA);
        }
        if (OneCrlParser.looksLikeOneCrl(text)) {
            return Optional.of(ReportKind.MOZILLA_ONECRL);
        }
        return detectHeader(CsvTable.header(text));
    }

    static boolean looksLikeCertdata(String text) {
        // certdata.txt: a comment header, then BEGINDATA and CKA_CLASS lines; never a CSV.
        int begin = text.indexOf("\nBEGINDATA");
        return (begin >= 0 || text.startsWith("BEGINDATA")) && text.contains("CKA_CLASS CK_OBJECT_CLASS");
    }

    static Optional<ReportKind> detectHeader(List<String> header) {
        Set<String> h = header.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        boolean pemInfo = h.contains("pem info");
        if (h.contains("microsoft status") || h.contains("microsoft ekus")) {
            // The Microsoft root report has PEM Info too, but it is another program's store.
            if (!h.contains("certificate record type")) {
                return Optional.empty();
            }
        }
        if (h.contains("sha-256 fingerprint") && h.contains("x.509 certificate (pem)")) {
            return Optional.of(ReportKind.CCADB_CA_PEMS);
        }
        if (h.contains("certificate record type") && h.contains("sha-256 fingerprint") && !pemInfo) {
            return Optional.of(ReportKind.CCADB_ALL_RECORDS);
        }
        if (!pemInfo) {
            return Optional.empty();
        }
        if (h.contains("trust bits") && h.contains("distrust for tls after date")) {
            return Optional.of(ReportKind.CCADB_INCLUDED_ROOTS);
        }
        boolean removedRelease = h.contains("firefox release when removed") || h.contains("nss release when removed");
        if (removedRelease) {
            return Optional.of(ReportKind.CCADB_REMOVED_ROOTS);
        }
        if (h.contains("removal bug no. or date")) {
            return Optional.of(ReportKind.CCADB_UPCOMING_REMOVALS);
        }
        boolean hasParent = h.contains("parent sha-256 fingerprint") || h.contains("parent name")
                || h.contains("parent certificate name") || h.contains("certificate issuer common name");
        if (hasParent) {
            return Optional.of(ReportKind.CCADB_INTERMEDIATES);
        }
        return Optional.empty();
    }
}
