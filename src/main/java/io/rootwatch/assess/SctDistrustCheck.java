package io.rootwatch.assess;

import io.rootwatch.ct.SctDistrust;
import io.rootwatch.ct.SctDistrustRule;
import io.rootwatch.ct.SctObservation;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.trust.PathJudgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Distrusts that a browser applies by the leaf's earliest SCT rather than its notBefore (Chrome: Entrust,
 * Chunghwa Telecom, Netlock). Mozilla's notBefore rule is judged in trust; this adds the Chrome view of
 * the same root, labelled with its program, so a leaf Firefox still trusts can show that Chrome does not.
 */
final class SctDistrustCheck {
    private SctDistrustCheck() {
    }

    static List<Finding> findings(Optional<PathJudgement> judgement, List<SctObservation> scts, String leafSha256,
                                  List<SctDistrustRule> rules) {
        Optional<StoreRoot> root = judgement.flatMap(j -> j.path().root());
        if (root.isEmpty()) {
            return List.of();
        }
        String owner = root.get().caOwner().orElse("");
        String rootSha = root.get().certificate().sha256();
        List<Finding> out = new ArrayList<>();
        for (SctDistrustRule rule : rules) {
            if (!rule.appliesTo(owner, rootSha)) {
                continue;
            }
            SctDistrust.Verdict v = SctDistrust.judge(rule, scts);
            String prefix = "Chrome distrust of root '" + root.get().name() + "' by earliest SCT: ";
            out.add(switch (v.outcome()) {
                case DISTRUSTED, NO_VERIFIED_SCT -> new Finding(FindingId.DISTRUSTED_ROOT, Severity.CRITICAL,
                        Optional.of(leafSha256), prefix + v.reason() + ". Chrome rejects this leaf.");
                case TRUSTED -> new Finding(FindingId.DISTRUST_PENDING, Severity.MEDIUM, Optional.of(leafSha256),
                        prefix + v.reason() + ". Chrome keeps trusting this leaf until it expires; its renewal must"
                                + " come from another CA.");
            });
        }
        return out;
    }
}
