package io.rootwatch.assess;

import io.rootwatch.model.Snapshot;
import java.time.Instant;
import java.util.List;

/** One run's results with the reference data they were judged against: what every renderer renders. */
public record ScanReport(String scanId, Instant evaluatedAt, List<String> warnings, List<Snapshot> refdata,
                         List<Assessment> results) {
    public ScanReport {
        warnings = List.copyOf(warnings);
        refdata = List.copyOf(refdata);
        results = List.copyOf(results);
    }
}
