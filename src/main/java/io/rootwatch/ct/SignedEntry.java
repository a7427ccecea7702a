package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.PrecertificateTbs;

/** What a log signed for an SCT (RFC 6962 §3.2 {@code signed_entry}). */
public sealed interface SignedEntry {
    /** {@code entry_type} x509_entry(0): the leaf certificate as served (TLS extension and OCSP SCTs). */
    record X509Entry(Der certificate) implements SignedEntry {
    }

    /**
     * {@code entry_type} precert_entry(1): SHA-256 of the final issuer's SubjectPublicKeyInfo and the
     * TBSCertificate without the SCT extension (embedded SCTs).
     */
    record PrecertEntry(Der issuerKeyHash, Der tbsWithoutScts) implements SignedEntry {
    }

    /**
     * The precert entry for an embedded SCT of {@code leaf}. The issuer must be the CA that issued the
     * final certificate, also when a precertificate signing certificate issued the precertificate.
     */
    static PrecertEntry precert(Certificate leaf, Certificate issuer) throws CertificateParseException {
        return new PrecertEntry(Der.of(issuer.publicKey().spki().sha256()), PrecertificateTbs.withoutSctList(leaf));
    }
}
