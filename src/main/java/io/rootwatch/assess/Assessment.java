package io.rootwatch.assess;

import io.rootwatch.ct.CtAssessment;
import io.rootwatch.model.Capture;
import io.rootwatch.model.Finding;
import io.rootwatch.trust.PathJudgement;
import java.util.List;
import java.util.Optional;

/**
 * Everything rootwatch concluded about one capture: the served chain, the chosen path and its Mozilla
 * verdict, the CT judgement, and every finding. A pure function of the capture, the reference data and
 * the evaluation instant.
 */
public record Assessment(
        Capture capture,
        List<ServedCertificate> chain,
        Optional<PathJudgement> path,
        Optional<CtAssessment> ct,
        List<Finding> findings) {

    public Assessment {
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
    }
}
