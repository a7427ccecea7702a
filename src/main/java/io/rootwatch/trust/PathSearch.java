package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.refdata.TrustBit;
import io.rootwatch.trust.CandidatePath.Ending;
import io.rootwatch.trust.IssuerCandidates.Candidate;
import io.rootwatch.x509.SignatureStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Depth-first enumeration of the paths from a leaf to wherever its issuers lead, under a {@link Budget}.
 * A certificate whose subject and key equal a store root ends the path with that root's own certificate;
 * a self-signed certificate ends it too; a certificate without any issuer ends it as a dead end. A path
 * never holds two certificates with the same subject and key, which breaks cross-signing cycles.
 * Not thread-safe: one instance per evaluation.
 */
final class PathSearch {
    record Result(List<CandidatePath> paths, int signatureChecks, Optional<String> exhaustion) {
    }

    private final IssuerCandidates candidates;
    private final Instant at;
    private final Budget budget;
    private final Predicate<CandidatePath> goodEnough;
    private final SignatureChecks checks;
    private final List<CandidatePath> paths = new ArrayList<>();
    private final List<PathCertificate> certs = new ArrayList<>();
    private final List<SignatureStatus> sigs = new ArrayList<>();
    private boolean stopped;
    private String exhaustion;

    private PathSearch(IssuerCandidates candidates, Instant at, Budget budget, Predicate<CandidatePath> goodEnough) {
        this.candidates = candidates;
        this.at = at;
        this.budget = budget;
        this.goodEnough = goodEnough;
        this.checks = new SignatureChecks(budget.maxSignatureChecks());
    }

    /**
     * Every path from {@code leaf} within the budget, in discovery order. Stops early once a path satisfies
     * {@code goodEnough} (nothing better can be found, so the rest of the budget is not spent).
     */
    static Result run(Certificate leaf, IssuerCandidates candidates, Instant at, Budget budget,
                      Predicate<CandidatePath> goodEnough) {
        PathSearch s = new PathSearch(candidates, at, budget, goodEnough);
        s.start(leaf);
        return new Result(List.copyOf(s.paths), s.checks.used(), Optional.ofNullable(s.exhaustion));
    }

    private void start(Certificate leaf) {
        certs.add(new PathCertificate(leaf, CertificateSource.SERVED));
        Optional<StoreRoot> anchor = candidates.anchorFor(leaf);
        if (anchor.isPresent()) {
            // A root served as the leaf: the path is the root itself (plus the store's copy if the bytes differ).
            Certificate rootCert = anchor.get().certificate();
            if (!rootCert.sha256().equals(leaf.sha256())) {
                Optional<SignatureStatus> st = check(leaf, rootCert);
                if (st.isEmpty()) {
                    return;
                }
                push(rootCert, candidates.sourceOf(rootCert), st.get());
            }
            emit(Ending.STORE_ROOT, anchor);
            return;
        }
        Optional<Boolean> selfSigned = selfSigned(leaf);
        if (selfSigned.isEmpty()) {
            return;
        }
        if (selfSigned.get()) {
            emit(Ending.SELF_SIGNED, Optional.empty());
        } else {
            extend();
        }
    }

    private void extend() {
        if (stopped) {
            return;
        }
        if (certs.size() >= budget.maxDepth()) {
            emit(Ending.TOO_DEEP, Optional.empty());
            return;
        }
        Certificate node = certs.get(certs.size() - 1).certificate();
        List<Candidate> bad = new ArrayList<>();
        List<SignatureStatus> badStatus = new ArrayList<>();
        boolean anyValid = false;
        Set<String> anchorsEmitted = new HashSet<>();
        for (Candidate c : candidates.of(node, at)) {
            if (stopped) {
                return;
            }
            if (onPath(c.certificate())) {
                continue;
            }
            Optional<SignatureStatus> st = check(node, c.certificate());
            if (st.isEmpty()) {
                return;
            }
            if (st.get() == SignatureStatus.VALID) {
                anyValid = true;
                follow(c, SignatureStatus.VALID, anchorsEmitted);
            } else {
                bad.add(c);
                badStatus.add(st.get());
            }
        }
        if (anyValid) {
            return;
        }
        // No issuer's key verifies: keep the name-matching ones as paths with a bad signature, so the verdict
        // says "bad signature" rather than "no issuer".
        for (int i = 0; i < bad.size() && !stopped; i++) {
            follow(bad.get(i), badStatus.get(i), anchorsEmitted);
        }
        if (bad.isEmpty()) {
            emit(Ending.NO_ISSUER, Optional.empty());
        }
    }

    private void follow(Candidate c, SignatureStatus status, Set<String> anchorsEmitted) {
        Optional<StoreRoot> anchor = candidates.anchorFor(c.certificate());
        if (anchor.isPresent()) {
            StoreRoot root = anchor.get();
            if (anchorsEmitted.add(root.certificate().sha256())) {
                push(root.certificate(), candidates.sourceOf(root.certificate()), status);
                emit(Ending.STORE_ROOT, anchor);
                pop();
            }
            boolean trustAnchor = root.status() == RootStatus.INCLUDED && root.trustBits().contains(TrustBit.WEBSITES);
            if (trustAnchor || c.certificate().sha256().equals(root.certificate().sha256())) {
                return;
            }
            // A cross-signed copy of a removed (or non-Websites) root may still lead to a trusted root.
        }
        push(c.certificate(), c.source(), status);
        Optional<Boolean> selfSigned = selfSigned(c.certificate());
        if (selfSigned.isPresent()) {
            if (selfSigned.get()) {
                emit(Ending.SELF_SIGNED, Optional.empty());
            } else {
                extend();
            }
        }
        pop();
    }

    /** Self-issued and not refuted by its own key (an MD2 self-signature we cannot check still counts). */
    private Optional<Boolean> selfSigned(Certificate c) {
        if (!c.isSelfIssued()) {
            return Optional.of(false);
        }
        return check(c, c).map(st -> st != SignatureStatus.INVALID);
    }

    private boolean onPath(Certificate c) {
        for (PathCertificate p : certs) {
            Certificate q = p.certificate();
            if (q.subject().matches(c.subject()) && q.publicKey().spki().equals(c.publicKey().spki())) {
                return true;
            }
        }
        return false;
    }

    private Optional<SignatureStatus> check(Certificate subject, Certificate issuer) {
        Optional<SignatureStatus> st = checks.check(subject, issuer);
        if (st.isEmpty()) {
            stop("path search budget exhausted: all " + budget.maxSignatureChecks()
                    + " signature checks were used before every candidate path was tried");
        }
        return st;
    }

    private void emit(Ending ending, Optional<StoreRoot> root) {
        if (stopped) {
            return;
        }
        if (paths.size() >= budget.maxCandidatePaths()) {
            stop("path search budget exhausted: more than " + budget.maxCandidatePaths()
                    + " candidate paths exist and the rest were not tried");
            return;
        }
        CandidatePath p = new CandidatePath(certs, sigs, ending, root);
        paths.add(p);
        if (goodEnough.test(p)) {
            stopped = true;
        }
    }

    private void stop(String why) {
        stopped = true;
        if (exhaustion == null) {
            exhaustion = why;
        }
    }

    private void push(Certificate c, CertificateSource source, SignatureStatus status) {
        certs.add(new PathCertificate(c, source));
        sigs.add(status);
    }

    private void pop() {
        certs.remove(certs.size() - 1);
        sigs.remove(sigs.size() - 1);
    }
}
