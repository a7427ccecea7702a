package io.rootwatch.trust;

import static io.rootwatch.model.MozillaVerdict.DISTRUSTED;
import static io.rootwatch.model.MozillaVerdict.EXPIRED;
import static io.rootwatch.model.MozillaVerdict.INVALID_PATH;
import static io.rootwatch.model.MozillaVerdict.NOT_YET_VALID;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.refdata.OneCrl;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.refdata.TrustBit;
import io.rootwatch.x509.NameConstraintsCheck;
import io.rootwatch.x509.SignatureStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Judges one path the way Firefox (mozilla::pkix + NSS trust) would, collecting every problem. The verdict
 * is the first in {@link MozillaVerdict} order that some problem implies, or {@code TRUSTED}.
 * Following mozilla::pkix, a trust anchor's own validity period and self-signature are not checked.
 */
final class PathJudge {
    record Judged(CandidatePath path, PathJudgement judgement, List<Problem> problems) {
    }

    private PathJudge() {
    }

    /** The serverAuth and anyExtendedKeyUsage purposes (RFC 5280 §4.2.1.12). */
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String ANY_EKU = "2.5.29.37.0";

    static Judged judge(CandidatePath path, Instant at) {
        return judge(path, at, LeafRole.ANY, OneCrl.none());
    }

    static Judged judge(CandidatePath path, Instant at, LeafRole role, OneCrl oneCrl) {
        List<Problem> problems = new ArrayList<>();
        ending(path, problems);
        if (role == LeafRole.TLS_SERVER) {
            serverLeaf(path.certificates().get(0).certificate(), problems);
        }
        path.root().ifPresent(root -> rootStanding(path, root, problems));
        revocation(path, oneCrl, problems);
        signatures(path, problems);
        issuers(path, problems);
        nameConstraints(path, problems);
        path.root().ifPresent(root -> appliedConstraints(path, root, problems));
        validity(path, at, problems);
        return judged(path, problems);
    }

