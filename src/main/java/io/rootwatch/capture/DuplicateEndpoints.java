package io.rootwatch.capture;

import io.rootwatch.model.Endpoint;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Drops endpoints that name one handshake twice: same protocol, host, port and server name sent. Host names
 * compare ignoring case (DNS does) and IPv6 literals by address, so {@code [::1]} and
 * {@code [0:0:0:0:0:0:0:1]} are one endpoint. The first listing wins, tags included: a targets file is read
 * top to bottom, and the line a user wrote first is the one they expect to count.
 */
public final class DuplicateEndpoints {
    /** A later listing that was dropped, and the earlier one it repeats. */
    public record Skipped(Endpoint duplicate, Endpoint kept) {
    }

    /** The endpoints to scan, in the order given, and the listings dropped. */
    public record Result(List<Endpoint> unique, List<Skipped> skipped) {
    }

    private DuplicateEndpoints() {
    }

    public static Result remove(List<Endpoint> endpoints) {
        Map<Key, Endpoint> first = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Endpoint e : endpoints) {
            Endpoint kept = first.putIfAbsent(Key.of(e), e);
            if (kept != null) {
                skipped.add(new Skipped(e, kept));
            }
        }
        return new Result(List.copyOf(first.values()), List.copyOf(skipped));
    }

    private record Key(io.rootwatch.model.Protocol protocol, String host, int port, Optional<String> serverName) {
        static Key of(Endpoint e) {
            return new Key(e.protocol(), canonicalHost(e.host()), e.port(), TlsCapturer.serverName(e));
        }
    }

    private static String canonicalHost(String host) {
        // A zone (%eth0) is left as written: resolving it would ask the system about interfaces.
        if (Ipv6Literal.is(host) && host.indexOf('%') < 0) {
            try {
                // A valid literal is parsed, never looked up.
                return InetAddress.getByName(host).getHostAddress();
            } catch (UnknownHostException e) {
                // not reachable for a checked literal; compare the spelling instead
            }
        }
        return host.toLowerCase(Locale.ROOT);
    }
}
