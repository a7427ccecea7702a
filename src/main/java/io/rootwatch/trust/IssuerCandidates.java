package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.StoreRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the certificates that may have issued a given one: served certificates (an unordered pool), the
 * root store's certificates and CCADB's CA certificates whose subject matches the issuer name. A candidate
 * whose subjectKeyIdentifier contradicts the child's authorityKeyIdentifier is pruned (both present and
 * different); signatures are checked by the caller. Immutable after construction.
 */
final class IssuerCandidates {
    record Candidate(Certificate certificate, CertificateSource source) {
    }

    private final List<Certificate> served;
    private final Set<String> servedSha256s;
    private final ReferenceData ref;

    IssuerCandidates(List<Certificate> served, ReferenceData ref) {
        Map<String, Certificate> distinct = new LinkedHashMap<>();
        served.forEach(c -> distinct.putIfAbsent(c.sha256(), c));
        this.served = List.copyOf(distinct.values());
        this.servedSha256s = Set.copyOf(distinct.keySet());
        this.ref = ref;
    }

    /** Where {@code c} would come from: served bytes win over the store's copy, which wins over CCADB's. */
    CertificateSource sourceOf(Certificate c) {
        if (servedSha256s.contains(c.sha256())) {
            return CertificateSource.SERVED;
        }
        return ref.roots().bySha256(c.sha256()).isPresent() ? CertificateSource.STORE : CertificateSource.CCADB;
    }

    Optional<StoreRoot> anchorFor(Certificate c) {
        return ref.roots().anchorFor(c);
    }

    /**
     * Candidate issuers of {@code child}, best first: a store root (or a copy of one) first, then one issued by a
     * store root's name (a cheap one-level look-ahead, so a cross-signed mesh reaches its anchor early), then
     * key-identifier match, served before store before CCADB, valid at {@code at}, the later notAfter.
     * Empty list when none.
     */
    List<Candidate> of(Certificate child, Instant at) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (Certificate c : served) {
            if (c.subject().matches(child.issuer())) {
                add(found, child, c);
            }
        }
        ref.roots().bySubject(child.issuer()).forEach(r -> add(found, child, r.certificate()));
        ref.caCertificates().bySubject(child.issuer()).forEach(c -> add(found, child, c));
        List<Candidate> out = new ArrayList<>(found.values());
        out.sort(Comparator.<Candidate>comparingInt(c -> ref.roots().anchorFor(c.certificate()).isPresent() ? 0 : 1)
                .thenComparingInt(c -> ref.roots().bySubject(c.certificate().issuer()).isEmpty() ? 1 : 0)
                .thenComparingInt(c -> keyIdMatches(child, c.certificate()) ? 0 : 1)
                .thenComparing(Candidate::source)
                .thenComparingInt(c -> validAt(c.certificate(), at) ? 0 : 1)
                .thenComparing(c -> c.certificate().notAfter(), Comparator.reverseOrder()));
        return out;
    }

    private void add(Map<String, Candidate> found, Certificate child, Certificate candidate) {
        if (candidate.sha256().equals(child.sha256()) || keyIdContradicts(child, candidate)) {
            return;
        }
        found.putIfAbsent(candidate.sha256(), new Candidate(candidate, sourceOf(candidate)));
    }

    private static boolean keyIdContradicts(Certificate child, Certificate candidate) {
        return child.authorityKeyId().isPresent() && candidate.subjectKeyId().isPresent()
                && !child.authorityKeyId().get().equalsIgnoreCase(candidate.subjectKeyId().get());
    }

    private static boolean keyIdMatches(Certificate child, Certificate candidate) {
        return child.authorityKeyId().isPresent() && candidate.subjectKeyId().isPresent()
                && child.authorityKeyId().get().equalsIgnoreCase(candidate.subjectKeyId().get());
    }

    private static boolean validAt(Certificate c, Instant at) {
        return !at.isBefore(c.notBefore()) && !at.isAfter(c.notAfter());
    }
}
