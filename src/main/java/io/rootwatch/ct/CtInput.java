package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.refdata.ctlogs.Program;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What CT evaluation needs about one served leaf.
 *
 * @param issuer                     the CA certificate that issued the leaf (needed for embedded SCTs);
 *                                   never the precertificate signing certificate
 * @param tlsSctLists                SignedCertificateTimestampLists from the TLS extension (18)
 * @param stapledOcsp                the DER OCSPResponse stapled in the handshake
 * @param programsThatTrustTheRoot   programs whose root store holds the chain's root (→ {@code enforced})
 * @param deliveryProblems           sentences about SCT / OCSP items the handshake carried unusably (each
 *                                   becomes an {@code sct-problem})
 */
public record CtInput(Certificate leaf, Optional<Certificate> issuer, List<Der> tlsSctLists, Optional<Der> stapledOcsp,
        Set<Program> programsThatTrustTheRoot, List<String> deliveryProblems) {
    public CtInput {
        tlsSctLists = List.copyOf(tlsSctLists);
        programsThatTrustTheRoot = Set.copyOf(programsThatTrustTheRoot);
        deliveryProblems = List.copyOf(deliveryProblems);
    }

    public CtInput(Certificate leaf, Optional<Certificate> issuer, List<Der> tlsSctLists, Optional<Der> stapledOcsp,
            Set<Program> programsThatTrustTheRoot) {
        this(leaf, issuer, tlsSctLists, stapledOcsp, programsThatTrustTheRoot, List.of());
    }
}
