package io.rootwatch.capture;

import io.rootwatch.testing.ChainTlsServer;
import io.rootwatch.testing.TestPki;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Protocol;
import io.rootwatch.model.TlsFacts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TlsCapturerTest {
    static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    static final Path CHAINS = Path.of("../shared/corpus/chains");
    static final CaptureOptions FAST = new CaptureOptions(Duration.ofSeconds(2), Duration.ofMillis(700),
            Duration.ofSeconds(3), 8, 4);

    static TestPki.Chain pki;
    static TestPki.Issued otherKey; // a key that belongs to no certificate we serve

    @BeforeAll
    static void makePki() throws Exception {
        pki = TestPki.chain("www.test.example", 2048, "SHA256withRSA");
        otherKey = new TestPki.Issued(TestPki.rsa(2048), new byte[0]);
    }

    static TlsCapturer capturer(HostResolver resolver) {
        return new TlsCapturer(resolver, FAST, CLOCK);
    }

    static TlsCapturer capturer() {
        return capturer(host -> {
            throw new UnknownHostException("tests resolve no names unless they say so: " + host);
        });
    }

    static Endpoint local(int port) {
        return new Endpoint(Protocol.TLS, "127.0.0.1", port, Optional.empty(), Map.of());
    }

    static List<Der> ders(List<byte[]> raw) {
        return raw.stream().map(Der::of).toList();
    }

    @Test
    void generatedChain_tls13_isCapturedExactlyWithVersionCipherAndNoSniForIp() throws Exception {
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv13))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.error()).isEmpty();
            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.served()).containsExactlyElementsOf(ders(pki.servedOrder()));
            // Our client offers TLS_AES_128_GCM_SHA256 first and BC's server follows the client's order.
            assertThat(c.tls()).contains(new TlsFacts("TLSv1.3", "TLS_AES_128_GCM_SHA256", Optional.empty()));
            assertThat(c.address()).contains("127.0.0.1");
            assertThat(c.capturedAt()).isEqualTo(AT);
            assertThat(c.tlsSctLists()).isEmpty();
            assertThat(c.stapledOcsp()).isEmpty();
            assertThat(server.sniReceived()).isEmpty(); // RFC 6066: no SNI for an IP literal
        }
    }

    @Test
    void generatedChain_tls12_isCapturedWithEcdheRsaGcm() throws Exception {
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv12))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.served()).containsExactlyElementsOf(ders(pki.servedOrder()));
            assertThat(c.tls()).contains(new TlsFacts("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", Optional.empty()));
        }
    }

    @Test
    void hostName_sendsSniAndUsesResolvedAddress() throws Exception {
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv13))) {
            HostResolver resolver = host -> List.of(InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1}));
            Endpoint ep = new Endpoint(Protocol.TLS, "www.test.example", server.port(), Optional.empty(), Map.of());

            Capture c = capturer(resolver).capture(ep);

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(server.sniReceived()).containsExactly("www.test.example");
            assertThat(c.tls().orElseThrow().sni()).contains("www.test.example");
        }
    }

    @Test
    void sniOverride_isSentInsteadOfHost() throws Exception {
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv12))) {
            Endpoint ep = new Endpoint(Protocol.TLS, "127.0.0.1", server.port(), Optional.of("other.test.example"), Map.of());

            capturer().capture(ep);

            assertThat(server.sniReceived()).containsExactly("other.test.example");
        }
    }

    @Test
    void chainServedOutOfOrder_isRecordedInServedOrder_partialBecauseLeafIsNotFirst() throws Exception {
        List<byte[]> scrambled = List.of(pki.root().der(), pki.leaf().der(), pki.intermediate().der());
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(scrambled,
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv12))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.served()).containsExactlyElementsOf(ders(scrambled));
            assertThat(c.status()).isEqualTo(CaptureStatus.PARTIAL);
            assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.HANDSHAKE);
        }
    }

    @Test
    void realChain_wildcardRsa2048_replayedWithForeignKey_isPartialWithExactDerAndOrder() throws Exception {
        List<byte[]> fileCerts = TestPki.readPemCertificates(CHAINS.resolve("badssl_wildcard-rsa2048.pem"));
        assertThat(fileCerts).hasSize(2); // MANIFEST: leaf-first, leaf + DigiCert SHA2 Secure Server CA
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(fileCerts,
                otherKey.privateKeyParameter(), ProtocolVersion.TLSv12))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.PARTIAL);
            assertThat(c.served()).containsExactlyElementsOf(ders(fileCerts));
            CaptureError e = c.error().orElseThrow();
            assertThat(e.kind()).isEqualTo(CaptureError.Kind.HANDSHAKE);
            assertThat(e.message()).startsWith("127.0.0.1:" + server.port() + ": ")
                    .contains("after the server's Certificate message");
            assertThat(c.tls().orElseThrow().version()).isEqualTo("TLSv1.2");
        }
    }

    @Test
    void realChain_10000Sans_hugeCertificateMessage_isCapturedOverTls13() throws Exception {
        Path file = CHAINS.resolve("badssl_subdomain-10000-sans.pem");
        List<byte[]> fileCerts = TestPki.readPemCertificates(file);
        assertThat(Files.size(file)).isGreaterThan(250_000);
        assertThat(fileCerts.getFirst().length).isGreaterThan(32_768); // BC's default handshake-message limit
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(fileCerts,
                otherKey.privateKeyParameter(), ProtocolVersion.TLSv13))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.PARTIAL);
            assertThat(c.served()).containsExactlyElementsOf(ders(fileCerts));
            assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.HANDSHAKE);
        }
    }

    /** A real RFC 6962 SCT (the CT C++ test log's proof for test-cert.pem), wrapped in a SignedCertificateTimestampList. */
    static byte[] sctList() throws Exception {
        byte[] sct = Files.readAllBytes(Path.of("../shared/corpus/sct/ctcpp_test-cert.proof"));
        assertThat(sct).hasSize(118); // MANIFEST: v1, SHA256/ECDSA, 118 bytes
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int inner = sct.length + 2;
        b.write(inner >>> 8);
        b.write(inner);
        b.write(sct.length >>> 8);
        b.write(sct.length);
        b.writeBytes(sct);
        return b.toByteArray();
    }

    @Test
    void sctTlsExtension_tls12ServerHello_isRecordedByteForByte() throws Exception {
        byte[] list = sctList();
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv12).withSct(list))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.tlsSctLists()).containsExactly(Der.of(list));
        }
    }

    @Test
    void sctTlsExtension_tls13LeafCertificateEntry_isRecordedByteForByte() throws Exception {
        byte[] list = sctList();
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv13).withSct(list))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.tlsSctLists()).containsExactly(Der.of(list));
        }
    }

    static byte[] ocspResponse() throws Exception {
        var digests = new JcaDigestCalculatorProviderBuilder().build();
        X509CertificateHolder issuer = new X509CertificateHolder(pki.intermediate().der());
        X509CertificateHolder leaf = new X509CertificateHolder(pki.leaf().der());
        CertificateID id = new CertificateID(digests.get(CertificateID.HASH_SHA1), issuer, leaf.getSerialNumber());
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(new X500Name("CN=rootwatch Test Intermediate")));
        Date thisUpdate = Date.from(Instant.parse("2026-02-28T00:00:00Z"));
        Date nextUpdate = Date.from(Instant.parse("2026-03-07T00:00:00Z"));
        b.addResponse(id, CertificateStatus.GOOD, thisUpdate, nextUpdate);
        BasicOCSPResp basic = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pki.intermediate().keys().getPrivate()),
                new X509CertificateHolder[]{issuer}, thisUpdate);
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    @Test
    void stapledOcsp_tls12CertificateStatus_isRecordedByteForByte() throws Exception {
        byte[] ocsp = ocspResponse();
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv12).withOcsp(ocsp))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.stapledOcsp()).contains(Der.of(ocsp));
            assertThat(new OCSPResp(c.stapledOcsp().orElseThrow().bytes()).getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        }
    }

    @Test
    void stapledOcsp_tls13CertificateEntry_isRecordedByteForByte() throws Exception {
        byte[] ocsp = ocspResponse();
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv13).withOcsp(ocsp))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.stapledOcsp()).contains(Der.of(ocsp));
        }
    }

    @Test
    void stapledOcspAndSct_survivePartialHandshake_tls13() throws Exception {
        byte[] ocsp = ocspResponse();
        byte[] list = sctList();
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                otherKey.privateKeyParameter(), ProtocolVersion.TLSv13).withOcsp(ocsp).withSct(list))) {
            Capture c = capturer().capture(local(server.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.PARTIAL);
            assertThat(c.stapledOcsp()).contains(Der.of(ocsp));
            assertThat(c.tlsSctLists()).containsExactly(Der.of(list));
        }
    }
}
