package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** The JDK's file-system exceptions become "PATH: reason" (tests run as root, so permissions are simulated here). */
class FileErrorsTest {
    @Test
    void eachExceptionType_namesItsPathAndReason() {
        assertThat(FileErrors.describe(new NoSuchFileException("/a/b.txt"))).isEqualTo("/a/b.txt: no such file or directory");
        assertThat(FileErrors.describe(new AccessDeniedException("/etc/shadow"))).isEqualTo("/etc/shadow: permission denied");
        assertThat(FileErrors.describe(new NotDirectoryException("/a/file"))).isEqualTo("/a/file: not a directory");
        assertThat(FileErrors.describe(new FileSystemException("/a/f", null, "Read-only file system")))
                .isEqualTo("/a/f: read-only file system");
        assertThat(FileErrors.describe(new FileSystemException("/a/f", null, "ELOOP"))).isEqualTo("/a/f: ELOOP");
        assertThat(FileErrors.describe(new FileSystemException("/a/f"))).isEqualTo("/a/f: cannot be accessed");
    }
}
