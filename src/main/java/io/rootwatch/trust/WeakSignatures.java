package io.rootwatch.trust;

import io.rootwatch.model.SignatureAlgorithm;
import java.util.Locale;
import java.util.Set;

/**
 * Signature algorithms browsers no longer accept below the root: MD2, MD4, MD5 and SHA-1
 * (CA/Browser Forum BR §7.1.3; Mozilla Root Store Policy §5.1 allows only SHA-2 family hashes).
 */
final class WeakSignatures {
    private static final Set<String> OIDS = Set.of(
            "1.2.840.113549.1.1.2", // md2WithRSAEncryption
            "1.2.840.113549.1.1.3", // md4WithRSAEncryption
            "1.2.840.113549.1.1.4", // md5WithRSAEncryption
            "1.2.840.113549.1.1.5", // sha1WithRSAEncryption
            "1.3.14.3.2.29",        // sha1WithRSA (OIW)
            "1.3.14.3.2.27",        // dsaWithSHA1 (OIW)
            "1.2.840.10040.4.3",    // dsa-with-sha1
            "1.2.840.10045.4.1");   // ecdsa-with-SHA1

    private WeakSignatures() {
    }

    static boolean isWeak(SignatureAlgorithm alg) {
        String name = alg.name().toUpperCase(Locale.ROOT);
        return OIDS.contains(alg.oid()) || name.startsWith("SHA1WITH") || name.startsWith("MD2WITH")
                || name.startsWith("MD4WITH") || name.startsWith("MD5WITH") || name.endsWith("WITHSHA1");
    }
}
