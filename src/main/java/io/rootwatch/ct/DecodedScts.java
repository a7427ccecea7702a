package io.rootwatch.ct;

import java.util.List;

/**
 * What a SignedCertificateTimestampList yielded: the SCTs that decoded, and one sentence per defect
 * (malformed length, trailing bytes, unknown version, zero-length entry). Both may be non-empty.
 */
public record DecodedScts(List<SignedCertificateTimestamp> scts, List<String> problems) {
    public DecodedScts {
        scts = List.copyOf(scts);
        problems = List.copyOf(problems);
    }
}
