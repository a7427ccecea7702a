package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The recognised files of one load, parsed per kind and turned into a root store and a CA pool. */
final class ReportSet {
    private final RootStore rootStore;
    private final CaCertificatePool pool;
    private final boolean usesIntermediates;
    private final OneCrl oneCrl;

    private ReportSet(RootStore rootStore, CaCertificatePool pool, boolean usesIntermediates, OneCrl oneCrl) {
        this.rootStore = rootStore;
        this.pool = pool;
        this.usesIntermediates = usesIntermediates;
        this.oneCrl = oneCrl;
    }

    static ReportSet parse(Map<ReportKind, List<RefDataLoader.Recognised>> byKind, Consumer<String> warn)
            throws RefDataException {
        List<CcadbRootRow> included = new ArrayList<>();
        List<CcadbRootRow> removed = new ArrayList<>();
        List<CcadbRootRow> upcoming = new ArrayList<>();
        Optional<List<NssRoot>> nss = Optional.empty();
        Map<String, LocalDate> audits = Map.of();
        List<PemRow> intermediates = new ArrayList<>();
        List<PemRow> caPems = new ArrayList<>();
        OneCrl oneCrl = OneCrl.none();
        List<String> emptyRootSources = new ArrayList<>();
        for (Map.Entry<ReportKind, List<RefDataLoader.Recognised>> e : byKind.entrySet()) {
            for (RefDataLoader.Recognised r : e.getValue()) {
                String source = r.input().file().toString();
                switch (e.getKey()) {
                    case CCADB_INCLUDED_ROOTS -> {
                        CsvTable table = table(r, warn);
                        if (table.rows().isEmpty()) {
                            emptyRootSources.add(source + ": the Mozilla included-roots report has no rows");
                        }
                        included.addAll(CcadbRootReports.included(table, warn));
                    }
                    case CCADB_REMOVED_ROOTS -> removed.addAll(CcadbRootReports.removed(table(r, warn), warn));
                    case CCADB_UPCOMING_REMOVALS -> upcoming.addAll(CcadbRootReports.upcomingRemovals(table(r, warn), warn));
                    case CCADB_ALL_RECORDS -> audits = CaPemReports.auditPeriodEnds(table(r, warn));
                    case CCADB_INTERMEDIATES -> intermediates.addAll(CaPemReports.intermediates(table(r, warn)));
                    case CCADB_CA_PEMS -> caPems.addAll(CaPemReports.caPems(table(r, warn)));
                    case MOZILLA_ONECRL -> oneCrl = OneCrlParser.parse(r.text(), source, warn);
                    case NSS_CERTDATA -> {
                        List<NssRoot> parsed = CertdataParser.parse(r.text(), source, warn);
                        if (parsed.isEmpty()) {
                            emptyRootSources.add(source + ": certdata.txt has no root certificates");
                        }
                        nss = Optional.of(parsed);
                    }
                    case OS_BUNDLE -> throw new IllegalStateException("os bundles are never auto-detected");
                }
            }
        }
        SkippedRows skips = new SkippedRows();
        List<StoreRoot> roots = RootStoreAssembler.assemble(included, removed, upcoming, nss, audits, warn, skips);
        RootStore store = new RootStore(roots);
        for (String source : includedSources(byKind)) {
            if (skips.rows(source) > 0 && skips.usable(source) == 0) {
                emptyRootSources.add(source + ": none of the " + skips.rows(source) + " rows of the Mozilla"
                        + " included-roots report holds a certificate that parses");
            }
        }
        boolean useIntermediates = byKind.containsKey(ReportKind.CCADB_INTERMEDIATES);
        List<Certificate> poolCerts = new ArrayList<>();
        for (CertificateBatch.Parsed p : CertificateBatch.parse(useIntermediates ? intermediates : caPems, warn, skips)) {
            poolCerts.add(p.certificate());
        }
        skips.report(warn);
        // A header-only or all-corrupt included-roots report is what a cut or mangled download looks like;
        // trusting nothing in silence would turn every chain untrusted with no hint why. Removed roots are
        // never trusted, so they do not count.
        boolean nothingTrusted = store.all().stream().noneMatch(r -> r.status() == RootStatus.INCLUDED);
        String consequence = nothingTrusted ? "; no root is trusted, so every chain will be reported untrusted" : "";
        emptyRootSources.forEach(m -> warn.accept(m + consequence));
        store.all().forEach(r -> poolCerts.add(r.certificate()));
        return new ReportSet(store, new CaCertificatePool(poolCerts), useIntermediates, oneCrl);
    }

    private static List<String> includedSources(Map<ReportKind, List<RefDataLoader.Recognised>> byKind) {
        return byKind.getOrDefault(ReportKind.CCADB_INCLUDED_ROOTS, List.of()).stream()
                .map(r -> r.input().file().toString()).toList();
    }

    /**
     * A cut-short last row costs one certificate or one record in most reports (warned, row skipped); in the
     * included and removed root reports it means the store itself is incomplete, so every verdict built on it
     * could be wrong: that is an input error.
     */
    private static CsvTable table(RefDataLoader.Recognised r, Consumer<String> warn) throws RefDataException {
        CsvTable t = CsvTable.parse(r.text(), r.input().file().toString());
        if (t.truncation().isPresent()) {
            if (r.kind() == ReportKind.CCADB_INCLUDED_ROOTS || r.kind() == ReportKind.CCADB_REMOVED_ROOTS) {
                throw new RefDataException(t.truncation().get() + "; the root list is incomplete (an interrupted"
                        + " download?): fetch the report again");
            }
            warn.accept(t.truncation().get() + "; row skipped");
        }
        return t;
    }

    RootStore rootStore() {
        return rootStore;
    }

    CaCertificatePool pool() {
        return pool;
    }

    OneCrl oneCrl() {
        return oneCrl;
    }

    boolean usesIntermediates() {
        return usesIntermediates;
    }
}
