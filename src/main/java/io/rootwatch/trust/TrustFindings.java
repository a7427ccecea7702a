package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.trust.PathJudge.Judged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Findings about the chosen path: one per problem the judge found, plus {@code distrust-pending},
 * {@code expires-soon} and the root's outlook ({@link RootOutlook}), which never change the verdict.
 */
final class TrustFindings {
    /** expires-soon thresholds (report v1 finding table): medium within 30 days, high within 7. */
    static final Duration SOON = Duration.ofDays(30);
    static final Duration VERY_SOON = Duration.ofDays(7);

    private TrustFindings() {
    }

    static List<Finding> of(Judged chosen, Instant at) {
        List<Finding> out = new ArrayList<>();
        for (Problem p : chosen.problems()) {
            out.add(Finding.of(p.finding(), Optional.of(p.certificate().sha256()), p.sentence()));
        }
        chosen.path().root().ifPresent(root -> distrustPending(chosen.path(), root, out));
        chosen.path().root().ifPresent(root -> out.addAll(RootOutlook.of(root,
                chosen.path().certificates().get(0).certificate(), at)));
        expiresSoon(chosen.path(), at, out);
        return out;
    }

    private static void distrustPending(CandidatePath path, StoreRoot root, List<Finding> out) {
        Certificate leaf = path.certificates().get(0).certificate();
        if (root.status() != RootStatus.INCLUDED || root.distrustAfterInstant().isEmpty()
                || leaf.notBefore().isAfter(root.distrustAfterInstant().get())) {
            return;
        }
        out.add(Finding.of(FindingId.DISTRUST_PENDING, Optional.of(root.certificate().sha256()),
                "Root '" + root.name() + "' is distrusted for TLS certificates issued after "
                        + root.distrustForTlsAfter().orElseThrow() + "; the leaf " + Subjects.of(leaf)
                        + " predates that and stays trusted until it expires on " + leaf.notAfter()
                        + ", but its renewal must come from another CA."));
    }

    private static void expiresSoon(CandidatePath path, Instant at, List<Finding> out) {
        int n = path.ending() == CandidatePath.Ending.STORE_ROOT ? path.size() - 1 : path.size();
        for (int i = 0; i < Math.max(n, 1); i++) {
            Certificate c = path.certificates().get(i).certificate();
            Duration left = Duration.between(at, c.notAfter());
            if (left.isNegative() || left.compareTo(SOON) > 0) {
                continue;
            }
            Severity severity = left.compareTo(VERY_SOON) <= 0 ? Severity.HIGH : Severity.MEDIUM;
            long days = left.toDays();
            out.add(new Finding(FindingId.EXPIRES_SOON, severity, Optional.of(c.sha256()), Subjects.of(c)
                    + " expires in " + days + (days == 1 ? " day" : " days") + " (on " + c.notAfter()
                    + "); renew it before then."));
        }
    }
}
