package io.rootwatch.capture;

import io.rootwatch.testing.ChainTlsServer;
import io.rootwatch.testing.TestPki;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Protocol;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.rootwatch.capture.TlsCapturerTest.CLOCK;
import static io.rootwatch.capture.TlsCapturerTest.FAST;
import static io.rootwatch.capture.TlsCapturerTest.local;
import static org.assertj.core.api.Assertions.assertThat;

class CaptureFailureTest {
    static TestPki.Chain pki;

    @BeforeAll
    static void makePki() throws Exception {
        pki = TestPki.chain("mail.test.example", 2048, "SHA256withRSA");
    }

    @Test
    void refusedPort_isRefusedError_namingTarget() throws Exception {
        int port = RawServer.closedPort();

        Capture c = TlsCapturerTest.capturer().capture(local(port));

        assertThat(c.status()).isEqualTo(CaptureStatus.ERROR);
        assertThat(c.error()).contains(new CaptureError(CaptureError.Kind.REFUSED, "127.0.0.1:" + port + ": connection refused"));
        assertThat(c.address()).contains("127.0.0.1");
        assertThat(c.served()).isEmpty();
        assertThat(c.capturedAt()).isEqualTo(TlsCapturerTest.AT);
    }

    @Test
    void serverThatAcceptsAndNeverAnswers_isTimeoutWithinHandshakeDeadline() throws Exception {
        try (RawServer silent = RawServer.silent()) {
            long start = System.nanoTime();
            Capture c = TlsCapturerTest.capturer().capture(local(silent.port()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(c.status()).isEqualTo(CaptureStatus.ERROR);
            assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.TIMEOUT);
            assertThat(c.error().orElseThrow().message()).isEqualTo("127.0.0.1:" + silent.port()
                    + ": the TLS handshake did not finish within 0.7 s (the server sent nothing)");
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(690)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void serverDrippingBytesUntilTheDeadline_isReportedAsStillSending_notAsStopped() throws Exception {
        // A TLS record header announcing a big ServerHello, then one byte every 50 ms: never silent for long.
        try (RawServer drip = new RawServer(s -> {
            s.getInputStream().read(new byte[4096]);
            var out = s.getOutputStream();
            out.write(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00});
            out.flush();
            for (int i = 0; i < 200; i++) {
                sleep(50);
                out.write(0x02);
                out.flush();
            }
        })) {
            Capture c = TlsCapturerTest.capturer().capture(local(drip.port()));

            assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.TIMEOUT);
            assertThat(c.error().orElseThrow().message())
                    .startsWith("127.0.0.1:" + drip.port() + ": the TLS handshake did not finish within 0.7 s;"
                            + " the server was still sending slowly (")
                    .endsWith(" bytes received)");
        }
    }

    @Test
    void serverThatSendsAFewBytesThenFallsSilent_stoppedAnswering() throws Exception {
        try (RawServer stall = new RawServer(s -> {
            s.getInputStream().read(new byte[4096]);
            s.getOutputStream().write(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00});
            s.getOutputStream().flush();
            sleep(5_000);
        })) {
            Capture c = TlsCapturerTest.capturer().capture(local(stall.port()));

            assertThat(c.error().orElseThrow().message()).isEqualTo("127.0.0.1:" + stall.port()
                    + ": the TLS handshake did not finish within 0.7 s (the server stopped answering after 5 bytes)");
        }
    }

