/**
 * Builds certificate paths from a served chain to the Mozilla root store and judges them the way
 * Firefox would: trust bits, distrust-after dates, removals, Mozilla-applied name constraints, missing
 * intermediates (completed from CCADB's CA certificates, like Firefox's intermediate preloading), plus
 * served-chain hygiene findings.
 *
 * <p>Entry point: {@link io.rootwatch.trust.TrustEvaluator#evaluate}. Pure: no I/O and no clock; the
 * evaluation instant is a parameter, and every search is bounded by a {@link io.rootwatch.trust.Budget}.
 *
 * <p>Deliberately not here: hostname matching and weak keys (package {@code lint}), CT ({@code ct}),
 * OneCRL revocation (no data yet; the {@code revoked} verdict is never produced), name constraints
 * carried inside certificates (the model does not expose them yet).
 *
 * <p>May import: {@code io.rootwatch.model}, {@code io.rootwatch.x509}, {@code io.rootwatch.refdata},
 * and the JDK (no {@code java.io}/{@code java.nio.file}/{@code java.net}).
 */
package io.rootwatch.trust;
