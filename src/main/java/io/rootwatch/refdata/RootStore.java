package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.DistinguishedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Mozilla root store as of one snapshot: included and removed roots, looked up by fingerprint
 * or by subject. Immutable; safe to share between threads.
 */
public final class RootStore {
    private final Map<String, StoreRoot> bySha256;
    private final Map<String, List<StoreRoot>> bySubject;

    public RootStore(Collection<StoreRoot> roots) {
        Map<String, StoreRoot> sha = new LinkedHashMap<>();
        Map<String, List<StoreRoot>> subj = new HashMap<>();
        for (StoreRoot r : roots) {
            // An included entry beats a removed one for the same certificate (CCADB lists each once, but
            // a merged NSS + CCADB view can see both).
            StoreRoot prior = sha.get(r.certificate().sha256());
            if (prior == null || (prior.status() == RootStatus.REMOVED && r.status() == RootStatus.INCLUDED)) {
                sha.put(r.certificate().sha256(), r);
            }
        }
        for (StoreRoot r : sha.values()) {
            subj.computeIfAbsent(r.certificate().subject().canonical(), k -> new ArrayList<>()).add(r);
        }
        this.bySha256 = Map.copyOf(sha);
        subj.replaceAll((k, v) -> List.copyOf(v));
        this.bySubject = Map.copyOf(subj);
    }

    public static RootStore empty() {
        return new RootStore(List.of());
    }

    public Optional<StoreRoot> bySha256(String sha256) {
        return Optional.ofNullable(bySha256.get(sha256));
    }

    /** Roots whose subject matches {@code name}; empty list when none. */
    public List<StoreRoot> bySubject(DistinguishedName name) {
        return bySubject.getOrDefault(name.canonical(), List.of());
    }

    /**
     * The store root that {@code cert} stands for: the same certificate, or one with equal subject and
     * key (a re-issued or cross-signed copy of the root ends the path at the store root).
     */
    public Optional<StoreRoot> anchorFor(Certificate cert) {
        Optional<StoreRoot> exact = bySha256(cert.sha256());
        if (exact.isPresent()) {
            return exact;
        }
        return bySubject(cert.subject()).stream()
                .filter(r -> r.certificate().publicKey().spki().equals(cert.publicKey().spki()))
                .min((a, b) -> a.status().compareTo(b.status()));
    }

    public Collection<StoreRoot> all() {
        return bySha256.values();
    }

    public int size() {
        return bySha256.size();
    }
}
