package io.rootwatch.trust;

import io.rootwatch.model.MozillaVerdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Firefox's verdict on one path.
 *
 * @param verdict       the first verdict in {@link MozillaVerdict} order that holds on the path
 * @param reason        one sentence for the deciding verdict
 * @param reasons       every problem found on the path, one sentence each, deciding one first; empty when trusted
 * @param distrustAfter the path root's "Distrust for TLS After Date", when it has one
 */
public record PathJudgement(MozillaVerdict verdict, TrustPath path, String reason, List<String> reasons,
                            Optional<LocalDate> distrustAfter) {
    public PathJudgement {
        reasons = List.copyOf(reasons);
    }
}
