package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inventory} only reads, so a database in a directory it cannot write must still work. The directory is
 * made immutable with chattr, which binds root too (tests may run as root, where chmod would not); skipped
 * where chattr is unavailable.
 */
class ReadOnlyDatabaseDirectoryTest {
    private static boolean chattr(String flag, Path dir) throws Exception {
        try {
            Process p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void inventory_readsADatabaseInAnUnwritableDirectory(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        String db = dir.resolve("rw.db").toString();
        Cli.Result inspect = Cli.run(env, "inspect", Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(),
                "--offline", "--db", db);
        assertThat(inspect.exitCode()).as(inspect.err()).isNotEqualTo(2);
        assumeTrue(chattr("+i", dir), "chattr +i is not available here");
        try {
            assumeTrue(!Files.isWritable(dir) || !canCreate(dir), "the immutable flag does not bind this user");
            Cli.Result r = Cli.run(env, "inventory", "--db", db);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("badssl_wildcard-rsa2048.pem").contains("1 target(s)");
            assertThat(Cli.run(env, "refdata", "list", "--db", db).exitCode()).isZero();
        } finally {
            chattr("-i", dir);
        }
    }

    private static boolean canCreate(Path dir) {
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
