package io.rootwatch.x509;

import io.rootwatch.model.DistinguishedName;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A certificate's name as people say it: the common name, else the organisational unit, else the organisation,
 * else the whole DN. This is how CCADB names roots ("DigiCert Global Root CA"; "Go Daddy Class 2 Certification
 * Authority", an OU, for a root without a CN): the rule gives CCADB's name for each of the 166 roots of the
 * 2026-06-24 included report. A full DN in a table column hides the part that matters.
 */
public final class ShortNames {
    private ShortNames() {
    }

    public static String of(DistinguishedName name) {
        X500Name x500;
        try {
            x500 = X500Name.getInstance(name.der().bytes());
        } catch (IllegalArgumentException e) {
            return name.rfc4514();
        }
        return last(x500, BCStyle.CN).or(() -> last(x500, BCStyle.OU)).or(() -> last(x500, BCStyle.O))
                .orElse(name.rfc4514());
    }

    /** The last value of that type in DER order: the most specific, and the first one RFC 4514 prints. */
    private static Optional<String> last(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        for (int i = rdns.length - 1; i >= 0; i--) {
            if (rdns[i].getFirst().getValue() instanceof ASN1String s && !s.getString().isBlank()) {
                return Optional.of(s.getString().strip());
            }
        }
        return Optional.empty();
    }
}
