package io.rootwatch.ct;

import io.rootwatch.model.Der;
import java.time.Instant;
import java.util.Base64;

/**
 * One decoded SCT, RFC 6962 §3.2:
 * <pre>
 * struct {
 *   Version sct_version;            // v1(0)
 *   LogID id;                       // opaque key_id[32]
 *   uint64 timestamp;               // ms since the epoch
 *   CtExtensions extensions;        // opaque &lt;0..2^16-1&gt;
 *   digitally-signed struct { … };  // hash alg (1), sig alg (1), opaque signature &lt;0..2^16-1&gt;
 * } SignedCertificateTimestamp;
 * </pre>
 * {@code hashAlgorithm} and {@code signatureAlgorithm} are the TLS registry codes (4 = SHA-256;
 * 1 = RSA, 3 = ECDSA).
 */
public record SignedCertificateTimestamp(
        int version,
        Der logId,
        long timestampMillis,
        Der extensions,
        int hashAlgorithm,
        int signatureAlgorithm,
        Der signature) {

    public String logIdBase64() {
        return Base64.getEncoder().encodeToString(logId.bytes());
    }

    public Instant timestamp() {
        return Instant.ofEpochMilli(timestampMillis);
    }
}
