package io.rootwatch.model;

import java.util.Locale;
import java.util.Optional;

/** How TLS is reached on an endpoint: directly, or after a STARTTLS exchange in a plaintext protocol. */
public enum Protocol {
    TLS(443), SMTP(25), IMAP(143), POP3(110), FTP(21);

    private final int defaultPort;

    Protocol(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String scheme() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Protocol> fromScheme(String scheme) {
        for (Protocol p : values()) {
            if (p != TLS && p.scheme().equalsIgnoreCase(scheme)) {
                return Optional.of(p);
            }
        }
        return "https".equalsIgnoreCase(scheme) || "tls".equalsIgnoreCase(scheme) ? Optional.of(TLS) : Optional.empty();
    }
}
