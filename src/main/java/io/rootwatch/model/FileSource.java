package io.rootwatch.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A certificate file, or one entry ({@code alias}) of a keystore file. */
public record FileSource(Path path, Optional<String> alias, Map<String, String> tags) implements Target {
    public FileSource {
        if (path == null || alias == null || tags == null) {
            throw new IllegalArgumentException("file source parts must not be null");
        }
        tags = Map.copyOf(tags);
    }

    @Override
    public String display() {
        return path + alias.map(a -> "#" + a).orElse("");
    }
}
