/**
 * Certificate lint: judges single certificates of a chosen path for weak keys, a leaf that does not cover
 * the host name asked for, and structural defects (ARCHITECTURE.md: "weak keys and signatures, validity,
 * hostname, CWE tags"), returning {@link io.rootwatch.model.Finding}s with ids from the registry.
 *
 * <p>Deliberately not here: path building, self-signed leaves, trust, distrust and expiry (the {@code trust}
 * package), CT (the {@code ct} package), and reading files or the network. The package is pure: no I/O, no
 * clock, no BouncyCastle types; the same input always gives the same findings, in the same order.
 *
 * <p>May import: {@code io.rootwatch.model} and {@code io.rootwatch.x509} (for {@code HostnameMatcher} and
 * {@code StructureChecks}).
 */
package io.rootwatch.lint;
