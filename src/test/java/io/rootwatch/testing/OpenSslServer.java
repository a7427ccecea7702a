package io.rootwatch.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs s_server until closed; waits (bounded) until it accepts connections. */
public final class OpenSslServer implements AutoCloseable {
    final Process process;
    public final int port;

    public OpenSslServer(Path dir, TestPki.Chain chain, List<String> extraArgs) throws Exception {
        this(dir, chain.leaf(), List.of(chain.intermediate().der()), extraArgs);
    }

    /**
     * Serves {@code leaf} (with its key) followed by {@code rest} exactly as listed (s_server sends a given
     * -cert_chain verbatim: duplicates, strays and roots included); no -cert_chain when {@code rest} is empty.
     */
    public OpenSslServer(Path dir, TestPki.Issued leaf, List<byte[]> rest, List<String> extraArgs) throws Exception {
        Files.writeString(dir.resolve("cert.pem"), TestPki.pem("CERTIFICATE", leaf.der()));
        Files.writeString(dir.resolve("key.pem"), TestPki.pem("PRIVATE KEY", leaf.keys().getPrivate().getEncoded()));
        StringBuilder chainPem = new StringBuilder();
        for (byte[] der : rest) {
            chainPem.append(TestPki.pem("CERTIFICATE", der));
        }
        Files.writeString(dir.resolve("chain.pem"), chainPem);
        this.port = freePort();
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port,
                "-cert", dir.resolve("cert.pem").toString(), "-key", dir.resolve("key.pem").toString(), "-quiet"));
        if (!rest.isEmpty()) {
            cmd.addAll(List.of("-cert_chain", dir.resolve("chain.pem").toString()));
        }
        cmd.addAll(extraArgs);
        // stdin stays an open pipe: s_server ends a connection when its stdin reaches EOF.
        this.process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("s_server.log").toFile()).start();
        try {
            awaitListening(dir);
        } catch (Exception | Error e) {
            close(); // never leave a server behind when the test cannot use it
            throw e;
        }
    }

    private void awaitListening(Path dir) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("openssl s_server exited: " + Files.readString(dir.resolve("s_server.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("openssl s_server did not listen on port " + port + " within 5 s");
    }

    /** A loopback port that was free a moment ago (s_server needs a number; 0 is not allowed). */
    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
