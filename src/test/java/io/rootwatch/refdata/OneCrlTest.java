package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rootwatch.model.Certificate;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.Pem;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OneCRL records in Remote Settings' JSON form, matched against real corpus certificates by exact DER issuer
 * name + serial content octets, or DER subject + SHA-256 of the SubjectPublicKeyInfo.
 */
class OneCrlTest {
    private static final Base64.Encoder B64 = Base64.getEncoder();
    // badssl's wildcard chain: leaf, then DigiCert SHA2 Secure Server CA (an intermediate).
    private final List<Certificate> chain = corpusChain("chains/badssl_wildcard-rsa2048.pem");
    private final Certificate intermediate = chain.get(1);

    private static List<Certificate> corpusChain(String path) {
        try {
            List<Certificate> out = new ArrayList<>();
            for (byte[] der : Pem.certificates(java.nio.file.Files.readString(Corpus.path(path)))) {
                out.add(CertificateParser.parse(der));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String issuerSerial(Certificate c, String id) {
        return "{\"id\":\"" + id + "\",\"details\":{\"bug\":\"https://bugzilla.mozilla.org/show_bug.cgi?id=1234567\","
                + "\"why\":\"key compromise\"},\"enabled\":true,\"issuerName\":\"" + B64.encodeToString(c.issuer().der().bytes())
                + "\",\"serialNumber\":\"" + B64.encodeToString(HexFormat.of().parseHex(c.serialHex())) + "\"}";
    }

    private static String subjectKey(Certificate c, String id) {
        return "{\"id\":\"" + id + "\",\"subject\":\"" + B64.encodeToString(c.subject().der().bytes())
                + "\",\"pubKeyHash\":\"" + B64.encodeToString(c.publicKey().spki().sha256()) + "\"}";
    }

    private static OneCrl parse(String json, List<String> warnings) throws RefDataException {
        return OneCrl.parse(json, "onecrl.json", warnings::add);
    }

    @Test
    void issuerAndSerial_revokesThatCertificateOnly_andNamesTheBug() throws Exception {
        OneCrl crl = parse("{\"data\":[" + issuerSerial(intermediate, "r1") + "]}", new ArrayList<>());
        assertThat(crl.loaded()).isTrue();
        assertThat(crl.revoking(intermediate)).hasValueSatisfying(e -> {
            assertThat(e.reference()).isEqualTo("bug 1234567");
            assertThat(e.why()).contains("key compromise");
        });
        assertThat(crl.revoking(chain.get(0))).isEmpty();
    }

    @Test
    void subjectAndKeyHash_revokesEveryCertificateWithThatNameAndKey() throws Exception {
        OneCrl crl = parse("{\"data\":[" + subjectKey(intermediate, "r2") + "]}", new ArrayList<>());
        assertThat(crl.revoking(intermediate)).hasValueSatisfying(e -> assertThat(e.reference()).isEqualTo("record r2"));
        assertThat(crl.revoking(chain.get(0))).isEmpty();
    }

    @Test
    void disabledRecord_isNotApplied() throws Exception {
        String json = "{\"data\":[" + issuerSerial(intermediate, "r3").replace("\"enabled\":true", "\"enabled\":false") + "]}";
        assertThat(parse(json, new ArrayList<>()).revoking(intermediate)).isEmpty();
    }

    @Test
    void brokenRecord_isSkippedWithAWarningNamingIt_othersStillApply() throws Exception {
        List<String> warnings = new ArrayList<>();
        OneCrl crl = parse("{\"data\":[{\"id\":\"bad\",\"issuerName\":\"%%%\",\"serialNumber\":\"AQ==\"},"
                + "{\"id\":\"empty\"}," + subjectKey(intermediate, "ok") + "]}", warnings);
        assertThat(crl.size()).isEqualTo(1);
        assertThat(warnings).containsExactly(
                "onecrl.json: OneCRL record bad skipped: issuerName is not base64",
                "onecrl.json: OneCRL record empty skipped: neither issuerName+serialNumber nor subject+pubKeyHash");
    }

    @Test
    void notJson_orNoDataArray_isAnErrorNamingTheFile() {
        assertThatThrownBy(() -> parse("{\"data\":[{\"id\":", new ArrayList<>())).isInstanceOf(RefDataException.class)
                .hasMessageStartingWith("onecrl.json: not valid JSON at line 1");
        assertThatThrownBy(() -> parse("{\"records\":[]}", new ArrayList<>())).isInstanceOf(RefDataException.class)
                .hasMessage("onecrl.json: not a OneCRL records list (no \"data\" array)");
    }

    @Test
    void none_isNotLoaded_andRevokesNothing() {
        assertThat(OneCrl.none().loaded()).isFalse();
        assertThat(OneCrl.none().revoking(intermediate)).isEmpty();
    }
}
