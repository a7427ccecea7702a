package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.testing.Corpus;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Browser name matching. Corpus SANs (openssl -ext subjectAltName): badssl_wildcard-rsa2048 has
 * {@code *.badssl.com, badssl.com}; badssl_subdomain-xn--n1aae7f7o has {@code xn--n1aae7f7o.badssl.com,
 * www.xn--n1aae7f7o.badssl.com}; ctgo_selfsigned_esignit.org has no extensions, only CN=esignit.org.
 * The generated certificate carries the rule-breaking SANs no CA would issue.
 */
class HostnameMatcherTest {
    private static final Instant T0 = Instant.parse("2026-01-15T00:00:00Z");

    record Row(String desc, String certificate, String name, boolean expected) {
        @Override
        public String toString() {
            return desc;
        }
    }

    static Stream<Row> rows() {
        String rsa2048 = "chains/badssl_wildcard-rsa2048.pem";
        String idn = "chains/badssl_subdomain-xn--n1aae7f7o.pem";
        String cnOnly = "lint/ctgo_selfsigned_esignit.org.pem";
        return Stream.of(
                new Row("wildcard covers one label", rsa2048, "foo.badssl.com", true),
                new Row("wildcard does not cover two labels (badssl wrong.host)", rsa2048, "wrong.host.badssl.com", false),
                new Row("apex is covered by its own SAN, not by the wildcard", rsa2048, "badssl.com", true),
                new Row("case-insensitive", rsa2048, "FOO.BadSSL.com", true),
                new Row("trailing dot on the input is ignored", rsa2048, "foo.badssl.com.", true),
                new Row("two trailing dots are not a name", rsa2048, "foo.badssl.com..", false),
                new Row("other domain", rsa2048, "badssl.org", false),
                new Row("suffix trick", rsa2048, "foo.notbadssl.com", false),
                new Row("empty left label does not match the wildcard", rsa2048, ".badssl.com", false),
                new Row("a wildcard as input is not a host name", rsa2048, "*.badssl.com", false),
                new Row("blank input", rsa2048, "  ", false),
                new Row("IDN A-label input", idn, "xn--n1aae7f7o.badssl.com", true),
                new Row("IDN U-label input is converted to A-labels", idn, "ѕрооғ.badssl.com", true),
                new Row("IDN U-label with www", idn, "www.ѕрооғ.badssl.com", true),
                new Row("Latin look-alike is a different name", idn, "spoof.badssl.com", false),
                new Row("CN-only certificate matches nothing (CN ignored, as Chrome 58+)", cnOnly, "esignit.org", false),
                new Row("IPv4 literal matches an IP SAN", "generated", "192.0.2.1", true),
                new Row("IPv4 literal not in the SANs", "generated", "192.0.2.2", false),
                new Row("IPv4 literal never matches a DNS SAN holding the same text", "generated", "198.51.100.7", false),
                new Row("IPv6 literal, compressed form", "generated", "2001:db8::1", true),
                new Row("IPv6 literal, full form and brackets", "generated", "[2001:0db8:0:0:0:0:0:0001]", true),
                new Row("IPv4-mapped IPv6 is not the IPv4 address", "generated", "::ffff:192.0.2.1", false),
                new Row("partial wildcard f*.example.com is never honoured", "generated", "foo.example.com", false),
                new Row("*.com public-suffix wildcard is never honoured", "generated", "example.com", false),
                new Row("wildcard not in the left-most label is never honoured", "generated", "a.b.wild.example.net", false),
                new Row("SAN with trailing dot and upper case matches", "generated", "mixed.case.example.org", true),
                new Row("three-label wildcard works in the generated cert", "generated", "a.example.edu", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matches(Row row) throws Exception {
        Certificate cert = row.certificate().equals("generated") ? generated() : Corpus.first(row.certificate());
        assertThat(HostnameMatcher.matches(cert, row.name())).isEqualTo(row.expected());
    }

    private static Certificate generated() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(new ECGenParameterSpec("secp256r1"));
        var kp = kpg.generateKeyPair();
        GeneralNames sans = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, "192.0.2.1"),
            new GeneralName(GeneralName.iPAddress, "2001:db8::1"),
            new GeneralName(GeneralName.dNSName, "198.51.100.7"),
            new GeneralName(GeneralName.dNSName, "f*.example.com"),
            new GeneralName(GeneralName.dNSName, "*.com"),
            new GeneralName(GeneralName.dNSName, "a.*.wild.example.net"),
            new GeneralName(GeneralName.dNSName, "Mixed.Case.Example.ORG."),
            new GeneralName(GeneralName.dNSName, "*.example.edu")});
        var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=hostname test"), BigInteger.ONE,
                Date.from(T0), Date.from(T0.plusSeconds(86_400 * 90)), new X500Name("CN=hostname test"), kp.getPublic())
                .addExtension(Extension.subjectAlternativeName, false, sans);
        byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())).getEncoded();
        return CertificateParser.parse(der);
    }
}
