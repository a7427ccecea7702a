package io.rootwatch.capture;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback TCP server that does something other than TLS with each connection. */
final class RawServer implements AutoCloseable {
    interface Handler {
        void handle(Socket s) throws IOException;
    }

    private final ServerSocket listener;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    RawServer(Handler handler) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("raw-server").start(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket s = listener.accept();
                    open.add(s);
                    Thread.ofVirtual().start(() -> {
                        try {
                            handler.handle(s);
                        } catch (IOException e) {
                            // the client went away
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    /** Accepts and never sends a byte; the connection stays open until the server closes. */
    static RawServer silent() throws IOException {
        return new RawServer(s -> {
            byte[] buf = new byte[4096];
            while (s.getInputStream().read(buf) >= 0) {
                // swallow the ClientHello and say nothing
            }
        });
    }

    /** Answers whatever arrives with an HTTP 400, as a plain HTTP server on a TLS port does. */
    static RawServer http400() throws IOException {
        return new RawServer(s -> {
            try (s) {
                s.getInputStream().read(new byte[4096]);
                s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            }
        });
    }

    int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
    }

    /** A loopback port with nothing listening: bound, then released. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