    private static void sleep(long millis) throws java.io.IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
    }

    @Test
    void totalDeadline_boundsTheHandshakeToo() throws Exception {
        CaptureOptions tight = new CaptureOptions(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMillis(400), 1, 1);
        try (RawServer silent = RawServer.silent()) {
            long start = System.nanoTime();
            Capture c = new TlsCapturer(h -> List.of(), tight, CLOCK).capture(local(silent.port()));

            assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
        }
    }

    @Test
    void portAnsweringHttp_isNotTls_quotingTheReply() throws Exception {
        try (RawServer http = RawServer.http400()) {
            Capture c = TlsCapturerTest.capturer().capture(local(http.port()));

            assertThat(c.status()).isEqualTo(CaptureStatus.ERROR);
            assertThat(c.error()).contains(new CaptureError(CaptureError.Kind.NOT_TLS, "127.0.0.1:" + http.port()
                    + ": the server did not answer with TLS; it sent \"HTTP/1.1 400 Bad Request\""));
        }
    }

    @Test
    void resolverThrowingUnknownHost_isDnsError_withoutAddress() {
        Endpoint ep = new Endpoint(Protocol.TLS, "nx.test.example", 443, Optional.empty(), Map.of());

        Capture c = TlsCapturerTest.capturer().capture(ep);

        assertThat(c.status()).isEqualTo(CaptureStatus.ERROR);
        assertThat(c.error()).contains(new CaptureError(CaptureError.Kind.DNS,
                "nx.test.example:443: the name nx.test.example does not resolve"));
        assertThat(c.address()).isEmpty();
    }

    @Test
    void resolverReturningV6ThenV4_triesEachInOrder_andRecordsTheAddressConnected() throws Exception {
        // The server listens on 127.0.0.1 only, so ::1 is refused and the capture moves on.
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv13), InetAddress.getByName("127.0.0.1"))) {
            HostResolver resolver = host -> List.of(InetAddress.getByName("::1"), InetAddress.getByName("127.0.0.1"));
            Endpoint ep = new Endpoint(Protocol.TLS, "dual.test.example", server.port(), Optional.empty(), Map.of());

            Capture c = new TlsCapturer(resolver, FAST, CLOCK).capture(ep);

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.address()).contains("127.0.0.1");
        }
    }

    @Test
    void everyResolvedAddressRefused_listsTheAddressesTried() throws Exception {
        int port = RawServer.closedPort();
        HostResolver resolver = host -> List.of(InetAddress.getByName("::1"), InetAddress.getByName("127.0.0.1"));
        Endpoint ep = new Endpoint(Protocol.TLS, "dual.test.example", port, Optional.empty(), Map.of());

        Capture c = new TlsCapturer(resolver, FAST, CLOCK).capture(ep);

        assertThat(c.error()).contains(new CaptureError(CaptureError.Kind.REFUSED,
                "dual.test.example:" + port + ": connection refused (tried ::1, 127.0.0.1)"));
    }

    @Test
    void ipv6Literal_connectsOverLoopbackV6() throws Exception {
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv12), InetAddress.getByName("::1"))) {
            Endpoint ep = TargetParser.parse("[::1]:" + server.port(), Optional.empty(), Map.of());

            Capture c = TlsCapturerTest.capturer().capture(ep);

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.address()).contains("::1");
            assertThat(server.sniReceived()).isEmpty();
        }
    }

    // --- STARTTLS dialects: a plaintext preamble, then the same BC server on the same socket ---

    static ChainTlsServer.Preamble smtp(boolean offerStartTls) {
        return (in, out) -> {
            write(out, "220-mail.test.example ESMTP ready\r\n220 second greeting line\r\n");
            assertLine(in, "EHLO rootwatch.invalid");
            write(out, "250-mail.test.example\r\n250-SIZE 1000000\r\n" + (offerStartTls ? "250-STARTTLS\r\n" : "") + "250 8BITMIME\r\n");
            if (offerStartTls) {
                assertLine(in, "STARTTLS");
                write(out, "220 2.0.0 Ready to start TLS\r\n");
            } else {
                StartTls.readLine(in); // whatever comes next (nothing: the client gives up)
            }
        };
    }

    static void write(java.io.OutputStream out, String s) throws java.io.IOException {
        out.write(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.flush();
    }

    static void assertLine(java.io.InputStream in, String expected) throws java.io.IOException {
        String got = StartTls.readLine(in);
        if (!got.equals(expected)) {
            throw new java.io.IOException("expected " + expected + " got " + got);
        }
    }

    Capture captureVia(String scheme, ChainTlsServer.Preamble preamble) throws Exception {
        try (var server = new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(),
                pki.leaf().privateKeyParameter(), ProtocolVersion.TLSv12).withPreamble(preamble))) {
            Endpoint ep = TargetParser.parse(scheme + "://127.0.0.1:" + server.port(), Optional.empty(), Map.of());
            return TlsCapturerTest.capturer().capture(ep);
        }
    }

    @Test
    void smtpStartTls_capturesChainAfterEhloAndStartTls() throws Exception {
        Capture c = captureVia("smtp", smtp(true));

        assertThat(c.error()).isEmpty();
        assertThat(c.status()).isEqualTo(CaptureStatus.OK);
        assertThat(c.served()).containsExactlyElementsOf(pki.servedOrder().stream().map(Der::of).toList());
        assertThat(c.target().display()).startsWith("smtp://127.0.0.1:");
    }

    @Test
    void smtpWithoutStartTls_isNotTls_sayingSo() throws Exception {
        Capture c = captureVia("smtp", smtp(false));

        assertThat(c.status()).isEqualTo(CaptureStatus.ERROR);
        assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.NOT_TLS);
        assertThat(c.error().orElseThrow().message())
                .endsWith(": STARTTLS failed: the SMTP server does not offer STARTTLS in its EHLO reply");
    }

    @Test
    void imapStartTls_capturesChain() throws Exception {
        Capture c = captureVia("imap", (in, out) -> {
            write(out, "* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n");
            assertLine(in, "a1 STARTTLS");
            write(out, "a1 OK Begin TLS negotiation now\r\n");
        });

        assertThat(c.status()).isEqualTo(CaptureStatus.OK);
        assertThat(c.served()).hasSize(2);
    }

    @Test
    void pop3Stls_capturesChain() throws Exception {
        Capture c = captureVia("pop3", (in, out) -> {
            write(out, "+OK POP3 ready\r\n");
            assertLine(in, "STLS");
            write(out, "+OK Begin TLS negotiation\r\n");
        });

        assertThat(c.status()).isEqualTo(CaptureStatus.OK);
        assertThat(c.served()).hasSize(2);
    }

    @Test
    void ftpAuthTls_capturesChain() throws Exception {
        Capture c = captureVia("ftp", (in, out) -> {
            write(out, "220 FTP ready\r\n");
            assertLine(in, "AUTH TLS");
            write(out, "234 AUTH TLS successful\r\n");
        });

        assertThat(c.status()).isEqualTo(CaptureStatus.OK);
        assertThat(c.served()).hasSize(2);
    }

    @Test
    void smtpServerThatStallsAfterGreeting_isTimeout() throws Exception {
        Capture c = captureVia("smtp", (in, out) -> {
            write(out, "220 slow ESMTP\r\n");
            StartTls.readLine(in);
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.TIMEOUT);
        assertThat(c.error().orElseThrow().message()).endsWith(": no SMTP reply to EHLO within 0.7 s");
    }

    @Test
    void imapPortWithoutGreeting_namesTheMissingGreeting() throws Exception {
        try (RawServer silent = RawServer.silent()) {
            Endpoint ep = TargetParser.parse("imap://127.0.0.1:" + silent.port(), Optional.empty(), Map.of());
            Capture c = TlsCapturerTest.capturer().capture(ep);

            assertThat(c.error().orElseThrow().kind()).isEqualTo(CaptureError.Kind.TIMEOUT);
            assertThat(c.error().orElseThrow().message())
                    .isEqualTo("imap://127.0.0.1:" + silent.port() + ": no IMAP greeting within 0.7 s");
        }
    }

    @Test
    void smtpServerThatHangsUpAfterEhlo_saysWhatItWasWaitingFor() throws Exception {
        try (RawServer server = new RawServer(s -> {
            try (s) {
                write(s.getOutputStream(), "220 ready\r\n");
                StartTls.readLine(s.getInputStream());
            }
        })) {
            Endpoint ep = TargetParser.parse("smtp://127.0.0.1:" + server.port(), Optional.empty(), Map.of());
            Capture c = TlsCapturerTest.capturer().capture(ep);

            assertThat(c.error().orElseThrow().message())
                    .isEqualTo("smtp://127.0.0.1:" + server.port() + ": the server closed the connection before the SMTP reply to EHLO");
        }
    }
}
