package io.rootwatch.x509;

import io.rootwatch.model.Der;
import io.rootwatch.model.DistinguishedName;
import java.io.IOException;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;

/** Turns an encoded Name into the model's DistinguishedName. */
final class Names {
    private Names() {
    }

    static DistinguishedName of(X500Name name) throws IOException {
        byte[] der = name.getEncoded("DER");
        String rfc4514;
        String canonical;
        try {
            X500Principal p = new X500Principal(der);
            rfc4514 = p.getName(X500Principal.RFC2253);
            canonical = p.getName(X500Principal.CANONICAL);
        } catch (IllegalArgumentException e) {
            // The JDK refuses some real-world encodings (e.g. invalid PrintableString characters);
            // BouncyCastle's rendering still lets people read the name, in RFC 4514 (reversed) order.
            rfc4514 = reversedBcString(name);
            canonical = rfc4514.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
        }
        return new DistinguishedName(rfc4514, canonical, Der.of(der));
    }

    private static String reversedBcString(X500Name name) {
        var rdns = name.getRDNs();
        StringBuilder sb = new StringBuilder();
        for (int i = rdns.length - 1; i >= 0; i--) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(new X500Name(new org.bouncycastle.asn1.x500.RDN[] {rdns[i]}));
        }
        return sb.toString();
    }
}
