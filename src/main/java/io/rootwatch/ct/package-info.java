/**
 * Certificate Transparency: decodes SCTs from the three channels (embedded, TLS extension, stapled
 * OCSP), verifies their signatures against log keys, and judges each browser program's CT policy
 * (Firefox, Chrome, Apple) with the policies held as dated, sourced data ({@link io.rootwatch.ct.CtPolicies}).
 * Also judges Chrome-style "distrust by earliest SCT" rules.
 *
 * <p>Pure: no I/O, no clock — the evaluation instant is a parameter. It does not fetch log lists
 * ({@code io.rootwatch.refdata.ctlogs} parses them; fetching lives at the refdata edge), does not build
 * chains (the caller passes the leaf's issuer) and does not check OCSP signatures or freshness.
 * May import: {@code io.rootwatch.model}, {@code io.rootwatch.x509}, {@code io.rootwatch.refdata.ctlogs},
 * the JDK (JCA for ECDSA/RSA). No BouncyCastle here: ASN.1 work stays in x509.
 */
package io.rootwatch.ct;
