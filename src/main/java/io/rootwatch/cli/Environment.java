package io.rootwatch.cli;

import io.rootwatch.capture.HostResolver;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What commands take from the outside world, injected so tests can pin the clock, the resolver, the
 * home directory (database and cache) and environment variables (keystore passwords).
 */
public record Environment(Clock clock, HostResolver resolver, Path home, Map<String, String> variables,
                          Optional<java.net.URI> ccadbBaseOverride) {

    public static Environment system(Clock clock) {
        return new Environment(clock, HostResolver.system(), Path.of(System.getProperty("user.home"), ".rootwatch"),
                System.getenv(), Optional.empty());
    }

    public Path defaultDatabase() {
        return home.resolve("rootwatch.db");
    }

    public Path cacheDirectory() {
        return home.resolve("cache");
    }
}
