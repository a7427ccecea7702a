package io.rootwatch.store;

import io.rootwatch.model.Endpoint;
import io.rootwatch.model.FileSource;
import io.rootwatch.model.Target;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What identifies a target across runs ({@code captures.target_key}). The display text stays as the user
 * typed it, but {@code x.pem}, {@code ./x.pem} and {@code /abs/x.pem} are one file and must be one target
 * in the inventory: a file is identified by its real path (symbolic links and {@code ..} resolved), or,
 * when it cannot be resolved (gone, unreadable directory), its normalized absolute path. A keystore entry
 * is that path plus {@code #alias}. An endpoint is its display text ({@code host:port}, {@code smtp://host:25}),
 * which is already canonical.
 */
final class TargetKeys {
    private TargetKeys() {
    }

    static String of(Target target) {
        return switch (target) {
            case Endpoint e -> e.display();
            case FileSource f -> file(f.path()) + f.alias().map(a -> "#" + a).orElse("");
        };
    }

    /**
     * The key of a file target known only by its stored display text (rows written before schema version 2).
     * {@code path#alias} is ambiguous, so the whole text is tried as a file first; a relative path resolves
     * against the current directory, the best guess left once the original one is unknown.
     */
    static String ofFileDisplay(String display) {
        Path whole = path(display);
        if (whole != null && resolves(whole)) {
            return file(whole);
        }
        int hash = display.lastIndexOf('#');
        if (hash > 0) {
            Path keystore = path(display.substring(0, hash));
            if (keystore != null && resolves(keystore)) {
                return file(keystore) + display.substring(hash);
            }
        }
        // A missing file: normalizing the whole text also keeps any "#alias" suffix as it was.
        return whole == null ? display : whole.toAbsolutePath().normalize().toString();
    }

    private static String file(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    private static boolean resolves(Path path) {
        try {
            path.toRealPath();
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