    /** A judgement decided by a problem outside any one path, e.g. an exhausted search budget. */
    static Judged judged(CandidatePath path, List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::verdict)); // stable: discovery order within a verdict
        MozillaVerdict verdict = sorted.isEmpty() ? MozillaVerdict.TRUSTED : sorted.get(0).verdict();
        String reason = sorted.isEmpty() ? trustedSentence(path) : sorted.get(0).sentence();
        PathJudgement j = new PathJudgement(verdict, path.toTrustPath(), reason,
                sorted.stream().map(Problem::sentence).toList(),
                path.root().flatMap(StoreRoot::distrustForTlsAfter));
        return new Judged(path, j, List.copyOf(sorted));
    }

    private static String trustedSentence(CandidatePath path) {
        return "The path to Mozilla root '" + path.root().map(StoreRoot::name).orElse("?")
                + "' is trusted for websites.";
    }

    private static void ending(CandidatePath path, List<Problem> out) {
        Certificate last = path.certificates().get(path.size() - 1).certificate();
        switch (path.ending()) {
            case NO_ISSUER -> out.add(new Problem(MozillaVerdict.NO_PATH, FindingId.UNTRUSTED_ROOT, last,
                    "No issuer was found for " + Subjects.of(last) + " (issuer '" + last.issuer().rfc4514()
                            + "'), neither among the served certificates nor among CCADB's CA certificates."));
            case SELF_SIGNED -> out.add(new Problem(MozillaVerdict.NOT_IN_STORE, FindingId.UNTRUSTED_ROOT, last,
                    "The path ends at self-signed certificate " + Subjects.of(last) + ", which is not a Mozilla root."));
            case TOO_DEEP -> out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, last,
                    "The path is longer than " + path.size() + " certificates without reaching a root at "
                            + Subjects.of(last) + " (maximum path depth)."));
            case STORE_ROOT, SEARCH_STOPPED -> { }
        }
    }

    private static void serverLeaf(Certificate leaf, List<Problem> out) {
        if (leaf.isCa()) {
            out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, leaf, "The server presented CA certificate "
                    + Subjects.of(leaf) + " as its own; Firefox refuses a CA certificate as a TLS server certificate."));
        }
        List<String> eku = leaf.extendedKeyUsageOids();
        if (!eku.isEmpty() && !eku.contains(SERVER_AUTH) && !eku.contains(ANY_EKU)) {
            out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, leaf, "The server certificate "
                    + Subjects.of(leaf) + " restricts its extended key usage to " + eku
                    + " without serverAuth (1.3.6.1.5.5.7.3.1), so browsers refuse it for TLS servers."));
        }
    }

    private static void rootStanding(CandidatePath path, StoreRoot root, List<Problem> out) {
        Certificate leaf = path.certificates().get(0).certificate();
        Certificate rc = root.certificate();
        if (root.status() == RootStatus.REMOVED) {
            out.add(new Problem(MozillaVerdict.REMOVED, FindingId.REMOVED_ROOT, rc, "The path ends at root '"
                    + root.name() + "', which was removed from Mozilla's root store"
                    + root.removal().map(r -> " (" + r + ")").orElse("") + "."));
        }
        boolean keptByDistrustDate = root.distrustAfterInstant().map(d -> !leaf.notBefore().isAfter(d)).orElse(false);
        if (root.status() == RootStatus.INCLUDED && !root.trustBits().contains(TrustBit.WEBSITES) && !keptByDistrustDate) {
            out.add(new Problem(MozillaVerdict.NO_WEBSITES_TRUST, FindingId.NO_WEBSITES_TRUST, rc, "Mozilla root '"
                    + root.name() + "' is not trusted for websites (trust bits: " + root.trustBits() + ")."));
        }
        root.distrustAfterInstant().filter(d -> leaf.notBefore().isAfter(d)).ifPresent(d ->
                out.add(new Problem(DISTRUSTED, FindingId.DISTRUSTED_ROOT, rc, "The leaf " + Subjects.of(leaf)
                        + " was issued on " + leaf.notBefore() + ", after root '" + root.name()
                        + "' stopped being trusted for TLS certificates issued after "
                        + root.distrustForTlsAfter().orElseThrow() + "."))); // present whenever the instant is
    }

    /**
     * Firefox asks its certificate storage about every certificate on the path, the trust anchor included
     * (mozilla::pkix GetCertTrust): a OneCRL entry makes that certificate actively distrusted.
     */
    private static void revocation(CandidatePath path, OneCrl oneCrl, List<Problem> out) {
        for (PathCertificate pc : path.certificates()) {
            Certificate c = pc.certificate();
            oneCrl.revoking(c).ifPresent(e -> out.add(new Problem(MozillaVerdict.REVOKED, FindingId.REVOKED, c,
                    Subjects.of(c) + " is revoked by Mozilla's OneCRL (" + e.reference()
                            + e.why().map(w -> ": " + w).orElse("") + "); Firefox refuses every path through it.")));
        }
    }

    private static void signatures(CandidatePath path, List<Problem> out) {
        List<PathCertificate> certs = path.certificates();
        for (int i = 0; i < path.signatures().size(); i++) {
            Certificate child = certs.get(i).certificate();
            Certificate issuer = certs.get(i + 1).certificate();
            SignatureStatus st = path.signatures().get(i);
            if (st == SignatureStatus.INVALID) {
                out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, child, "The signature of "
                        + Subjects.of(child) + " does not verify with the key of " + Subjects.of(issuer) + "."));
            } else if (st == SignatureStatus.UNSUPPORTED) {
                out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, child, "The signature of "
                        + Subjects.of(child) + " (" + child.signatureAlgorithm().name()
                        + ") cannot be verified with the key of " + Subjects.of(issuer) + "."));
            }
        }
        int belowRoot = path.endsAtRoot() ? path.size() - 1 : path.size();
        for (int i = 0; i < belowRoot; i++) {
            Certificate c = certs.get(i).certificate();
            if (WeakSignatures.isWeak(c.signatureAlgorithm())) {
                out.add(new Problem(INVALID_PATH, FindingId.WEAK_SIGNATURE, c, Subjects.of(c) + " is signed with "
                        + c.signatureAlgorithm().name() + "; browsers reject MD2, MD5 and SHA-1 signatures below the root."));
            }
        }
    }

    private static void issuers(CandidatePath path, List<Problem> out) {
        List<PathCertificate> certs = path.certificates();
        int subCas = 0; // non-self-issued intermediates between the leaf and the issuer (RFC 5280 §4.2.1.9)
        for (int i = 1; i < certs.size(); i++) {
            Certificate issuer = certs.get(i).certificate();
            boolean v1TrustAnchor = i == certs.size() - 1 && path.ending() == CandidatePath.Ending.STORE_ROOT
                    && issuer.version() < 3;
            if (!issuer.isCa() && !v1TrustAnchor) {
                out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, issuer, Subjects.of(issuer)
                        + " issued " + Subjects.of(certs.get(i - 1).certificate()) + " but is not a CA certificate"
                        + (issuer.basicConstraints().isEmpty() ? " (no basicConstraints extension)."
                        : " (basicConstraints cA is false).")));
            }
            int allowed = issuer.basicConstraints().flatMap(bc -> bc.pathLength()).orElse(Integer.MAX_VALUE);
            if (subCas > allowed) {
                out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, issuer, Subjects.of(issuer)
                        + " allows " + allowed + " intermediate CA certificate(s) below it (pathLenConstraint) but the path has "
                        + subCas + "."));
            }
            if (!issuer.isSelfIssued()) {
                subCas++;
            }
        }
    }

    private static void nameConstraints(CandidatePath path, List<Problem> out) {
        List<Certificate> certs = path.certificates().stream().map(PathCertificate::certificate).toList();
        for (NameConstraintsCheck.Violation v : NameConstraintsCheck.check(certs)) {
            out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, v.subject(), Subjects.of(v.subject()) + " has "
                    + v.name() + ", " + v.why() + " of the name constraints in " + Subjects.of(v.constrainingCa()) + "."));
        }
    }

    private static void appliedConstraints(CandidatePath path, StoreRoot root, List<Problem> out) {
        List<String> suffixes = root.mozillaAppliedConstraints().map(AppliedConstraints::suffixes).orElse(List.of());
        if (suffixes.isEmpty()) {
            return;
        }
        Certificate leaf = path.certificates().get(0).certificate();
        for (String name : leaf.dnsNames()) {
            if (!AppliedConstraints.permits(suffixes, name)) {
                out.add(new Problem(INVALID_PATH, FindingId.INVALID_PATH, leaf, "The leaf " + Subjects.of(leaf)
                        + " names '" + name + "', outside the constraint Mozilla applies to root '" + root.name()
                        + "' (" + root.mozillaAppliedConstraints().orElseThrow() + ")."));
            }
        }
    }

    private static void validity(CandidatePath path, Instant at, List<Problem> out) {
        boolean trustAnchorLast = path.ending() == CandidatePath.Ending.STORE_ROOT;
        int checked = trustAnchorLast ? path.size() - 1 : path.size();
        for (int i = 0; i < checked; i++) {
            Certificate c = path.certificates().get(i).certificate();
            if (at.isAfter(c.notAfter())) {
                out.add(new Problem(EXPIRED, FindingId.EXPIRED, c, Subjects.of(c) + " expired on " + c.notAfter()
                        + " (evaluated at " + at + ")."));
            } else if (at.isBefore(c.notBefore())) {
                out.add(new Problem(NOT_YET_VALID, FindingId.NOT_YET_VALID, c, Subjects.of(c)
                        + " is not valid before " + c.notBefore() + " (evaluated at " + at + ")."));
            }
        }
    }
}
