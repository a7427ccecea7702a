package io.rootwatch.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * One line for a file-system failure, naming the path and the reason. The JDK's exceptions carry the reason in
 * their type, so their message is often the bare path ("rootwatch: /nonexistent.txt"), which tells a user nothing.
 */
final class FileErrors {
    private FileErrors() {
    }

    static String describe(FileSystemException e) {
        String reason = switch (e) {
            case NoSuchFileException x -> "no such file or directory";
            case AccessDeniedException x -> "permission denied";
            case NotDirectoryException x -> "not a directory";
            case FileAlreadyExistsException x -> "already exists";
            case DirectoryNotEmptyException x -> "directory not empty";
            default -> e.getReason() == null ? "cannot be accessed" : lowerFirst(e.getReason());
        };
        String where = e.getFile() == null ? "" : e.getFile() + ": ";
        String other = e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")";
        return where + reason + other;
    }

    /** The OS's strerror text ("Not a directory") reads as a sentence start; mid-line it should not. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
