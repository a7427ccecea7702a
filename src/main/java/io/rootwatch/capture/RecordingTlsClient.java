package io.rootwatch.capture;

import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsDHGroupVerifier;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Vector;

/**
 * A TLS client that offers everything a server might need (TLS 1.0 to 1.3, legacy suites including RSA key
 * exchange and 3DES, SHA-1 signatures), asks for SCTs and an OCSP staple, and trusts every certificate:
 * it records, it never judges.
 */
final class RecordingTlsClient extends DefaultTlsClient {

    /**
     * Largest handshake message accepted. BC's default (32 KiB) rejects real chains such as badssl's
     * 10000-SAN certificate (about 200 KB of DER); 4 MiB is far above any chain seen in the wild while still
     * bounding what one stalled or hostile server can make us buffer.
     */
    static final int MAX_HANDSHAKE_MESSAGE_SIZE = 4 * 1024 * 1024;

    /** BC's default is 10; misconfigured servers send longer chains and we want to record all of them. */
    static final int MAX_CHAIN_LENGTH = io.rootwatch.model.Capture.MAX_SERVED_CERTIFICATES;

    /** Smallest finite-field DH prime accepted; below this even capture-only key agreement is pointless. */
    private static final int MIN_DH_PRIME_BITS = 512;

    private static final int[] OFFERED_SUITES = {
            CipherSuite.TLS_AES_128_GCM_SHA256,
            CipherSuite.TLS_AES_256_GCM_SHA384,
            CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
            CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA256,
            CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA256,
            CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA,
            CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA,
            CipherSuite.TLS_DHE_DSS_WITH_AES_128_CBC_SHA,
            CipherSuite.TLS_DHE_DSS_WITH_AES_256_CBC_SHA,
            // RSA key exchange: still the only thing some legacy servers speak.
            CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256,
            CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA256,
            CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
            CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
            CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA,
            CipherSuite.TLS_RSA_WITH_CAMELLIA_256_CBC_SHA,
            CipherSuite.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,
            CipherSuite.TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA,
            CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    };

    private final HandshakeRecorder recorder;
    private final Optional<String> sni;

    RecordingTlsClient(RecordingCrypto crypto, HandshakeRecorder recorder, Optional<String> sni) {
        super(crypto);
        this.recorder = recorder;
        this.sni = sni;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv10);
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(), OFFERED_SUITES);
    }

    @Override
    protected Vector<ServerName> getSNIServerNames() {
        if (sni.isEmpty()) {
            return null; // BC's contract: null means "do not send the extension"
        }
        Vector<ServerName> names = new Vector<>();
        names.add(new ServerName(NameType.host_name, sni.get().getBytes(StandardCharsets.US_ASCII)));
        return names;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = super.getClientExtensions();
        // RFC 6962 3.3.1: an empty signed_certificate_timestamp extension asks for SCTs.
        extensions.put(ExtensionType.signed_certificate_timestamp, TlsUtils.EMPTY_BYTES);
        return extensions;
    }

    @Override
    public int getMaxHandshakeMessageSize() {
        return MAX_HANDSHAKE_MESSAGE_SIZE;
    }

    @Override
    public int getMaxCertificateChainLength() {
        return MAX_CHAIN_LENGTH;
    }

    @Override
    public boolean shouldCheckSigAlgOfPeerCerts() {
        return false; // we record SHA-1 and odd chains; judging them is lint's job
    }

    @Override
    public TlsDHGroupVerifier getDHGroupVerifier() {
        // BC accepts only well-known groups of 2048+ bits; legacy servers use their own 1024-bit groups.
        return group -> group.getP().bitLength() >= MIN_DH_PRIME_BITS;
    }

    @Override
    public void notifyServerVersion(ProtocolVersion serverVersion) throws IOException {
        super.notifyServerVersion(serverVersion);
        recorder.serverVersion(serverVersion);
    }

    @Override
    public void notifySelectedCipherSuite(int selectedCipherSuite) {
        super.notifySelectedCipherSuite(selectedCipherSuite);
        recorder.cipherSuite(selectedCipherSuite);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        recorder.serverExtensions(serverExtensions);
        super.processServerExtensions(serverExtensions);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) {
                // Accept everything: trust is decided later, from the recorded bytes.
                recorder.peerCertificate(serverCertificate.getCertificate());
                recorder.certificateStatus(serverCertificate.getCertificateStatus());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest certificateRequest) {
                return null; // no client certificate: the server decides whether that is fatal
            }
        };
    }
}
