package io.rootwatch.lint;

import io.rootwatch.model.PublicKeyInfo;
import java.util.Optional;

/**
 * Minimum key sizes: CA/Browser Forum Baseline Requirements §6.1.5 (RSA modulus at least 2048 bits; ECDSA
 * on P-256, P-384 or P-521) and Mozilla Root Store Policy §5.1 (no DSA). Unknown algorithms and unknown
 * sizes are not judged here.
 */
final class KeyStrength {
    static final int MIN_RSA_BITS = 2048;
    static final int MIN_EC_FIELD_BITS = 256;

    private KeyStrength() {
    }

    /** Why the key is weak ("1024-bit RSA key"), or empty when it is strong enough or cannot be judged. */
    static Optional<String> weakness(PublicKeyInfo key) {
        return switch (key.algorithm()) {
            case "RSA" -> key.bits() > 0 && key.bits() < MIN_RSA_BITS
                    ? Optional.of(key.bits() + "-bit RSA key (at least " + MIN_RSA_BITS + " bits required)")
                    : Optional.empty();
            case "EC" -> key.bits() > 0 && key.bits() < MIN_EC_FIELD_BITS
                    ? Optional.of(key.bits() + "-bit EC key on " + key.curve().orElse("an unnamed curve")
                            + " (P-256 or stronger required)")
                    : Optional.empty();
            case "DSA" -> Optional.of((key.bits() > 0 ? key.bits() + "-bit " : "") + "DSA key (DSA is not allowed for TLS certificates)");
            default -> Optional.empty();
        };
    }
}
