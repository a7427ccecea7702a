package io.rootwatch.trust;

import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.x509.SignatureStatus;
import java.util.List;
import java.util.Optional;

/**
 * A path as the search produced it, before judging.
 *
 * @param certificates leaf first
 * @param signatures   {@code signatures.get(i)}: certificate i checked with the key of certificate i+1
 * @param ending       why the path stops where it does
 * @param root         the store root ending the path ({@link Ending#STORE_ROOT} only)
 */
record CandidatePath(List<PathCertificate> certificates, List<SignatureStatus> signatures, Ending ending,
                     Optional<StoreRoot> root) {

    enum Ending {
        /** The last certificate is a store root's own certificate. */
        STORE_ROOT,
        /** The last certificate is self-signed and no store root. */
        SELF_SIGNED,
        /** No issuer was found for the last certificate. */
        NO_ISSUER,
        /** The path reached {@link Budget#maxDepth()} without an ending. */
        TOO_DEEP,
        /** Stand-in for the paths not tried because the search budget ran out (the leaf alone). */
        SEARCH_STOPPED
    }

    CandidatePath {
        certificates = List.copyOf(certificates);
        signatures = List.copyOf(signatures);
        if (signatures.size() != certificates.size() - 1) {
            throw new IllegalArgumentException("one signature status per link");
        }
    }

    int size() {
        return certificates.size();
    }

    /** Whether the last certificate acts as the root (trust anchor or self-signed end), not as a cert below it. */
    boolean endsAtRoot() {
        return ending == Ending.STORE_ROOT || ending == Ending.SELF_SIGNED;
    }

    TrustPath toTrustPath() {
        return new TrustPath(certificates, root);
    }
}
