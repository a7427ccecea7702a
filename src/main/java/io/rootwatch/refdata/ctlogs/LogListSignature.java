package io.rootwatch.refdata.ctlogs;

import io.rootwatch.model.Der;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * Checks Google's detached log-list signature: RSA PKCS#1 v1.5 with SHA-256 over the exact JSON bytes,
 * with the key from {@code log_list_pubkey.pem}. Thread-safe.
 */
public final class LogListSignature {
    /** Outcome of {@link #verify}. */
    public enum Outcome {
        VALID,
        INVALID,
        /** The key is not an RSA SubjectPublicKeyInfo we can use. */
        BAD_KEY
    }

    private LogListSignature() {
    }

    public static Outcome verify(byte[] json, byte[] signature, Der publicKeySpki) {
        PublicKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKeySpki.bytes()));
        } catch (GeneralSecurityException e) {
            return Outcome.BAD_KEY;
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(json);
            return s.verify(signature) ? Outcome.VALID : Outcome.INVALID;
        } catch (GeneralSecurityException | RuntimeException e) {
            return Outcome.INVALID;
        }
    }
}
