package io.rootwatch.capture;

import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetParserTest {
    static Endpoint p(String spec) {
        return TargetParser.parse(spec, Optional.empty(), Map.of());
    }

    static Endpoint ep(Protocol protocol, String host, int port) {
        return new Endpoint(protocol, host, port, Optional.empty(), Map.of());
    }

    @Test
    void everyForm_parsesToProtocolHostAndPort() {
        assertThat(p("example.com")).isEqualTo(ep(Protocol.TLS, "example.com", 443));
        assertThat(p("Example.COM:8443")).isEqualTo(ep(Protocol.TLS, "example.com", 8443));
        assertThat(p("192.0.2.7:4433")).isEqualTo(ep(Protocol.TLS, "192.0.2.7", 4433));
        assertThat(p("[::1]:8443")).isEqualTo(ep(Protocol.TLS, "::1", 8443));
        assertThat(p("[2001:db8::1]")).isEqualTo(ep(Protocol.TLS, "2001:db8::1", 443));
        assertThat(p("2001:db8::1")).isEqualTo(ep(Protocol.TLS, "2001:db8::1", 443));
        assertThat(p("smtp://mail.example:587")).isEqualTo(ep(Protocol.SMTP, "mail.example", 587));
        assertThat(p("smtp://mail.example")).isEqualTo(ep(Protocol.SMTP, "mail.example", 25));
        assertThat(p("imap://mail.example")).isEqualTo(ep(Protocol.IMAP, "mail.example", 143));
        assertThat(p("pop3://mail.example")).isEqualTo(ep(Protocol.POP3, "mail.example", 110));
        assertThat(p("ftp://files.example")).isEqualTo(ep(Protocol.FTP, "files.example", 21));
        assertThat(p("https://www.example/some/path")).isEqualTo(ep(Protocol.TLS, "www.example", 443));
        assertThat(p("  host.example  ")).isEqualTo(ep(Protocol.TLS, "host.example", 443));
    }

    @Test
    void idn_isConvertedToPunycode() {
        assertThat(p("bücher.example").host()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void sniOverrideAndTags_areKept() {
        Endpoint e = TargetParser.parse("10.0.0.1:443", Optional.of("www.example"), Map.of("owner", "web"));
        assertThat(e.sni()).contains("www.example");
        assertThat(e.tags()).isEqualTo(Map.of("owner", "web"));
        assertThat(e.display()).isEqualTo("10.0.0.1:443");
    }

    @Test
    void badSpecs_areRejectedNamingTheSpec() {
        assertThatThrownBy(() -> p("host.example:99999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target \"host.example:99999\": port 99999 is outside 1-65535");
        assertThatThrownBy(() -> p("host.example:123456")).hasMessage("target \"host.example:123456\": bad port \"123456\" (expected 1-65535)");
        assertThatThrownBy(() -> p("host.example:0")).hasMessage("target \"host.example:0\": port 0 is outside 1-65535");
        assertThatThrownBy(() -> p("host.example:https")).hasMessageContaining("bad port \"https\"");
        assertThatThrownBy(() -> p("gopher://host.example")).hasMessageContaining("unknown scheme \"gopher\"");
        assertThatThrownBy(() -> p("[::1:443")).hasMessageContaining("missing ']'");
        assertThatThrownBy(() -> p("bad host")).hasMessageContaining("not a valid host name");
        assertThatThrownBy(() -> p("")).hasMessage("empty target");
        assertThatThrownBy(() -> p("user@host.example")).hasMessageContaining("user names are not supported");
    }

    @Test
    void severalColonsThatAreNoIpv6Address_areNotHostPort() {
        assertThatThrownBy(() -> p("127.0.0.1:8443:99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target \"127.0.0.1:8443:99\": not host:port, and not an IPv6 address"
                        + " (give an IPv6 address with a port as [address]:port)");
        assertThatThrownBy(() -> p("host.example:1:2")).hasMessageContaining("not host:port");
        assertThatThrownBy(() -> p("1:2:3:4:5:6:7:8:9")).hasMessageContaining("not host:port");
        assertThatThrownBy(() -> p("1::2::3")).hasMessageContaining("not host:port");
        assertThatThrownBy(() -> p("[1.2.3.4:5]:443")).hasMessageContaining("is not an IPv6 address");
    }

    @Test
    void realIpv6Forms_stillParse() {
        assertThat(p("::ffff:192.0.2.1").host()).isEqualTo("::ffff:192.0.2.1");
        assertThat(p("fe80::1%eth0").host()).isEqualTo("fe80::1%eth0");
        assertThat(p("1:2:3:4:5:6:7:8").host()).isEqualTo("1:2:3:4:5:6:7:8");
        assertThat(p("[::]:8443").port()).isEqualTo(8443);
    }

    @Test
    void targetsFile_readsTargetsTagsCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("targets.txt");
        Files.writeString(f, """
                # production endpoints
                www.example:443 criticality=public-https owner=web-team

                smtp://mail.example:587   # submission port
                [::1]:8443 sni=internal.example env=lab
                """);

        List<Endpoint> targets = TargetParser.parseTargetsFile(f);

        assertThat(targets).containsExactly(
                new Endpoint(Protocol.TLS, "www.example", 443, Optional.empty(),
                        Map.of("criticality", "public-https", "owner", "web-team")),
                ep(Protocol.SMTP, "mail.example", 587),
                new Endpoint(Protocol.TLS, "::1", 8443, Optional.of("internal.example"), Map.of("env", "lab")));
    }

    @Test
    void targetsFile_badLine_namesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("targets.txt");
        Files.writeString(f, "ok.example\n# fine\nbroken.example:70000\n");

        assertThatThrownBy(() -> TargetParser.parseTargetsFile(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ":3: target \"broken.example:70000\": port 70000 is outside 1-65535");
    }

    @Test
    void targetsFile_tagWithoutValueOrRepeated_namesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "a.example owner\n");
        assertThatThrownBy(() -> TargetParser.parseTargetsFile(f))
                .hasMessage(f + ":1: expected key=value after the target, got \"owner\"");
        Files.writeString(f, "a.example owner=x owner=y\n");
        assertThatThrownBy(() -> TargetParser.parseTargetsFile(f)).hasMessage(f + ":1: tag \"owner\" appears twice");
    }

    @Test
    void targetsFile_missing_isIOException(@TempDir Path dir) {
        assertThatThrownBy(() -> TargetParser.parseTargetsFile(dir.resolve("absent.txt")))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void targetsFile_commandLineSni_appliesToLinesWithoutTheirOwn(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("targets.txt"), "10.0.0.1:443\n10.0.0.2:443 sni=own.example\n");
        assertThat(TargetParser.parseTargetsFile(f, Optional.of("cli.example"))).containsExactly(
                new Endpoint(Protocol.TLS, "10.0.0.1", 443, Optional.of("cli.example"), Map.of()),
                new Endpoint(Protocol.TLS, "10.0.0.2", 443, Optional.of("own.example"), Map.of()));
    }
}
