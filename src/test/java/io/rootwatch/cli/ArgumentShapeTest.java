package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.capture.HostResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments whose shape says what the user meant: a missing file is "no such file", never a DNS lookup. */
class ArgumentShapeTest {
    private final List<String> resolved = new CopyOnWriteArrayList<>();

    private Environment recordingEnv(Path home) {
        HostResolver resolver = host -> {
            resolved.add(host);
            throw new java.net.UnknownHostException(host + ": unknown in this test");
        };
        return new Environment(Clock.fixed(Cli.T0, ZoneOffset.UTC), resolver, home, Map.of(), Optional.empty());
    }

    @Test
    void ctOnAMissingCertificateFile_saysNoSuchFile_withoutResolvingIt(@TempDir Path tmp) {
        Environment env = recordingEnv(tmp);
        for (String arg : List.of("nonexist.pem", "certs/site.crt", "store.P12", tmp.resolve("gone").toString())) {
            Cli.Result r = Cli.run(env, "ct", arg, "--offline");
            assertThat(r.exitCode()).as(arg).isEqualTo(2);
            assertThat(r.err()).as(arg).contains(arg + ": no such file");
        }
        assertThat(resolved).isEmpty();
    }

    @Test
    void ctOnAHostName_stillCapturesIt(@TempDir Path tmp) {
        Cli.Result r = Cli.run(recordingEnv(tmp), "ct", "example.test", "--offline");
        assertThat(r.exitCode()).as("a name that does not resolve is a failed capture, as in scan").isEqualTo(1);
        assertThat(resolved).containsExactly("example.test");
        assertThat(CtCommand.looksLikePath("smtp://mail.example.test")).isFalse();
    }

    @Test
    void emptyTargetsFile_namesTheFile(@TempDir Path tmp) throws Exception {
        Path targets = Files.writeString(tmp.resolve("targets.txt"), "# nothing yet\n\n");
        Cli.Result r = Cli.run(recordingEnv(tmp), "scan", "--offline", "--db", tmp.resolve("rw.db").toString(),
                "--targets", targets.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(targets + " holds no targets").doesNotContain("give host[:port] arguments");
    }

    @Test
    void hostPortPort_isAUsageErrorNotAnAddress(@TempDir Path tmp) {
        Cli.Result r = Cli.run(recordingEnv(tmp), "scan", "127.0.0.1:8443:99", "--offline", "--db", tmp.resolve("rw.db").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("rootwatch: target \"127.0.0.1:8443:99\": not host:port, and not an IPv6 address"
                + " (give an IPv6 address with a port as [address]:port)" + System.lineSeparator());
        assertThat(resolved).isEmpty();
    }
}
