package io.rootwatch.refdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the {@code --ccadb} arguments (files and directories in any mix) into a bounded, de-duplicated,
 * sorted list of regular files. Hidden files (name starting with ".") inside directories are skipped.
 */
final class InputFiles {
    /** Deep enough for a cache or a dated sub-folder per report, shallow enough not to wander a disk. */
    static final int MAX_DIRECTORY_DEPTH = 4;
    /** CCADB publishes about a dozen reports; the year-split PEM reports add about 35. */
    static final int MAX_FILES = 1000;

    private InputFiles() {
    }

    static List<RefDataLoader.Input> expand(List<Path> paths) throws RefDataException {
        Map<Path, RefDataLoader.Input> out = new LinkedHashMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new RefDataException(p + ": no such file or directory");
            }
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p, MAX_DIRECTORY_DEPTH)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new RefDataException(p + ": cannot list directory: " + e.getMessage(), e);
                }
                for (Path f : files) {
                    add(out, f);
                }
            } else {
                add(out, p);
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<Path, RefDataLoader.Input> out, Path f) throws RefDataException {
        Path key;
        try {
            key = f.toRealPath();
        } catch (IOException e) {
            throw new RefDataException(f + ": cannot resolve path: " + e.getMessage(), e);
        }
        out.putIfAbsent(key, RefDataLoader.Input.offline(f));
        if (out.size() > MAX_FILES) {
            throw new RefDataException("more than " + MAX_FILES + " files under the --ccadb paths (last: " + f
                    + "); point --ccadb at the report files or their folder");
        }
    }
}
