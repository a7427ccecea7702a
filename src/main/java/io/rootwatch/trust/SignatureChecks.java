package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.x509.SignatureStatus;
import io.rootwatch.x509.SignatureVerifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signature verification under a budget. Results are cached per (certificate, issuer key), so a cross-signed
 * mesh pays for each pair once; each distinct check counts against {@link Budget#maxSignatureChecks()}.
 * Not thread-safe: one instance per evaluation.
 */
final class SignatureChecks {
    private record Key(String subjectSha256, Der issuerSpki) {
    }

    private final int limit;
    private final Map<Key, SignatureStatus> cache = new HashMap<>();
    private int used;
    private boolean exhausted;

    SignatureChecks(int limit) {
        this.limit = limit;
    }

    /** The status of {@code subject}'s signature under {@code issuer}'s key; empty when the budget is spent. */
    Optional<SignatureStatus> check(Certificate subject, Certificate issuer) {
        Key key = new Key(subject.sha256(), issuer.publicKey().spki());
        SignatureStatus known = cache.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        if (used >= limit) {
            exhausted = true;
            return Optional.empty();
        }
        used++;
        SignatureStatus status = SignatureVerifier.verify(subject, issuer.publicKey());
        cache.put(key, status);
        return Optional.of(status);
    }

    int used() {
        return used;
    }

    boolean exhausted() {
        return exhausted;
    }
}
