package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rootwatch.testing.Corpus;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Devices, pipes, directories and oversized files given as inputs: refused at once with the real reason and
 * exit 2, never read until memory runs out or blocked on forever.
 */
class SpecialInputFileTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);
    private static final String CHAIN = Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString();

    private static Cli.Result run(Path tmp, String... args) {
        return assertTimeoutPreemptively(PROMPTLY, () -> Cli.run(Cli.env(tmp, Map.of()), args));
    }

    private static void assertRefused(Cli.Result r, String... expected) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(expected).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    }

    private static String db(Path tmp) {
        return tmp.resolve("rw.db").toString();
    }

    private static Path fifo(Path tmp) throws Exception {
        Path p = tmp.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", p.toString()).start().waitFor()).isZero();
        return p;
    }

    @Test
    void ccadbDevice_orFifo_isRefused(@TempDir Path tmp) throws Exception {
        assertRefused(run(tmp, "inspect", CHAIN, "--offline", "--db", db(tmp), "--ccadb", "/dev/zero"),
                "/dev/zero: not a regular file");
        assertRefused(run(tmp, "inspect", CHAIN, "--offline", "--db", db(tmp), "--ccadb", fifo(tmp).toString()),
                "pipe: not a regular file");
    }

    @Test
    void targetsDevice_isRefused_andAnOversizedTargetsFileNamesTheLimit(@TempDir Path tmp) throws Exception {
        assertRefused(run(tmp, "scan", "--offline", "--db", db(tmp), "--targets", "/dev/zero"), "/dev/zero: not a regular file");
        Path huge = tmp.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(16L * 1024 * 1024 + 1);
        }
        assertRefused(run(tmp, "scan", "--offline", "--db", db(tmp), "--targets", huge.toString()),
                "huge.txt: larger than the 16 MiB limit for a targets file");
    }

    @Test
    void binaryTargetsFile_saysWhereItIsNotUtf8(@TempDir Path tmp) throws Exception {
        Path bin = Files.write(tmp.resolve("binary.bin"), new byte[] {'a', ':', '1', '\n', 'b', (byte) 0xC3, (byte) 0x28});
        assertRefused(run(tmp, "scan", "--offline", "--db", db(tmp), "--targets", bin.toString()),
                "binary.bin: not UTF-8 text (byte offset 5, line 2)");
    }

    @Test
    void passwordFileDevice_isRefused(@TempDir Path tmp) {
        assertRefused(run(tmp, "inspect", CHAIN, "--offline", "--db", db(tmp), "--password-file", "/dev/zero"),
                "/dev/zero: not a regular file");
    }

    @Test
    void ctLogsDevice_orDirectory_givesTheRealReason(@TempDir Path tmp) throws Exception {
        assertRefused(run(tmp, "inspect", CHAIN, "--offline", "--db", db(tmp), "--ct-logs", "/dev/zero"),
                "--ct-logs /dev/zero: not a regular file");
        Path dir = Files.createDirectory(tmp.resolve("adir"));
        Cli.Result r = run(tmp, "inspect", CHAIN, "--offline", "--db", db(tmp), "--ct-logs", dir.toString());
        assertRefused(r, "adir: is a directory");
        assertThat(r.err()).doesNotContain("no such file");
        assertRefused(run(tmp, "ct", CHAIN, "--offline", "--ct-logs", "/dev/zero"), "not a regular file");
    }

    /** A clock that fails as a JVM under memory pressure would: an Error, which picocli does not handle. */
    private static final class ExhaustedClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void anErrorAtTheTop_isOneLine_exitTwo_andATraceOnlyWithRootwatchDebug(@TempDir Path tmp) {
        Environment base = Cli.env(tmp, Map.of());
        Environment exhausted = new Environment(new ExhaustedClock(), base.resolver(), tmp, Map.of(), Optional.empty());
        Cli.Result r = Cli.run(exhausted, "inspect", CHAIN, "--offline", "--db", db(tmp));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("rootwatch: out of memory").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);

        Environment debug = new Environment(new ExhaustedClock(), base.resolver(), tmp, Map.of("ROOTWATCH_DEBUG", "1"),
                Optional.empty());
        assertThat(Cli.run(debug, "inspect", CHAIN, "--offline", "--db", db(tmp)).err()).contains("\tat ");
    }
}
