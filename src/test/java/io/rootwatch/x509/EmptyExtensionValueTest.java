package io.rootwatch.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.ParseProblem;
import io.rootwatch.testing.Corpus;
import org.junit.jupiter.api.Test;

/** `openssl asn1parse` shows the extKeyUsage extnValue of this file as a zero-length OCTET STRING. */
class EmptyExtensionValueTest {
    @Test
    void emptyExtKeyUsageValue_isAProblemThatSaysSo_notANullPointerMessage() {
        Certificate c = Corpus.first("lint/ctgo_invalid_xf-ext-extended-key-usage-empty.pem");
        assertThat(c.problems()).containsExactly(new ParseProblem("tbsCertificate.extensions.extKeyUsage",
                "RFC 5280 §4.2.1.12", "extKeyUsage extension is present but its value is empty (no DER inside extnValue)"));
        assertThat(c.extendedKeyUsageOids()).isEmpty();
        assertThat(c.subject().rfc4514()).endsWith("CN=*.google.com,O=Google Inc,L=Mountain View,ST=California,C=US");
    }
}
