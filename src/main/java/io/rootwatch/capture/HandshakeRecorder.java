package io.rootwatch.capture;

import io.rootwatch.model.Der;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.CertificateStatus;
import org.bouncycastle.tls.CertificateStatusType;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.ProtocolVersion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

/**
 * What one handshake has shown so far. Filled by the BC callbacks on the handshaking thread, read by the
 * same thread after the handshake ends (completed or failed); not shared between handshakes.
 */
final class HandshakeRecorder {
    private final List<Der> served = new ArrayList<>();
    private final List<Der> sctLists = new ArrayList<>();
    private final List<String> deliveryProblems = new ArrayList<>();
    private Optional<Der> stapledOcsp = Optional.empty();
    private Optional<ProtocolVersion> version = Optional.empty();
    private Optional<Integer> cipherSuite = Optional.empty();
    private boolean certificateMessageSeen;

    void servedCertificate(byte[] encoding) {
        served.add(Der.of(encoding));
    }

    void serverVersion(ProtocolVersion v) {
        version = Optional.of(v);
    }

    void cipherSuite(int suite) {
        cipherSuite = Optional.of(suite);
    }

    /** ServerHello (TLS 1.2) or EncryptedExtensions (TLS 1.3) extensions. */
    void serverExtensions(Hashtable<?, ?> extensions) {
        if (extensions == null) {
            return;
        }
        sctExtension((byte[]) extensions.get(ExtensionType.signed_certificate_timestamp), "ServerHello / EncryptedExtensions");
    }

    /** The parsed Certificate message: TLS 1.3 carries SCTs and the OCSP staple in the leaf entry. */
    void peerCertificate(Certificate certificate) {
        if (certificate == null || certificateMessageSeen) {
            return;
        }
        certificateMessageSeen = true;
        if (certificate.getLength() == 0) {
            return;
        }
        CertificateEntry leaf = certificate.getCertificateEntryAt(0);
        Hashtable<?, ?> ext = leaf.getExtensions();
        if (ext == null) {
            return;
        }
        sctExtension((byte[]) ext.get(ExtensionType.signed_certificate_timestamp), "the leaf's TLS 1.3 CertificateEntry");
        byte[] status = (byte[]) ext.get(ExtensionType.status_request);
        if (status != null) {
            Optional<Der> ocsp = ocspFromCertificateStatus(status);
            if (ocsp.isPresent()) {
                stapledOcsp = ocsp;
            } else {
                deliveryProblems.add("The status_request extension of the leaf's TLS 1.3 CertificateEntry is not a"
                        + " CertificateStatus carrying an OCSP response (" + certificateStatusProblem(status)
                        + ", RFC 8446 §4.4.2.1), so its staple and any SCTs in it were ignored.");
            }
        }
    }

    /** An SCT extension as received; an empty one is recorded as a problem, since it holds no list to keep. */
    private void sctExtension(byte[] sct, String where) {
        if (sct == null) {
            return;
        }
        if (sct.length == 0) {
            deliveryProblems.add("The signed_certificate_timestamp extension in " + where + " is empty; RFC 6962 §3.3"
                    + " requires a SignedCertificateTimestampList of at least one SCT.");
            return;
        }
        addSctList(sct);
    }

    /** TLS 1.2 CertificateStatus message. */
    void certificateStatus(CertificateStatus status) {
        if (status == null || stapledOcsp.isPresent() || status.getStatusType() != CertificateStatusType.ocsp) {
            return;
        }
        try {
            // BC has already required the response to be DER, so its DER encoding is the bytes received.
            stapledOcsp = Optional.of(Der.of(status.getOCSPResponse().getEncoded("DER")));
        } catch (IOException e) {
            // Unreachable for a response BC parsed; leaving the staple out is the honest fallback.
        }
    }

    private void addSctList(byte[] sct) {
        Der d = Der.of(sct);
        if (!sctLists.contains(d)) {
            sctLists.add(d);
        }
    }

    /** RFC 6066 CertificateStatus: status_type(1) = ocsp(1), then opaque OCSPResponse<1..2^24-1>. */
    static Optional<Der> ocspFromCertificateStatus(byte[] data) {
        if (!certificateStatusProblem(data).isEmpty()) {
            return Optional.empty();
        }
        byte[] der = new byte[data.length - 4];
        System.arraycopy(data, 4, der, 0, der.length);
        return Optional.of(Der.of(der));
    }

    /** Why {@code data} is not an ocsp CertificateStatus; empty when it is one. */
    static String certificateStatusProblem(byte[] data) {
        if (data.length < 4) {
            return data.length + " bytes, too short for status_type and a 3-byte length";
        }
        if (data[0] != CertificateStatusType.ocsp) {
            return "status_type " + (data[0] & 0xff) + ", not ocsp(1)";
        }
        int len = ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        if (len == 0) {
            return "an empty OCSPResponse";
        }
        if (len != data.length - 4) {
            return "the OCSPResponse declares " + len + " bytes but " + (data.length - 4) + " follow";
        }
        return "";
    }

    List<Der> served() {
        return List.copyOf(served);
    }

    List<Der> sctLists() {
        return List.copyOf(sctLists);
    }

    Optional<Der> stapledOcsp() {
        return stapledOcsp;
    }

    List<String> deliveryProblems() {
        return List.copyOf(deliveryProblems);
    }

    Optional<ProtocolVersion> version() {
        return version;
    }

    Optional<Integer> cipherSuite() {
        return cipherSuite;
    }
}
