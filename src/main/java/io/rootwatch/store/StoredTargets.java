package io.rootwatch.store;

import io.rootwatch.model.Endpoint;
import io.rootwatch.model.FileSource;
import io.rootwatch.model.Protocol;
import io.rootwatch.model.Target;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds a {@link Target} from what the database keeps of it: {@code targets.kind}, its display text and
 * tags, and the server name the capture sent. Display texts are the ones {@link Target#display()} writes,
 * so reading them back needs no general target parser.
 */
final class StoredTargets {
    private StoredTargets() {
    }

    static Target of(String kind, String display, Map<String, String> tags, Optional<String> sentSni) {
        return "file".equals(kind) ? file(display, tags) : endpoint(display, tags, sentSni);
    }

    /**
     * {@code [scheme://]host:port} or {@code [scheme://][v6]:port}. A sent server name that differs from the
     * host was an {@code --sni} override; one equal to it was the default, which is no override.
     */
    private static Endpoint endpoint(String display, Map<String, String> tags, Optional<String> sentSni) {
        Protocol protocol = Protocol.TLS;
        String rest = display;
        int scheme = display.indexOf("://");
        if (scheme >= 0) {
            String name = display.substring(0, scheme);
            protocol = Protocol.fromScheme(name).orElseThrow(() -> new IllegalStateException(
                    "stored endpoint '" + display + "' has an unknown scheme"));
            rest = display.substring(scheme + 3);
        }
        int colon = rest.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("stored endpoint '" + display + "' has no port");
        }
        String host = rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String h = host;
        return new Endpoint(protocol, host, Integer.parseInt(rest.substring(colon + 1)),
                sentSni.filter(sni -> !sni.equals(h)), tags);
    }

    /**
     * {@code path} or {@code path#alias}. A '#' may also be part of a file name, so the whole text is taken as
     * the path when such a file exists, else a final {@code #…} is read as a keystore alias.
     */
    private static FileSource file(String display, Map<String, String> tags) {
        int hash = display.lastIndexOf('#');
        if (hash > 0 && !exists(display)) {
            return new FileSource(Path.of(display.substring(0, hash)), Optional.of(display.substring(hash + 1)), tags);
        }
        return new FileSource(Path.of(display), Optional.empty(), tags);
    }

    private static boolean exists(String text) {
        try {
            return Files.exists(Path.of(text));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
