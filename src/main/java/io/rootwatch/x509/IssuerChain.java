package io.rootwatch.x509;

import io.rootwatch.model.Der;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Orders a keystore key entry's certificates the way {@code KeyStore.getCertificateChain} does: the leaf,
 * then whichever certificate's subject equals the previous one's issuer (exact DER name bytes), until a
 * self-issued certificate or no issuer. Bounded by the pool size; certificates that do not parse end the chain.
 * This is packaging order, not path validation (that is {@code trust}'s job).
 */
final class IssuerChain {
    private IssuerChain() {
    }

    static <T> List<T> build(T leaf, List<T> pool, Function<T, Der> der) {
        List<T> chain = new ArrayList<>(List.of(leaf));
        T current = leaf;
        for (int step = 0; step < pool.size(); step++) {
            Optional<byte[][]> names = issuerAndSubject(der.apply(current).bytes());
            if (names.isEmpty() || Arrays.equals(names.get()[0], names.get()[1])) {
                break;
            }
            byte[] issuer = names.get()[0];
            Optional<T> next = pool.stream()
                    .filter(c -> !chain.contains(c))
                    .filter(c -> issuerAndSubject(der.apply(c).bytes()).map(n -> Arrays.equals(n[1], issuer)).orElse(false))
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            chain.add(next.get());
            current = next.get();
        }
        return chain;
    }

    /** {issuer, subject} DER of a certificate, or empty when the bytes are not shaped like one. */
    static Optional<byte[][]> issuerAndSubject(byte[] cert) {
        try {
            Tlv tbs = Tlv.whole(cert).children(cert).get(0);
            List<Tlv> fields = tbs.children(cert);
            int i = fields.get(0).tag() == 0xa0 ? 1 : 0; // [0] EXPLICIT version is optional (v1)
            return Optional.of(new byte[][] {fields.get(i + 2).bytes(cert), fields.get(i + 4).bytes(cert)});
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
