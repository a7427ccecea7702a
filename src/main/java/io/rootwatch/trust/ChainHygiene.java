package io.rootwatch.trust;

import io.rootwatch.model.Capture;
import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.x509.SignatureStatus;
import io.rootwatch.x509.SignatureVerifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings about how the served chain compares with the chosen path: certificates the server should have
 * sent (incomplete-chain), sent twice, sent but unused, sent out of order, the root sent along, and a
 * self-signed leaf.
 */
final class ChainHygiene {
    private ChainHygiene() {
    }

    static List<Finding> of(List<Certificate> served, CandidatePath chosen) {
        List<Finding> out = new ArrayList<>();
        Map<String, Certificate> distinct = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Certificate c : served) {
            distinct.putIfAbsent(c.sha256(), c);
            counts.merge(c.sha256(), 1, Integer::sum);
        }
        Certificate leaf = served.get(0);
        List<PathCertificate> path = chosen.certificates();
        Set<String> onPath = path.stream().map(p -> p.certificate().sha256()).collect(Collectors.toSet());

        if (path.size() == 1 && chosen.ending() == CandidatePath.Ending.SELF_SIGNED) {
            out.add(finding(FindingId.SELF_SIGNED_LEAF, leaf, "The leaf " + Subjects.of(leaf)
                    + " is self-signed: no CA vouches for it."));
        }
        for (PathCertificate p : path) {
            if (p.source() == CertificateSource.CCADB) {
                out.add(finding(FindingId.INCOMPLETE_CHAIN, p.certificate(), completedMessage(p.certificate(),
                        p == path.get(path.size() - 1))));
            }
        }
        // At the cap the capture stopped keeping certificates, so a count is a lower bound: say so.
        String counted = served.size() >= Capture.MAX_SERVED_CERTIFICATES
                ? " in the first " + Capture.MAX_SERVED_CERTIFICATES + " certificates (rootwatch keeps at most "
                        + Capture.MAX_SERVED_CERTIFICATES + " of a Certificate message, so a longer one may hold more copies)"
                : "";
        counts.forEach((sha, n) -> {
            if (n > 1) {
                out.add(finding(FindingId.DUPLICATE_CERT, distinct.get(sha), Subjects.of(distinct.get(sha))
                        + " was served " + n + " times" + counted + "."));
            }
        });
        for (Certificate c : distinct.values()) {
            if (!onPath.contains(c.sha256())) {
                out.add(finding(FindingId.UNUSED_CERT, c, Subjects.of(c)
                        + " was served but is not on the chosen path; the server can stop sending it."));
            }
        }
        Optional<Finding> reversed = reversedBundle(leaf, distinct.values());
        if (reversed.isPresent()) {
            out.add(reversed.get()); // says more than "not in issuing order" would about the same mistake
        } else {
            chainOrder(distinct, path, out);
        }
        PathCertificate last = path.get(path.size() - 1);
        if (path.size() > 1 && chosen.endsAtRoot() && last.source() == CertificateSource.SERVED) {
            out.add(finding(FindingId.ROOT_SENT, last.certificate(), "The server sends root " + Subjects.of(last.certificate())
                    + "; clients use their own copy, so sending it only costs bytes."));
        }
        return out;
    }

    /**
     * CCADB's CA certificates include roots (e.g. one Mozilla has removed); calling such a one an "intermediate"
     * would send the reader looking for a missing link that is in fact the end of the path.
     */
    private static String completedMessage(Certificate c, boolean endsThePath) {
        if (endsThePath && c.isSelfIssued()) {
            return "The path ends at root " + Subjects.of(c) + ", which the server did not send and which was completed "
                    + "from CCADB's CA certificates; a client can use it only if it already holds that root.";
        }
        return "The server did not send intermediate " + Subjects.of(c) + "; Firefox completes it from CCADB, but clients "
                + "without intermediate preloading fail.";
    }

    /**
     * The first certificate is the leaf by rule, so a bundle written root-first is judged as if the root were the
     * leaf. The rule stays (guessing would hide the mistake); this says plainly that the order looks reversed: the
     * first certificate is a CA (or self-signed) and its key signed another certificate of the same bundle.
     */
    private static Optional<Finding> reversedBundle(Certificate leaf, java.util.Collection<Certificate> served) {
        if (!leaf.isCa() && !leaf.isSelfIssued()) {
            return Optional.empty();
        }
        return served.stream()
                .filter(c -> !c.sha256().equals(leaf.sha256()) && c.issuer().matches(leaf.subject()))
                .filter(c -> SignatureVerifier.verify(c, leaf.publicKey()) == SignatureStatus.VALID)
                .findFirst()
                .map(issued -> finding(FindingId.CHAIN_ORDER, leaf, "The first certificate, " + Subjects.of(leaf)
                        + ", is a CA certificate that issued " + Subjects.of(issued) + ", also in this chain: the order"
                        + " looks reversed. The first certificate is taken as the leaf, so list the leaf first, then"
                        + " its issuers."));
    }

    /** Served certificates on the path must appear in path order (each one followed by its issuer). */
    private static void chainOrder(Map<String, Certificate> distinct, List<PathCertificate> path, List<Finding> out) {
        List<String> servedOrder = new ArrayList<>();
        Set<String> onPath = path.stream().map(p -> p.certificate().sha256()).collect(Collectors.toSet());
        for (String sha : distinct.keySet()) {
            if (onPath.contains(sha)) {
                servedOrder.add(sha);
            }
        }
        List<String> pathOrder = path.stream().map(p -> p.certificate().sha256())
                .filter(distinct::containsKey).toList();
        for (int i = 0; i < servedOrder.size(); i++) {
            if (!servedOrder.get(i).equals(pathOrder.get(i))) {
                Certificate misplaced = distinct.get(servedOrder.get(i));
                out.add(finding(FindingId.CHAIN_ORDER, misplaced, "The served chain is not in issuing order: "
                        + Subjects.of(misplaced) + " comes before the certificate it should follow."));
                return;
            }
        }
    }

    private static Finding finding(FindingId id, Certificate c, String message) {
        return Finding.of(id, Optional.of(c.sha256()), message);
    }
}
