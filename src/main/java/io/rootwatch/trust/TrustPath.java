package io.rootwatch.trust;

import io.rootwatch.refdata.StoreRoot;
import java.util.List;
import java.util.Optional;

/**
 * A path, leaf first. When it ends at a store root, {@code root} is that root and its own certificate is
 * the last element; otherwise {@code root} is empty (the path ends at a self-signed certificate that is
 * no Mozilla root, or at a certificate whose issuer was not found).
 */
public record TrustPath(List<PathCertificate> certificates, Optional<StoreRoot> root) {
    public TrustPath {
        certificates = List.copyOf(certificates);
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a path holds at least the leaf");
        }
    }

    public PathCertificate leaf() {
        return certificates.get(0);
    }

    public PathCertificate last() {
        return certificates.get(certificates.size() - 1);
    }

    /** SHA-256 of each certificate, leaf first (report v1 {@code path}). */
    public List<String> sha256s() {
        return certificates.stream().map(p -> p.certificate().sha256()).toList();
    }
}
