/**
 * Parses and encodes certificates: PEM, DER, PKCS#7, PKCS#12 and JKS files; lenient certificate parsing
 * with per-field problems; signature checks; hostname matching; precertificate TBS and OCSP SCT
 * extraction. The one place BouncyCastle's certificate APIs are used, so that trust, ct and lint see only
 * model records.
 *
 * <p>It does not judge trust or policy, and never reads or prints private keys.
 *
 * <p>Imports: model.
 */
package io.rootwatch.x509;
