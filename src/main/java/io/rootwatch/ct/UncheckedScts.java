package io.rootwatch.ct;

import java.time.Instant;
import java.util.List;

/**
 * SCTs whose signature could not be checked: an embedded SCT without the certificate of the CA that issued
 * the leaf, or an SCT signed with an algorithm we cannot verify. They are neither valid nor invalid, so a
 * rule missed only for want of them is "cannot be judged", not "not compliant": checking them might well
 * meet it.
 */
final class UncheckedScts {
    private UncheckedScts() {
    }

    /** The SCTs that could not be checked and would otherwise be in time to count at {@code at}. */
    static List<SctObservation> of(List<SctObservation> scts, Instant at) {
        return scts.stream().filter(s -> isUnchecked(s.signature()) && !s.timestamp().isAfter(at)).toList();
    }

    static boolean isUnchecked(SctSignatureStatus status) {
        return status == SctSignatureStatus.NO_ISSUER || status == SctSignatureStatus.UNSUPPORTED;
    }

    /**
     * The verdict's reason: the cause, that verifying the SCTs would meet the rule, and the reason without them.
     */
    static String reason(List<SctObservation> unchecked, String reasonWithoutThem) {
        boolean one = unchecked.size() == 1;
        return cause(unchecked) + "; if " + (one ? "it" : "they") + " verified, the rule would be met, so compliance"
                + " cannot be judged (without " + (one ? "it" : "them") + ": " + reasonWithoutThem + ")";
    }

    /**
     * "3 embedded SCTs could not be verified: the certificate of the CA that issued the leaf is not available;
     * give the chain or the issuing CA's certificate", one clause per cause, joined with "; ".
     */
    static String cause(List<SctObservation> unchecked) {
        long noIssuer = unchecked.stream().filter(s -> s.signature() == SctSignatureStatus.NO_ISSUER).count();
        long unsupported = unchecked.stream().filter(s -> s.signature() == SctSignatureStatus.UNSUPPORTED).count();
        StringBuilder sb = new StringBuilder();
        if (noIssuer > 0) {
            sb.append(noIssuer).append(" embedded SCT").append(noIssuer == 1 ? "" : "s")
                    .append(" could not be verified: the certificate of the CA that issued the leaf is not available;"
                            + " give the chain or the issuing CA's certificate");
        }
        if (unsupported > 0) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(unsupported).append(" SCT").append(unsupported == 1 ? "" : "s")
                    .append(" could not be verified: signed with an algorithm other than SHA-256 with ECDSA or RSA,"
                            + " the only ones RFC 6962 allows");
        }
        return sb.toString();
    }
}
