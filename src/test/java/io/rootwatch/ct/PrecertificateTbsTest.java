package io.rootwatch.ct;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.PrecertificateTbs;
import org.junit.jupiter.api.Test;

/** The rebuilt TBS equals the precertificate's TBS minus the poison, as the log saw it. */
class PrecertificateTbsTest {
    @Test
    void certificateWithoutSctExtension_keepsItsTbs() throws Exception {
        Certificate c = Corpus.first("sct/ctcpp_test-cert.pem");
        assertThat(PrecertificateTbs.withoutSctList(c)).isEqualTo(c.tbs());
    }

    @Test
    void embeddedCert_tbsShrinksByExactlyTheSctExtension() throws Exception {
        Certificate c = Corpus.first("sct/ctcpp_test-embedded-cert.pem");
        int sctListLength = c.embeddedSctList().orElseThrow().length();
        int rebuilt = PrecertificateTbs.withoutSctList(c).length();
        // extension = SEQUENCE{OID(12) OCTET STRING{OCTET STRING{list}}}: list + 2 + 2 (+ headers) + 12 + 2
        assertThat(c.tbs().length() - rebuilt).isBetween(sctListLength + 18, sctListLength + 24);
    }
}
