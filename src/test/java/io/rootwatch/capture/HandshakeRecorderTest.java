package io.rootwatch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Der;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.Pem;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Hashtable;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.junit.jupiter.api.Test;

/** SCT and OCSP items that arrive in an unusable form are recorded as problems, not dropped silently. */
class HandshakeRecorderTest {
    static Certificate leafEntryWith(Hashtable<Integer, byte[]> extensions) throws Exception {
        byte[] der = Pem.blocks(Files.readString(Corpus.path("sct/ctcpp_test-cert.pem"))).get(0).bytes();
        var cert = new BcTlsCrypto(new SecureRandom()).createCertificate(der);
        return new Certificate(new byte[0], new CertificateEntry[] {new CertificateEntry(cert, extensions)});
    }

    @Test
    void zeroLengthSctExtension_inServerHello_isAProblem_notAnSctList() {
        HandshakeRecorder r = new HandshakeRecorder();
        Hashtable<Integer, byte[]> ext = new Hashtable<>();
        ext.put(ExtensionType.signed_certificate_timestamp, new byte[0]);
        r.serverExtensions(ext);
        assertThat(r.sctLists()).isEmpty();
        assertThat(r.deliveryProblems()).containsExactly("The signed_certificate_timestamp extension in ServerHello /"
                + " EncryptedExtensions is empty; RFC 6962 §3.3 requires a SignedCertificateTimestampList of at least one SCT.");
    }

    @Test
    void zeroLengthSctExtension_inTheTls13LeafEntry_isAProblem() throws Exception {
        HandshakeRecorder r = new HandshakeRecorder();
        Hashtable<Integer, byte[]> ext = new Hashtable<>();
        ext.put(ExtensionType.signed_certificate_timestamp, new byte[0]);
        r.peerCertificate(leafEntryWith(ext));
        assertThat(r.deliveryProblems()).singleElement().asString().contains("the leaf's TLS 1.3 CertificateEntry is empty");
    }

    @Test
    void tls13StatusEntry_thatIsNotAnOcspCertificateStatus_isAProblem() throws Exception {
        // RFC 6066 CertificateStatus: status_type ocsp(1), uint24 length, OCSPResponse. Here the length says 5, 2 follow.
        HandshakeRecorder r = new HandshakeRecorder();
        Hashtable<Integer, byte[]> ext = new Hashtable<>();
        ext.put(ExtensionType.status_request, new byte[] {1, 0, 0, 5, 0x30, 0x00});
        r.peerCertificate(leafEntryWith(ext));
        assertThat(r.stapledOcsp()).isEmpty();
        assertThat(r.deliveryProblems()).containsExactly("The status_request extension of the leaf's TLS 1.3 CertificateEntry"
                + " is not a CertificateStatus carrying an OCSP response (the OCSPResponse declares 5 bytes but 2 follow,"
                + " RFC 8446 §4.4.2.1), so its staple and any SCTs in it were ignored.");
    }

    @Test
    void certificateStatusProblems_nameEachDefect() {
        assertThat(HandshakeRecorder.certificateStatusProblem(new byte[] {1, 0, 0})).isEqualTo("3 bytes, too short for status_type and a 3-byte length");
        assertThat(HandshakeRecorder.certificateStatusProblem(new byte[] {2, 0, 0, 1, 0})).isEqualTo("status_type 2, not ocsp(1)");
        assertThat(HandshakeRecorder.certificateStatusProblem(new byte[] {1, 0, 0, 0})).isEqualTo("an empty OCSPResponse");
        assertThat(HandshakeRecorder.certificateStatusProblem(new byte[] {1, 0, 0, 2, 0x30, 0x00})).isEmpty();
        assertThat(HandshakeRecorder.ocspFromCertificateStatus(new byte[] {1, 0, 0, 2, 0x30, 0x00}))
                .contains(Der.of(new byte[] {0x30, 0x00}));
    }

    @Test
    void usableSctExtension_isKept_withoutProblems() {
        HandshakeRecorder r = new HandshakeRecorder();
        Hashtable<Integer, byte[]> ext = new Hashtable<>();
        ext.put(ExtensionType.signed_certificate_timestamp, new byte[] {0, 2, 0, 0});
        r.serverExtensions(ext);
        assertThat(r.sctLists()).containsExactly(Der.of(new byte[] {0, 2, 0, 0}));
        assertThat(r.deliveryProblems()).isEmpty();
    }
}
