package io.rootwatch.ct;

import io.rootwatch.model.Finding;
import io.rootwatch.refdata.ctlogs.Program;
import java.util.List;
import java.util.Map;

/** Everything CT says about one leaf: each SCT found, one verdict per program, and the findings. */
public record CtAssessment(List<SctObservation> scts, Map<Program, PolicyVerdict> policies, List<Finding> findings) {
    public CtAssessment {
        scts = List.copyOf(scts);
        policies = Map.copyOf(policies);
        findings = List.copyOf(findings);
    }
}
