package io.rootwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses {@code -o FILE} when FILE is the database or one of the run's inputs: the report is written last,
 * so without this check {@code -o rootwatch.db} or {@code -o mine.pem} silently destroys what it was made from.
 * Runs before any work, so nothing has been read, fetched or stored when it refuses.
 */
final class OutputOverwriteGuard {
    /** SQLite keeps these beside the database; overwriting one corrupts the database as surely. */
    private static final List<String> DATABASE_SIDE_FILES = List.of("", "-journal", "-wal", "-shm");
    /** As deep as the --ccadb directory walk goes (refdata's InputFiles). */
    private static final int MAX_DIRECTORY_DEPTH = 4;

    private final List<Protected> inputs = new ArrayList<>();

    private record Protected(Path path, String role) {
    }

    OutputOverwriteGuard database(Path db) {
        for (String suffix : DATABASE_SIDE_FILES) {
            inputs.add(new Protected(Path.of(db + suffix), "the database (--db)"));
        }
        return this;
    }

    OutputOverwriteGuard input(Path file, String role) {
        inputs.add(new Protected(file, role));
        return this;
    }

    OutputOverwriteGuard input(Optional<Path> file, String role) {
        file.ifPresent(f -> input(f, role));
        return this;
    }

    OutputOverwriteGuard inputs(List<Path> files, String role) {
        files.forEach(f -> input(f, role));
        return this;
    }

    /** A file or a directory whose files are read (e.g. --ccadb DIR). */
    OutputOverwriteGuard inputTree(List<Path> paths, String role) {
        for (Path p : paths) {
            input(p, role);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, MAX_DIRECTORY_DEPTH)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).forEach(f -> input(f, role));
                } catch (IOException | UncheckedIOException e) {
                    // An unlistable directory fails later with its own message; nothing in it can be the output.
                }
            }
        }
        return this;
    }

    void check(Optional<Path> output) {
        if (output.isEmpty()) {
            return;
        }
        Path out = output.get();
        for (Protected p : inputs) {
            if (same(out, p.path())) {
                throw new UsageException("-o " + out + ": that file is " + p.role()
                        + "; refusing to overwrite it with the report (choose another output file)");
            }
        }
    }

    /** Real paths when both exist (hard links, symlinks, "./a" vs "a"); else the resolved spelling. */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing spellings
        }
        return resolved(a).equals(resolved(b));
    }

    private static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            // keep the normalised absolute path
        }
        return abs;
    }
}
