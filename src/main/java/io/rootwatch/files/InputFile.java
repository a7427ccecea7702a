package io.rootwatch.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole input file, refusing what is not a regular file and stopping one byte past the limit, so a
 * file that lies about its size (a device, a file in /proc, one still growing) cannot exhaust memory.
 * Messages look like {@code "targets.txt: is a directory, not a targets file"}.
 */
public final class InputFile {
    private InputFile() {
    }

    /**
     * @param what     what the file should be, for messages: "targets file", "CT log list", …
     * @param maxBytes the largest size accepted
     * @throws InputFileException when the file is missing, not a regular file, unreadable or too large
     */
    public static byte[] read(Path file, String what, long maxBytes) throws InputFileException {
        requireRegular(file, what);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new InputFileException(file + ": no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new InputFileException(file + ": cannot read: permission denied", e);
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new InputFileException(file + ": larger than the " + size(maxBytes) + " limit for a " + what);
        }
        return bytes;
    }

    /** Refuses, with the real reason, anything but an existing regular file (symbolic links are followed). */
    public static void requireRegular(Path file, String what) throws InputFileException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new InputFileException(file + ": is a directory, not a " + what);
        }
        if (Files.exists(file)) {
            throw new InputFileException(file + ": not a regular file (a device, pipe or socket), so not a " + what);
        }
        throw new InputFileException(file + ": no such file or directory");
    }

    /** "64 KiB", "16 MiB": limits are powers of two, so this is exact for them. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + "-byte";
    }
}
