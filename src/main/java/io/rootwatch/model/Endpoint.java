package io.rootwatch.model;

import java.util.Map;
import java.util.Optional;

/**
 * A network endpoint. {@code host} is a DNS name or an IP literal (IPv6 without brackets);
 * {@code sni} overrides the server name sent (default: the host when it is a name, none for an IP).
 */
public record Endpoint(Protocol protocol, String host, int port, Optional<String> sni, Map<String, String> tags)
        implements Target {

    public Endpoint {
        if (protocol == null || host == null || host.isBlank() || sni == null || tags == null) {
            throw new IllegalArgumentException("endpoint parts must not be null or blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        tags = Map.copyOf(tags);
    }

    @Override
    public String display() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        String hostPort = hostPart + ":" + port;
        return protocol == Protocol.TLS ? hostPort : protocol.scheme() + "://" + hostPort;
    }

    /** The name that certificate hostname checks compare against: the SNI if set, else the host. */
    public String nameToVerify() {
        return sni.orElse(host);
    }
}
