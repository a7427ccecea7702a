package io.rootwatch.trust;

import io.rootwatch.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link TrustEvaluator#evaluate}.
 *
 * @param chosen              the judged path whose verdict is closest to trusted; empty only when nothing was served
 * @param findings            trust and served-chain findings (hostname and key findings belong to {@code lint})
 * @param signatureChecksUsed distinct signature verifications performed
 * @param budgetExhausted     the search stopped on a {@link Budget} limit before trying every path
 */
public record TrustAssessment(Optional<PathJudgement> chosen, List<Finding> findings, int signatureChecksUsed,
                              boolean budgetExhausted) {
    public TrustAssessment {
        findings = List.copyOf(findings);
    }
}
