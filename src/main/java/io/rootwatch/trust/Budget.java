package io.rootwatch.trust;

/**
 * Limits on one path search, so a hostile or pathological pool of certificates (e.g. a mesh of CAs all
 * cross-signing each other) can never make the evaluation hang. Running out is reported, never silent.
 *
 * @param maxSignatureChecks distinct (certificate, issuer key) signature verifications, results cached
 * @param maxCandidatePaths  paths (complete or dead-ended) produced and judged
 * @param maxDepth           certificates in one path, leaf and trust anchor included
 */
public record Budget(int maxSignatureChecks, int maxCandidatePaths, int maxDepth) {

    public Budget {
        if (maxSignatureChecks < 1 || maxCandidatePaths < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("budget limits must be positive: " + maxSignatureChecks + ", "
                    + maxCandidatePaths + ", " + maxDepth);
        }
    }

    /**
     * Defaults: 100 signature checks, 100 candidate paths, depth 8.
     * <ul>
     * <li>100 signature checks: rustls/webpki {@code Budget::default()}, "taken from the remediation for
     *     golang CVE-2018-16875" (Go's crypto/x509 limit after the chain-building DoS).</li>
     * <li>depth 8 = leaf + 6 sub-CAs + trust anchor: mozilla::pkix's MAX_SUBCA_COUNT of 6 (pkixbuild.cpp),
     *     mirrored by webpki's {@code MAX_SUB_CA_COUNT: usize = 6}.</li>
     * <li>100 candidate paths: rootwatch's own bound, no source gives one. mozilla::pkix stops at the first
     *     good path and bounds its BuildForward calls at 200,000; we judge every path found (each judgement
     *     is cheap, no crypto), so 100 paths x 8 certificates caps the walk at ~800 nodes while real chains,
     *     cross-signs included, produce a handful.</li>
     * </ul>
     */
    public static Budget defaults() {
        return new Budget(100, 100, 8);
    }
}
