package io.rootwatch.assess;

import io.rootwatch.model.Finding;
import java.util.Comparator;
import java.util.List;

/** Most severe first, then by id: stable output that diffs cleanly between runs. */
final class FindingOrder {
    private FindingOrder() {
    }

    static List<Finding> sort(List<Finding> findings) {
        return findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> f.id().wireId()))
                .toList();
    }
}
