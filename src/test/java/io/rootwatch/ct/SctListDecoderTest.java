package io.rootwatch.ct;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 6962 §3.3 list framing; every defect is a problem value, never an exception. */
class SctListDecoderTest {
    static byte[] proof() throws Exception {
        return Files.readAllBytes(Corpus.path("sct/ctcpp_test-cert.proof"));
    }

    static byte[] list(byte[]... entries) {
        int body = Arrays.stream(entries).mapToInt(e -> e.length + 2).sum();
        byte[] out = new byte[body + 2];
        out[0] = (byte) (body >> 8);
        out[1] = (byte) body;
        int pos = 2;
        for (byte[] e : entries) {
            out[pos++] = (byte) (e.length >> 8);
            out[pos++] = (byte) e.length;
            System.arraycopy(e, 0, out, pos, e.length);
            pos += e.length;
        }
        return out;
    }

    @Test
    void wellFormedListOfTwo_decodesBoth_withFields() throws Exception {
        DecodedScts d = SctListDecoder.decodeList(list(proof(), proof()));
        assertThat(d.problems()).isEmpty();
        assertThat(d.scts()).hasSize(2);
        assertThat(d.scts().get(0).logIdBase64()).isEqualTo(CorpusSctVerificationTest.ECDSA_LOG_ID);
        assertThat(d.scts().get(0).extensions().length()).isZero();
    }

    @Test
    void zeroLengthEntry_isAProblem_andLaterEntriesStillDecode() throws Exception {
        DecodedScts d = SctListDecoder.decodeList(list(new byte[0], proof()));
        assertThat(d.problems()).containsExactly("SCT 1: zero-length entry");
        assertThat(d.scts()).hasSize(1);
    }

    @Test
    void trailingBytesAfterTheList_areAProblem() throws Exception {
        byte[] l = list(proof());
        byte[] withTrailer = Arrays.copyOf(l, l.length + 3);
        DecodedScts d = SctListDecoder.decodeList(withTrailer);
        assertThat(d.problems()).containsExactly("SCT list has 3 trailing bytes after its declared length");
        assertThat(d.scts()).hasSize(1);
    }

    @Test
    void trailingBytesInsideAnSct_rejectThatSct() throws Exception {
        byte[] p = proof();
        DecodedScts d = SctListDecoder.decodeList(list(Arrays.copyOf(p, p.length + 1)));
        assertThat(d.problems()).containsExactly("SCT 1: 1 trailing bytes after the signature");
        assertThat(d.scts()).isEmpty();
    }

    @Test
    void unknownVersion_isAProblem() throws Exception {
        byte[] p = proof();
        p[0] = 1;
        DecodedScts d = SctListDecoder.decodeList(list(p));
        assertThat(d.problems()).containsExactly("SCT 1: unknown SCT version 1 (only v1 is defined)");
        assertThat(d.scts()).isEmpty();
    }

    @Test
    void truncatedInputs_areProblems() throws Exception {
        assertThat(SctListDecoder.decodeList(new byte[] {0}).problems()).containsExactly("SCT list of 1 bytes is too short for its 2-byte length");
        assertThat(SctListDecoder.decodeList(new byte[] {0, 0}).problems()).containsExactly("SCT list is empty (RFC 6962 requires at least one SCT)");
        byte[] l = list(proof());
        assertThat(SctListDecoder.decodeList(Arrays.copyOf(l, l.length - 10)).problems())
                .containsExactly("SCT list declares 120 bytes but only 110 follow", "SCT 1: declares 118 bytes but only 108 remain");
        assertThat(SctListDecoder.decodeSingle(Arrays.copyOf(proof(), 40)).problems()).containsExactly("SCT: truncated (40 bytes)");
    }

    @Test
    void proof_fields_matchManifest() throws Exception {
        var sct = SctListDecoder.decodeSingle(proof()).scts().get(0);
        assertThat(sct.version()).isZero();
        assertThat(sct.hashAlgorithm()).isEqualTo(4);
        assertThat(sct.signatureAlgorithm()).isEqualTo(3);
        assertThat(SctListDecoder.decodeSingle(Files.readAllBytes(Corpus.path("sct/ctcpp_test-cert-rsa.proof"))).scts().get(0)
                .signatureAlgorithm()).isEqualTo(1);
    }
}
