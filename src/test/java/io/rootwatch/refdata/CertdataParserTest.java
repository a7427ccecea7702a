package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NSS certdata.txt (nss-dev/nss 9d75dfde…, 2026-05-01), against the MANIFEST's own parse. */
class CertdataParserTest {
    private static List<NssRoot> roots;

    @BeforeAll
    static void parse() throws RefDataException {
        roots = CcadbFixtures.certdata();
    }

    @Test
    void certdata_has167Roots_121WebsitesTrusted_90EmailTrusted() {
        assertThat(roots).hasSize(167);
        assertThat(roots.stream().filter(r -> r.trustBits().contains(TrustBit.WEBSITES))).hasSize(121);
        assertThat(roots.stream().filter(r -> r.trustBits().contains(TrustBit.EMAIL))).hasSize(90);
    }

    @Test
    void serverDistrustAfter_sixRoots_includingIzenpeFromTheTrustObjectOnly() {
        Map<String, Optional<Instant>> d = roots.stream().filter(r -> r.serverDistrustAfter().isPresent())
                .collect(Collectors.toMap(NssRoot::label, NssRoot::serverDistrustAfter));
        Optional<Instant> entrust = Optional.of(Instant.parse("2024-11-30T23:59:59Z"));
        assertThat(d).containsOnly(
                Map.entry("Entrust.net Premium 2048 Secure Server CA", entrust),
                Map.entry("Entrust Root Certification Authority", entrust),
                Map.entry("Entrust Root Certification Authority - G2", entrust),
                Map.entry("Entrust Root Certification Authority - EC1", entrust),
                Map.entry("ePKI Root Certification Authority", Optional.of(Instant.parse("2025-04-15T23:59:59Z"))),
                Map.entry("Izenpe.com", Optional.of(Instant.parse("2026-04-15T23:59:59Z"))));
        NssRoot izenpe = roots.stream().filter(r -> r.label().equals("Izenpe.com")).findFirst().orElseThrow();
        assertThat(izenpe.distrustOnTrustObject()).isTrue();
        assertThat(izenpe.certificate().sha256()).startsWith("2530cc8e98321502");
    }

    @Test
    void distrustedRoots_serverAuthTrust_keptForEpkiAndIzenpe_turnedOffForEntrustG2Ec1And2048() {
        // certdata.txt is what Firefox ships: ePKI keeps CKT_NSS_TRUSTED_DELEGATOR for server auth next to its
        // distrust date, while by 2026-05 NSS had set Entrust G2, EC1 and 2048 to CKT_NSS_MUST_VERIFY_TRUST.
        assertThat(bitsOf("ePKI Root Certification Authority")).contains(TrustBit.WEBSITES);
        assertThat(bitsOf("Izenpe.com")).containsExactly(TrustBit.WEBSITES);
        assertThat(bitsOf("Entrust Root Certification Authority")).containsExactly(TrustBit.WEBSITES);
        assertThat(bitsOf("Entrust Root Certification Authority - G2")).containsExactly(TrustBit.EMAIL);
        assertThat(bitsOf("Entrust Root Certification Authority - EC1")).containsExactly(TrustBit.EMAIL);
        assertThat(bitsOf("Entrust.net Premium 2048 Secure Server CA")).containsExactly(TrustBit.EMAIL);
    }

    private static java.util.Set<TrustBit> bitsOf(String label) {
        return roots.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().trustBits();
    }

    @Test
    void multilineOctal_withoutEnd_isAnErrorNamingFileAndLine() {
        String text = "BEGINDATA\nCKA_CLASS CK_OBJECT_CLASS CKO_CERTIFICATE\nCKA_VALUE MULTILINE_OCTAL\n\\060\\202\n";
        assertThatThrownBy(() -> CertdataParser.parse(text, "broken-certdata.txt", w -> { }))
                .isInstanceOf(RefDataException.class)
                .hasMessageContaining("broken-certdata.txt: line 3")
                .hasMessageContaining("no END line");
    }

    @Test
    void octalEscape_malformed_isAnErrorNamingLineAndColumn() {
        String text = "BEGINDATA\nCKA_CLASS CK_OBJECT_CLASS CKO_CERTIFICATE\nCKA_VALUE MULTILINE_OCTAL\n\\060\\2x2\nEND\n";
        assertThatThrownBy(() -> CertdataParser.parse(text, "bad.txt", w -> { }))
                .isInstanceOf(RefDataException.class)
                .hasMessageContaining("bad.txt: line 4, column 5");
    }
}
