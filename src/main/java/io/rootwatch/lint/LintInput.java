package io.rootwatch.lint;

import io.rootwatch.model.Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link CertificateLint} looks at.
 *
 * @param leaf     the end-entity certificate
 * @param path     the chosen path, leaf first; may be just the leaf or empty (then only the leaf is linted)
 * @param hostname the name the client asked for; empty skips the hostname check
 */
public record LintInput(Certificate leaf, List<Certificate> path, Optional<String> hostname) {
    public LintInput {
        if (leaf == null || path == null || hostname == null) {
            throw new IllegalArgumentException("lint input parts must not be null");
        }
        path = List.copyOf(path);
    }

    /** Just a leaf, no host name. */
    public static LintInput leafOnly(Certificate leaf) {
        return new LintInput(leaf, List.of(leaf), Optional.empty());
    }
}
