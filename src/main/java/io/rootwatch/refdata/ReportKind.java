package io.rootwatch.refdata;

/**
 * The reference-data report kinds rootwatch reads. {@link #id()} is the report-contract name used in
 * {@link io.rootwatch.model.Snapshot#kind()}. A file's kind is always decided from its header row (or, for
 * certdata.txt, its content), never from its name.
 */
public enum ReportKind {
    /** CCADB IncludedCACertificateReportPEMCSV (Mozilla included roots with PEM). */
    CCADB_INCLUDED_ROOTS("ccadb-included-roots"),
    /** CCADB RemovedCACertificateReportPEMCSV. */
    CCADB_REMOVED_ROOTS("ccadb-removed-roots"),
    /** CCADB UpcomingRootRemovalsReportPEMCSV (may be header-only). */
    CCADB_UPCOMING_REMOVALS("ccadb-upcoming-removals"),
    /** CCADB PublicAllIntermediateCertsWithPEMCSV. */
    CCADB_INTERMEDIATES("ccadb-intermediates"),
    /** CCADB AllCertificatePEMsCSVFormat (two columns; several files add up). */
    CCADB_CA_PEMS("ccadb-ca-pems"),
    /** CCADB AllCertificateRecordsCSVFormat (owners, audits, per-program status; no PEM). */
    CCADB_ALL_RECORDS("ccadb-all-records"),
    /** Mozilla OneCRL records as Firefox's Remote Settings serve them (JSON). */
    MOZILLA_ONECRL("onecrl"),
    /** NSS lib/ckfw/builtins/certdata.txt. */
    NSS_CERTDATA("nss-certdata"),
    /** An operating-system PEM bundle such as /etc/ssl/certs/ca-certificates.crt (never auto-detected). */
    OS_BUNDLE("os-bundle");

    private final String id;

    ReportKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether several files of this kind may be given together (their rows add up). */
    public boolean additive() {
        return this == CCADB_CA_PEMS;
    }
}
