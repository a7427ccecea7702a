package io.rootwatch.refdata;

import io.rootwatch.model.Snapshot;
import java.util.List;

/**
 * All the reference data one evaluation uses: the root store, the CA certificates for chain completion,
 * OneCRL, the snapshots they came from, and warnings to show the user (e.g. "CCADB data unavailable: distrust and
 * removal checks are off").
 */
public record ReferenceData(RootStore roots, CaCertificatePool caCertificates, OneCrl oneCrl, List<Snapshot> snapshots,
                            List<String> warnings) {
    public ReferenceData {
        java.util.Objects.requireNonNull(oneCrl, "oneCrl");
        snapshots = List.copyOf(snapshots);
        warnings = List.copyOf(warnings);
    }

    /** Reference data without OneCRL: nothing is judged revoked. */
    public ReferenceData(RootStore roots, CaCertificatePool caCertificates, List<Snapshot> snapshots, List<String> warnings) {
        this(roots, caCertificates, OneCrl.none(), snapshots, warnings);
    }

    /** The same data with other warnings (e.g. a fallback's explanation added). */
    public ReferenceData withWarnings(List<String> replaced) {
        return new ReferenceData(roots, caCertificates, oneCrl, snapshots, replaced);
    }

    public static ReferenceData none(String warning) {
        return new ReferenceData(RootStore.empty(), CaCertificatePool.empty(), List.of(), List.of(warning));
    }
}
