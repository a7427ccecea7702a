package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.trust.PathJudge.Judged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Firefox's view of a served chain (report v1, "Choosing the path and the verdict"): builds every path
 * the served certificates allow, completed from CCADB's CA certificates and the root store, within a
 * {@link Budget}; judges each; reports the one closest to trusted with its findings. Pure and thread-safe.
 */
public final class TrustEvaluator {
    private TrustEvaluator() {
    }

    /**
     * Evaluates {@code served} as of {@code at}.
     *
     * @param served the certificates exactly as served: the first is the leaf, the rest an unordered pool
     *               (duplicates, strays and cross-signs allowed)
     * @param ref    the root store and CCADB CA certificates to judge against
     * @param at     the evaluation instant (validity only; distrust-after compares with the leaf's notBefore)
     * @return the chosen path and findings; {@code chosen} is empty (and findings too) only when
     *         {@code served} is empty. A search cut short by the budget says so in {@code budgetExhausted};
     *         when no path found before then is better, the verdict is {@code INVALID_PATH}.
     */
    public static TrustAssessment evaluate(List<Certificate> served, ReferenceData ref, Instant at, Budget budget) {
        return evaluate(served, ref, at, budget, LeafRole.ANY);
    }

    /** As {@link #evaluate(List, ReferenceData, Instant, Budget)}, judging the first certificate in {@code role}. */
    public static TrustAssessment evaluate(List<Certificate> served, ReferenceData ref, Instant at, Budget budget,
                                           LeafRole role) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(served, "served");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(budget, "budget");
        if (served.isEmpty()) {
            return new TrustAssessment(Optional.empty(), List.of(), 0, false);
        }
        Certificate leaf = served.get(0);
        IssuerCandidates candidates = new IssuerCandidates(served, ref);
        PathSearch.Result result = PathSearch.run(leaf, candidates, at, budget, p -> cannotBeBeaten(p, at, ref));

        List<Judged> judged = new ArrayList<>();
        result.paths().forEach(p -> judged.add(PathJudge.judge(p, at, role, ref.oneCrl())));
        boolean trustedFound = judged.stream().anyMatch(j -> j.judgement().verdict() == MozillaVerdict.TRUSTED);
        if (result.exhaustion().isPresent() && !trustedFound) {
            judged.add(exhausted(leaf, result.exhaustion().get()));
        }
        Judged chosen = PathChoice.best(judged);
        List<Finding> findings = new ArrayList<>(TrustFindings.of(chosen, at));
        findings.addAll(ChainHygiene.of(served, chosen.path()));
        return new TrustAssessment(Optional.of(chosen.judgement()), findings, result.signatureChecks(),
                result.exhaustion().isPresent());
    }

    /** A trusted path made of served certificates (and the store's root) leaves nothing better to find. */
    private static boolean cannotBeBeaten(CandidatePath p, Instant at, ReferenceData ref) {
        return PathChoice.ccadbCount(p) == 0
                && PathJudge.judge(p, at, LeafRole.ANY, ref.oneCrl()).judgement().verdict() == MozillaVerdict.TRUSTED;
    }

    private static Judged exhausted(Certificate leaf, String why) {
        CandidatePath stub = new CandidatePath(List.of(new PathCertificate(leaf, CertificateSource.SERVED)), List.of(),
                CandidatePath.Ending.SEARCH_STOPPED, Optional.empty());
        return PathJudge.judged(stub, List.of(new Problem(MozillaVerdict.INVALID_PATH, FindingId.INVALID_PATH, leaf,
                why + " (leaf " + Subjects.of(leaf) + "); no trusted path was found within the budget.")));
    }
}
