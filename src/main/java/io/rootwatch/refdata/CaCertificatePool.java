package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.DistinguishedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CA certificates (intermediates and roots) disclosed to CCADB, used to complete a served chain the way
 * Firefox's intermediate preloading does. Looked up by subject. Immutable; thread-safe.
 */
public final class CaCertificatePool {
    private final Map<String, List<Certificate>> bySubject;
    private final int size;

    public CaCertificatePool(Collection<Certificate> certificates) {
        Map<String, Certificate> unique = new LinkedHashMap<>();
        for (Certificate c : certificates) {
            unique.putIfAbsent(c.sha256(), c);
        }
        Map<String, List<Certificate>> m = new HashMap<>();
        for (Certificate c : unique.values()) {
            m.computeIfAbsent(c.subject().canonical(), k -> new ArrayList<>()).add(c);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.bySubject = Map.copyOf(m);
        this.size = unique.size();
    }

    public static CaCertificatePool empty() {
        return new CaCertificatePool(List.of());
    }

    /** Certificates whose subject matches {@code name}; empty list when none. */
    public List<Certificate> bySubject(DistinguishedName name) {
        return bySubject.getOrDefault(name.canonical(), List.of());
    }

    public int size() {
        return size;
    }
}
