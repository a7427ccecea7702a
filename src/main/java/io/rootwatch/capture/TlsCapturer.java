package io.rootwatch.capture;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.TlsFacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Captures what one endpoint's TLS server sends: every certificate's exact DER in served order, the
 * TLS-extension SCT lists, the stapled OCSP response, the negotiated version and cipher.
 *
 * <p>Trust never fails a capture: self-signed, expired, mismatched and broken chains are recorded as they are.
 * Status {@code OK} means the handshake completed; {@code PARTIAL} means the certificates arrived and the
 * handshake failed afterwards (e.g. the server's key does not match its certificate); {@code ERROR} means
 * nothing was captured. Deadlines: {@link CaptureOptions#connectTimeout()} per address,
 * {@link CaptureOptions#handshakeTimeout()} from TCP connect to the end of the handshake (STARTTLS included),
 * {@link CaptureOptions#totalTimeout()} for everything.
 *
 * <p>Thread-safe: one instance serves any number of concurrent captures.
 */
public final class TlsCapturer {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connector connector;
    private final CaptureOptions options;
    private final Clock clock;

    public TlsCapturer(HostResolver resolver, CaptureOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connector = new Connector(Objects.requireNonNull(resolver, "resolver"), options.connectTimeout());
    }

    /**
     * Connects (trying each resolved address in order), runs any STARTTLS exchange and the handshake.
     * Never throws for network or TLS problems: they come back as a Capture with status ERROR or PARTIAL and
     * a {@link CaptureError}. {@code capturedAt} is the injected clock's instant when the capture started;
     * {@code address} is the IP actually connected to (empty when no connection was made).
     */
    public Capture capture(Endpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        Instant at = clock.instant();
        Deadline total = Deadline.after(options.totalTimeout());
        return switch (connector.connect(endpoint, total)) {
            case Connector.Failed f -> Capture.failed(endpoint, f.lastAddress(), at, f.error());
            case Connector.Connected c -> {
                try (Socket socket = c.socket()) {
                    yield handshake(endpoint, socket, Connector.text(c.address()), at, total);
                } catch (IOException e) {
                    // only close() can land here, after the outcome is known; treat as a lost connection
                    yield Capture.failed(endpoint, Optional.of(Connector.text(c.address())), at,
                            new CaptureError(CaptureError.Kind.IO, endpoint.display() + ": " + e.getMessage()));
                }
            }
        };
    }

    /** A bug must not silently drop a target from a scan: it becomes that target's error. */
    Capture internalFailure(Endpoint endpoint, RuntimeException e) {
        return Capture.failed(endpoint, Optional.empty(), clock.instant(), new CaptureError(CaptureError.Kind.IO,
                endpoint.display() + ": internal error during capture: " + e));
    }

    private Capture handshake(Endpoint endpoint, Socket socket, String address, Instant at, Deadline total) {
        Deadline end = total.earlier(Deadline.after(options.handshakeTimeout()));
        Duration budget = Duration.ofMillis(Math.max(1, end.remainingMillis()));
        Optional<String> sni = serverName(endpoint);
        HandshakeRecorder recorder = new HandshakeRecorder();
        SniffingInputStream sniffer = null;
        try (Watchdog watchdog = Watchdog.closeAt(socket, end)) {
            try {
                socket.setSoTimeout(end.socketTimeoutMillis());
                socket.setTcpNoDelay(true);
                InputStream raw = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                StartTls.negotiate(endpoint.protocol(), raw, out);
                sniffer = new SniffingInputStream(raw);
                RecordingClientProtocol protocol = new RecordingClientProtocol(sniffer, out, recorder);
                protocol.connect(new RecordingTlsClient(new RecordingCrypto(RANDOM, recorder), recorder, sni));
                closeQuietly(protocol);
                return new Capture(endpoint, Optional.of(address), at, CaptureStatus.OK, Optional.empty(),
                        facts(recorder, sni), recorder.served(), recorder.sctLists(), recorder.stapledOcsp(),
                        recorder.deliveryProblems());
            } catch (IOException | RuntimeException e) {
                boolean certificatesSeen = !recorder.served().isEmpty();
                CaptureError error = HandshakeFailures.classify(e, new HandshakeFailures.Context(
                        endpoint, watchdog.fired() || end.passed(), budget, sniffer, certificatesSeen));
                CaptureStatus status = certificatesSeen ? CaptureStatus.PARTIAL : CaptureStatus.ERROR;
                return new Capture(endpoint, Optional.of(address), at, status, Optional.of(error),
                        facts(recorder, sni), recorder.served(), recorder.sctLists(), recorder.stapledOcsp(),
                        recorder.deliveryProblems());
            }
        }
    }

    private static Optional<TlsFacts> facts(HandshakeRecorder recorder, Optional<String> sni) {
        if (recorder.version().isEmpty() || recorder.cipherSuite().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TlsFacts(TlsNames.version(recorder.version().get()),
                TlsNames.cipherSuite(recorder.cipherSuite().get()), sni));
    }

    /** RFC 6066 3: the SNI is a DNS host name, without a trailing dot, and never an IP literal. */
    static Optional<String> serverName(Endpoint endpoint) {
        String name = endpoint.sni().orElse(endpoint.host());
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || Connector.isIpLiteral(name)) {
            return Optional.empty();
        }
        return Optional.of(name.toLowerCase(Locale.ROOT));
    }

    private static void closeQuietly(RecordingClientProtocol protocol) {
        try {
            protocol.close(); // sends close_notify; the socket itself is closed by the caller
        } catch (IOException e) {
            // the capture is complete; a failed goodbye changes nothing
        }
    }
}
