package io.rootwatch.x509;

import io.rootwatch.model.Der;
import io.rootwatch.model.DistinguishedName;
import java.io.IOException;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;

/** Turns an encoded Name into the model's DistinguishedName. */
final class Names {
    /**
     * Attribute types the JDK's RFC 2253 printer knows no keyword for, so it would print them as an OID and a
     * hex dump ({@code 2.5.4.42=#0c2b…}): unreadable in a finding, and common in EV and personal certificates.
     * RFC 4514 §2.3 allows any registered short name; these are the ones OpenSSL prints with
     * {@code -nameopt RFC2253}, so our subjects read the same as what operators see there.
     */
    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("2.5.4.4", "SN"),                            // surname
            Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("2.5.4.12", "title"),
            Map.entry("2.5.4.15", "businessCategory"),
            Map.entry("2.5.4.17", "postalCode"),
            Map.entry("2.5.4.42", "GN"),                           // givenName
            Map.entry("2.5.4.43", "initials"),
            Map.entry("2.5.4.44", "generationQualifier"),
            Map.entry("2.5.4.46", "dnQualifier"),
            Map.entry("2.5.4.65", "pseudonym"),
            Map.entry("2.5.4.97", "organizationIdentifier"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"));

    private Names() {
    }

    static DistinguishedName of(X500Name name) throws IOException {
        byte[] der = name.getEncoded("DER");
        String rfc4514;
        String canonical;
        try {
            X500Principal p = new X500Principal(der);
            rfc4514 = p.getName(X500Principal.RFC2253, KEYWORDS);
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
