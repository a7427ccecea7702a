package io.rootwatch.refdata;

import io.rootwatch.model.Snapshot;
import java.util.List;

/**
 * All the reference data one evaluation uses: the root store, the CA certificates for chain completion,
 * the snapshots they came from, and warnings to show the user (e.g. "CCADB data unavailable: distrust and
 * removal checks are off").
 */
public record ReferenceData(RootStore roots, CaCertificatePool caCertificates, List<Snapshot> snapshots,
                            List<String> warnings) {
    public ReferenceData {
        snapshots = List.copyOf(snapshots);
        warnings = List.copyOf(warnings);
    }

    public static ReferenceData none(String warning) {
        return new ReferenceData(RootStore.empty(), CaCertificatePool.empty(), List.of(), List.of(warning));
    }
}
