package io.rootwatch.capture;

import io.rootwatch.testing.TestPki;

import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.TlsFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Captures from a real OpenSSL server ({@code openssl s_server}) on loopback: modern and legacy. */
class OpenSslCaptureTest {

    @Test
    void modernOpenSsl_tls13_capturesLeafAndIntermediateInOrder(@TempDir Path dir) throws Exception {
        TestPki.Chain chain = TestPki.chain("www.test.example", 2048, "SHA256withRSA");
        try (io.rootwatch.testing.OpenSslServer server = new io.rootwatch.testing.OpenSslServer(dir, chain, List.of())) {
            Capture c = TlsCapturerTest.capturer().capture(TlsCapturerTest.local(server.port));

            assertThat(c.error()).isEmpty();
            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.served()).containsExactly(Der.of(chain.leaf().der()), Der.of(chain.intermediate().der()));
            // OpenSSL follows the client's preference unless -serverpref; ours starts with AES-128-GCM.
            assertThat(c.tls()).contains(new TlsFacts("TLSv1.3", "TLS_AES_128_GCM_SHA256", Optional.empty()));
        }
    }

    @Test
    void legacyOpenSsl_tls10_rsa1024_sha1_isStillCaptured(@TempDir Path dir) throws Exception {
        TestPki.Chain chain = TestPki.chain("legacy.test.example", 1024, "SHA1withRSA");
        try (io.rootwatch.testing.OpenSslServer server = new io.rootwatch.testing.OpenSslServer(dir, chain, List.of("-tls1", "-cipher", "DEFAULT@SECLEVEL=0"))) {
            Capture c = TlsCapturerTest.capturer().capture(TlsCapturerTest.local(server.port));

            assertThat(c.error()).isEmpty();
            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.served()).containsExactly(Der.of(chain.leaf().der()), Der.of(chain.intermediate().der()));
            // TLS 1.0 has no AEAD suites; the first CBC suite we offer that an RSA certificate allows.
            assertThat(c.tls()).contains(new TlsFacts("TLSv1", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", Optional.empty()));
        }
    }

    @Test
    void legacyOpenSsl_tls11_rsaKeyExchangeOnly_isStillCaptured(@TempDir Path dir) throws Exception {
        TestPki.Chain chain = TestPki.chain("legacy.test.example", 1024, "SHA1withRSA");
        try (io.rootwatch.testing.OpenSslServer server = new io.rootwatch.testing.OpenSslServer(dir, chain,
                List.of("-tls1_1", "-cipher", "AES128-SHA@SECLEVEL=0"))) {
            Capture c = TlsCapturerTest.capturer().capture(TlsCapturerTest.local(server.port));

            assertThat(c.status()).isEqualTo(CaptureStatus.OK);
            assertThat(c.tls()).contains(new TlsFacts("TLSv1.1", "TLS_RSA_WITH_AES_128_CBC_SHA", Optional.empty()));
        }
    }
}
