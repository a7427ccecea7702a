package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.trust.PathJudge.Judged;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the path to report: the verdict closest to trusted (latest in {@code MozillaVerdict} order); among
 * equals, the one needing fewer certificates the server did not send, then the shorter, then the one whose
 * earliest-expiring certificate (trust anchor excepted) expires later, then the one found first.
 */
final class PathChoice {
    private PathChoice() {
    }

    static final Comparator<Judged> BEST_FIRST = Comparator
            .comparing((Judged j) -> j.judgement().verdict(), Comparator.reverseOrder())
            .thenComparingLong(j -> ccadbCount(j.path()))
            .thenComparingInt(j -> j.path().size())
            .thenComparing(j -> earliestNotAfter(j.path()), Comparator.reverseOrder());

    /** The best of {@code judged} (non-empty, in discovery order); ties keep the earlier one. */
    static Judged best(List<Judged> judged) {
        Judged best = judged.get(0);
        for (Judged j : judged) {
            if (BEST_FIRST.compare(j, best) < 0) {
                best = j;
            }
        }
        return best;
    }

    static long ccadbCount(CandidatePath p) {
        return p.certificates().stream().filter(c -> c.source() == CertificateSource.CCADB).count();
    }

    private static Instant earliestNotAfter(CandidatePath p) {
        int n = p.ending() == CandidatePath.Ending.STORE_ROOT ? p.size() - 1 : p.size();
        return p.certificates().subList(0, Math.max(n, 1)).stream().map(PathCertificate::certificate)
                .map(Certificate::notAfter).min(Comparator.naturalOrder()).orElse(Instant.MIN);
    }
}
