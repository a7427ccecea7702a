package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real `rootwatch scan` in a child JVM, stopped with SIGINT as Ctrl-C would: one loopback target is done
 * (refused), the other (a server that accepts and never answers) is still in its handshake.
 */
class ScanInterruptTest {
    @Test
    void sigint_printsTheScanIdAndHowToResume(@TempDir Path tmp) throws Exception {
        List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>()); // filled by the accept thread
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException e) {
                    // closed at the end of the test
                }
            });
            String refused;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                refused = "127.0.0.1:" + s.getLocalPort();
            }
            Path db = tmp.resolve("rw.db");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "scan", refused, "127.0.0.1:" + silent.getLocalPort(), "--timeout", "60",
                    "--offline", "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                    "--db", db.toString())
                    .redirectError(tmp.resolve("err.txt").toFile())
                    .redirectOutput(tmp.resolve("out.txt").toFile())
                    .start();
            try {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (judged(db) < 1) {
                    assertThat(System.nanoTime() < until && child.isAlive()).as("first target judged before the handshake deadline").isTrue();
                    Thread.sleep(100);
                }
                assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).start().waitFor()).isZero();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }

            assertThat(child.exitValue()).isEqualTo(130);
            String err = Files.readString(tmp.resolve("err.txt"));
            assertThat(err).containsPattern("rootwatch: interrupted; 1 of 2 targets done; resume with: rootwatch scan"
                    + " --resume [0-9a-f-]{36} " + refused.replace(".", "\\.") + " ");
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private static int judged(Path db) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM results")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return 0; // not created yet, or its schema not yet
        }
    }
}
