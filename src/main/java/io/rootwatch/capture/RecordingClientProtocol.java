package io.rootwatch.capture;

import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsContext;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * BC's blocking client protocol, plus one hook: just before BC wipes the handshake state (on success and
 * on failure alike) it copies the parsed Certificate message and any CertificateStatus into the recorder.
 * Why: when the handshake fails after the Certificate message (wrong key, unsupported leaf key), BC
 * never calls {@code notifyServerCertificate}, yet the TLS 1.3 SCT/OCSP entry extensions and the TLS 1.2
 * staple have already arrived.
 */
final class RecordingClientProtocol extends TlsClientProtocol {
    private final HandshakeRecorder recorder;

    RecordingClientProtocol(InputStream in, OutputStream out, HandshakeRecorder recorder) {
        super(in, out);
        this.recorder = recorder;
    }

    @Override
    protected void cleanupHandshake() {
        try {
            TlsContext context = getContext();
            SecurityParameters params = context == null ? null : context.getSecurityParametersHandshake();
            if (params != null) {
                recorder.peerCertificate(params.getPeerCertificate());
            }
            recorder.certificateStatus(certificateStatus);
        } catch (RuntimeException e) {
            // Recording is best effort; never let it mask the handshake's own outcome.
        }
        super.cleanupHandshake();
    }
}
