package io.rootwatch.testing;

import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.CertificateStatus;
import org.bouncycastle.tls.CertificateStatusType;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Vector;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-JVM BouncyCastle TLS server on loopback that serves ANY list of certificate DERs, in the order given,
 * signing with whatever RSA key it is handed. With a key that does not belong to the leaf (a replayed real
 * chain) the client can read the Certificate message but the handshake then fails: exactly the PARTIAL case.
 */
public final class ChainTlsServer implements AutoCloseable {
    /** A plaintext exchange run before TLS starts (a STARTTLS dialect). */
    public interface Preamble {
        void run(java.io.InputStream in, java.io.OutputStream out) throws IOException;
    }

    public record Config(List<byte[]> chain, AsymmetricKeyParameter key, ProtocolVersion[] versions,
                  Optional<byte[]> sctList, Optional<byte[]> ocspResponse, Duration holdBeforeHandshake,
                  Optional<Preamble> preamble) {
        public static Config of(List<byte[]> chain, AsymmetricKeyParameter key, ProtocolVersion version) {
            return new Config(chain, key, version.only(), Optional.empty(), Optional.empty(), Duration.ZERO,
                    Optional.empty());
        }

        public Config withSct(byte[] sct) {
            return new Config(chain, key, versions, Optional.of(sct), ocspResponse, holdBeforeHandshake, preamble);
        }

        public Config withOcsp(byte[] ocsp) {
            return new Config(chain, key, versions, sctList, Optional.of(ocsp), holdBeforeHandshake, preamble);
        }

        public Config withHold(Duration hold) {
            return new Config(chain, key, versions, sctList, ocspResponse, hold, preamble);
        }

        public Config withPreamble(Preamble p) {
            return new Config(chain, key, versions, sctList, ocspResponse, holdBeforeHandshake, Optional.of(p));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Config config;
    private final ServerSocket listener;
    private final Thread acceptor;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<String> sniReceived = new CopyOnWriteArrayList<>();

    public ChainTlsServer(Config config) throws IOException {
        this(config, InetAddress.getLoopbackAddress());
    }

    public ChainTlsServer(Config config, InetAddress bindTo) throws IOException {
        this.config = config;
        this.listener = new ServerSocket(0, 200, bindTo);
        this.acceptor = Thread.ofPlatform().daemon().name("chain-tls-server").start(this::acceptLoop);
    }

    public int port() {
        return listener.getLocalPort();
    }

    public int maxActive() {
        return maxActive.get();
    }

    public int accepted() {
        return accepted.get();
    }

    public List<String> sniReceived() {
        return List.copyOf(sniReceived);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                accepted.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(10_000);
            // Concurrency is counted over the hold only: a client cannot finish (and free its slot for the
            // next connection) before its hold ends, so the count never lags behind the client's view.
            int now = active.incrementAndGet();
            maxActive.accumulateAndGet(now, Math::max);
            try {
                if (!config.holdBeforeHandshake().isZero()) {
                    Thread.sleep(config.holdBeforeHandshake());
                }
            } finally {
                active.decrementAndGet();
            }
            if (config.preamble().isPresent()) {
                config.preamble().get().run(s.getInputStream(), s.getOutputStream());
            }
            TlsServerProtocol protocol = new TlsServerProtocol(s.getInputStream(), s.getOutputStream());
            protocol.accept(new Server(new BcTlsCrypto(RANDOM)));
            protocol.close();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the client aborting (a replayed chain never verifies) is the expected end of many tests
        }
    }

    private final class Server extends DefaultTlsServer {
        Server(BcTlsCrypto crypto) {
            super(crypto);
        }

        @Override
        protected int[] getSupportedCipherSuites() {
            // RSA credentials only, so never pick an ECDSA suite the key cannot sign for.
            return TlsUtils.getSupportedCipherSuites(getCrypto(), new int[]{
                    CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
                    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA});
        }

        @Override
        protected ProtocolVersion[] getSupportedVersions() {
            return config.versions();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void processClientExtensions(Hashtable clientExtensions) throws IOException {
            super.processClientExtensions(clientExtensions);
            Vector names = TlsExtensionsUtils.getServerNameExtensionClient(clientExtensions);
            if (names != null && !names.isEmpty()) {
                sniReceived.add(new String(((ServerName) names.get(0)).getNameData(), StandardCharsets.US_ASCII));
            }
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Hashtable getServerExtensions() throws IOException {
            Hashtable ext = super.getServerExtensions();
            boolean tls13 = TlsUtils.isTLSv13(context);
            if (!tls13 && config.sctList().isPresent()
                    && clientExtensions.containsKey(ExtensionType.signed_certificate_timestamp)) {
                ext.put(ExtensionType.signed_certificate_timestamp, config.sctList().get());
            }
            return ext;
        }

        @Override
        public CertificateStatus getCertificateStatus() {
            return config.ocspResponse()
                    .map(der -> new CertificateStatus(CertificateStatusType.ocsp, OCSPResponse.getInstance(der)))
                    .orElse(null);
        }

        @Override
        public TlsCredentials getCredentials() throws IOException {
            return TlsUtils.isTLSv13(context) ? signer() : super.getCredentials();
        }

        @Override
        protected TlsCredentialedSigner getRSASignerCredentials() throws IOException {
            return signer();
        }

        private TlsCredentialedSigner signer() throws IOException {
            BcTlsCrypto crypto = (BcTlsCrypto) getCrypto();
            TlsCertificate[] certs = new TlsCertificate[config.chain().size()];
            for (int i = 0; i < certs.length; i++) {
                certs[i] = crypto.createCertificate(config.chain().get(i));
            }
            ProtocolVersion v = context.getServerVersion();
            SignatureAndHashAlgorithm alg;
            Certificate certificate;
            if (TlsUtils.isTLSv13(v)) {
                alg = SignatureAndHashAlgorithm.rsa_pss_rsae_sha256;
                CertificateEntry[] entries = new CertificateEntry[certs.length];
                for (int i = 0; i < certs.length; i++) {
                    Hashtable<Integer, byte[]> ext = new Hashtable<>();
                    if (i == 0) {
                        config.sctList().ifPresent(sct -> ext.put(ExtensionType.signed_certificate_timestamp, sct));
                        if (config.ocspResponse().isPresent()
                                && clientExtensions.containsKey(ExtensionType.status_request)) {
                            ext.put(ExtensionType.status_request, statusEntry(config.ocspResponse().get()));
                        }
                    }
                    entries[i] = new CertificateEntry(certs[i], ext);
                }
                certificate = new Certificate(TlsUtils.EMPTY_BYTES, entries);
            } else {
                alg = TlsUtils.isTLSv12(v) ? SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa) : null;
                certificate = new Certificate(certs);
            }
            return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto,
                    config.key(), certificate, alg);
        }
    }

    /** RFC 8446 4.4.2.1: the status_request entry extension carries a CertificateStatus structure. */
    public static byte[] statusEntry(byte[] ocspDer) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(CertificateStatusType.ocsp);
        b.write(ocspDer.length >>> 16);
        b.write(ocspDer.length >>> 8);
        b.write(ocspDer.length);
        b.writeBytes(ocspDer);
        return b.toByteArray();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
