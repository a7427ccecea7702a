package io.rootwatch.capture;

import io.rootwatch.testing.ChainTlsServer;
import io.rootwatch.testing.TestPki;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Protocol;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScanRunnerTest {
    static TestPki.Chain pki;

    @BeforeAll
    static void makePki() throws Exception {
        pki = TestPki.chain("scan.test.example", 2048, "SHA256withRSA");
    }

    static ChainTlsServer holdingServer() throws Exception {
        // Each connection waits 150 ms before its handshake so that simultaneous captures overlap visibly.
        return new ChainTlsServer(ChainTlsServer.Config.of(pki.servedOrder(), pki.leaf().privateKeyParameter(),
                ProtocolVersion.TLSv13).withHold(Duration.ofMillis(150)));
    }

    static List<Endpoint> targets(int n, int port) {
        // Distinct tags make each endpoint distinct, so "delivered once" is checkable.
        return IntStream.range(0, n).mapToObj(i -> new Endpoint(Protocol.TLS, "127.0.0.1", port, Optional.empty(),
                Map.of("n", Integer.toString(i)))).toList();
    }

    @Test
    void perHostBound_limitsSimultaneousConnections_andEachCaptureIsDeliveredOnce() throws Exception {
        CaptureOptions opts = new CaptureOptions(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(8), 16, 3);
        try (ChainTlsServer server = holdingServer()) {
            List<Endpoint> endpoints = targets(12, server.port());
            List<Capture> delivered = new ArrayList<>(); // not synchronized: deliveries never overlap

            new ScanRunner(new TlsCapturer(h -> List.of(), opts, TlsCapturerTest.CLOCK), opts)
                    .run(endpoints, delivered::add);

            assertThat(delivered).hasSize(12);
            assertThat(delivered).extracting(Capture::target).containsExactlyInAnyOrderElementsOf(endpoints);
            assertThat(delivered).allMatch(c -> c.status() == CaptureStatus.OK);
            assertThat(server.accepted()).isEqualTo(12);
            assertThat(server.maxActive()).isEqualTo(3); // 12 targets on one host, at most 3 at once
        }
    }

    @Test
    void overallBound_limitsSimultaneousConnectionsAcrossHosts() throws Exception {
        CaptureOptions opts = new CaptureOptions(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(8), 2, 4);
        try (ChainTlsServer server = holdingServer()) {
            // Four host names resolving to the same server: the per-host bound never bites, the overall one does.
            Map<String, Integer> perName = new HashMap<>();
            List<Endpoint> endpoints = IntStream.range(0, 8).mapToObj(i -> new Endpoint(Protocol.TLS,
                    "h" + (i % 4) + ".test.example", server.port(), Optional.empty(), Map.of())).toList();
            HostResolver resolver = host -> List.of(java.net.InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1}));
            List<Capture> delivered = new ArrayList<>();

            new ScanRunner(new TlsCapturer(resolver, opts, TlsCapturerTest.CLOCK), opts).run(endpoints, delivered::add);

            delivered.forEach(c -> perName.merge(((Endpoint) c.target()).host(), 1, Integer::sum));
            assertThat(perName).containsOnly(Map.entry("h0.test.example", 2), Map.entry("h1.test.example", 2),
                    Map.entry("h2.test.example", 2), Map.entry("h3.test.example", 2));
            assertThat(server.maxActive()).isEqualTo(2);
        }
    }

    @Test
    void failingTargets_areDeliveredToo() throws Exception {
        int closed = RawServer.closedPort();
        CaptureOptions opts = CaptureOptions.defaults();
        List<Capture> delivered = new ArrayList<>();

        new ScanRunner(new TlsCapturer(h -> List.of(), opts, TlsCapturerTest.CLOCK), opts)
                .run(targets(3, closed), delivered::add);

        assertThat(delivered).hasSize(3).allMatch(c -> c.status() == CaptureStatus.ERROR);
    }

    @Test
    void callbackThrowing_stopsTheScanAndRethrows() throws Exception {
        int closed = RawServer.closedPort();
        CaptureOptions opts = new CaptureOptions(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 1, 1);
        List<Capture> seen = new ArrayList<>();

        assertThatThrownBy(() -> new ScanRunner(new TlsCapturer(h -> List.of(), opts, TlsCapturerTest.CLOCK), opts)
                .run(targets(5, closed), c -> {
                    seen.add(c);
                    throw new IllegalStateException("disk full");
                })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(seen).hasSize(1);
    }

    @Test
    void defaults_areDocumentedValues() {
        assertThat(CaptureOptions.defaults()).isEqualTo(new CaptureOptions(Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(20), 64, 4));
        assertThatThrownBy(() -> new CaptureOptions(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1))
                .hasMessageContaining("connectTimeout must be a positive duration");
    }
}
