package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One built-in root from NSS certdata.txt: a CKO_CERTIFICATE with its matching CKO_NSS_TRUST.
 *
 * @param trustBits           WEBSITES when CKA_TRUST_SERVER_AUTH is CKT_NSS_TRUSTED_DELEGATOR, EMAIL when
 *                            CKA_TRUST_EMAIL_PROTECTION is
 * @param serverDistrustAfter CKA_NSS_SERVER_DISTRUST_AFTER from the certificate or the trust object
 *                            (the earlier when both carry one)
 * @param distrustOnTrustObject whether the date came from the trust object only (the Izenpe.com case)
 */
record NssRoot(Certificate certificate, String label, Set<TrustBit> trustBits,
               Optional<Instant> serverDistrustAfter, boolean distrustOnTrustObject) {
    NssRoot {
        trustBits = Set.copyOf(trustBits);
    }
}
