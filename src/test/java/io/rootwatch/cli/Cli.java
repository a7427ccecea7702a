package io.rootwatch.cli;

import io.rootwatch.capture.HostResolver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the command line in-process with a fixed clock, a home in a temp dir and a resolver that knows only given names. */
final class Cli {
    static final Instant T0 = Instant.parse("2026-01-15T00:00:00Z");

    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Environment env(Path home, Map<String, String> hosts) {
        HostResolver resolver = host -> {
            String ip = hosts.get(host);
            if (ip == null) {
                throw new UnknownHostException(host + ": unknown in this test");
            }
            return List.of(InetAddress.getByName(ip));
        };
        return new Environment(Clock.fixed(T0, ZoneOffset.UTC), resolver, home, Map.of("STOREPASS", "changeit"),
                Optional.empty());
    }

    static Result run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
