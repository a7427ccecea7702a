package io.rootwatch.x509;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.PublicKeyInfo;
import java.security.Provider;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Checks a certificate's signature against an issuer's public key. The one place BouncyCastle's
 * verifier API is used, so path building never sees it. Thread-safe.
 */
public final class SignatureVerifier {
    // BouncyCastle rather than the JDK: it still verifies MD5/SHA-1 and odd encodings that the JDK's
    // disabled-algorithm policy would turn into "unsupported".
    private static final Provider BC = new BouncyCastleProvider();

    private SignatureVerifier() {
    }

    public static SignatureStatus verify(Certificate subject, PublicKeyInfo issuerKey) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(subject.der().bytes());
            var provider = new JcaContentVerifierProviderBuilder().setProvider(BC)
                    .build(SubjectPublicKeyInfo.getInstance(issuerKey.spki().bytes()));
            return holder.isSignatureValid(provider) ? SignatureStatus.VALID : SignatureStatus.INVALID;
        } catch (OperatorCreationException e) {
            return SignatureStatus.UNSUPPORTED;
        } catch (CertException e) {
            // Raised for unknown algorithms and for signatures that do not decode; both mean "cannot vouch".
            return e.getMessage() != null && e.getMessage().contains("unable to process signature")
                    ? SignatureStatus.UNSUPPORTED : SignatureStatus.INVALID;
        } catch (java.io.IOException | RuntimeException e) {
            return SignatureStatus.INVALID;
        }
    }
}
