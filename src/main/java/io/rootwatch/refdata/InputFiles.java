package io.rootwatch.refdata;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the {@code --ccadb} arguments (files and directories in any mix) into a bounded, de-duplicated,
 * sorted list of regular files. Hidden files (name starting with ".") inside directories are skipped. Symbolic
 * links are followed (a folder of links to dated downloads is a normal way to keep "the current reports");
 * a link that loops or points nowhere is skipped with a warning naming it.
 */
public final class InputFiles {
    /** Deep enough for a cache or a dated sub-folder per report, shallow enough not to wander a disk. */
    static final int MAX_DIRECTORY_DEPTH = 4;
    /** CCADB publishes about a dozen reports; the year-split PEM reports add about 35. */
    static final int MAX_FILES = 1000;

    /** The files to load, and what was skipped on the way. */
    public record Expanded(List<RefDataLoader.Input> inputs, List<String> warnings) {
    }

    private InputFiles() {
    }

    public static Expanded expand(List<Path> paths) throws RefDataException {
        Map<Path, RefDataLoader.Input> out = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new RefDataException(p + ": no such file or directory");
            }
            if (Files.isDirectory(p)) {
                for (Path f : walk(p, warnings)) {
                    add(out, f);
                }
            } else {
                add(out, p);
            }
        }
        return new Expanded(List.copyOf(out.values()), warnings);
    }

    private static List<Path> walk(Path dir, List<String> warnings) throws RefDataException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DIRECTORY_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (f.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                files.add(f);
                            } else if (attrs.isSymbolicLink()) {
                                // Following links, the walk hands over the link itself only when its target is gone.
                                warnings.add(f + ": skipped: a symbolic link whose target does not exist");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException) {
                                warnings.add(f + ": skipped: a symbolic link back to a folder already being read (a loop)");
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new RefDataException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
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
