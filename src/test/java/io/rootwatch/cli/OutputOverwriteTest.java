package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} never overwrites the database or an input: exit 2 before any work, the file untouched. */
class OutputOverwriteTest {
    private static final String CHAIN = "chains/badssl_wildcard-rsa2048.pem";

    private static Path copyOfChain(Path tmp) throws Exception {
        return Files.copy(Corpus.path(CHAIN), tmp.resolve("mine.pem"));
    }

    @Test
    void outputOnTheDatabase_isRefused_andTheDatabaseSurvives(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path pem = copyOfChain(tmp);
        Path db = tmp.resolve("a.db");
        assertThat(Cli.run(env, "inspect", pem.toString(), "--offline", "--db", db.toString()).exitCode()).isNotEqualTo(2);
        byte[] before = Files.readAllBytes(db);

        Cli.Result r = Cli.run(env, "inspect", pem.toString(), "--offline", "--db", db.toString(), "-o", db.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("-o " + db).contains("database").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void outputOnTheDatabaseJournal_orADifferentSpelling_isRefused(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path pem = copyOfChain(tmp);
        Path db = tmp.resolve("a.db");
        Cli.Result wal = Cli.run(env, "inspect", pem.toString(), "--offline", "--db", db.toString(), "-o", db + "-wal");
        assertThat(wal.exitCode()).isEqualTo(2);
        // The database does not exist yet: the spellings still resolve to the same file.
        Path other = tmp.resolve("new.db");
        Cli.Result spelled = Cli.run(env, "inspect", pem.toString(), "--offline", "--db", other.toString(),
                "-o", tmp.resolve("sub/../new.db").toString());
        assertThat(spelled.exitCode()).isEqualTo(2);
        assertThat(Files.exists(other)).as("refused before opening the database").isFalse();
    }

    @Test
    void outputOnAnInputCertificate_isRefused_andTheFileSurvives(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path pem = copyOfChain(tmp);
        byte[] before = Files.readAllBytes(pem);
        Path link = Files.createSymbolicLink(tmp.resolve("link.pem"), pem);

        Cli.Result r = Cli.run(env, "inspect", pem.toString(), "--offline", "--db", tmp.resolve("rw.db").toString(),
                "-o", link.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("input certificate file");
        assertThat(Files.readAllBytes(pem)).isEqualTo(before);
    }

    @Test
    void outputOnACcadbFile_insideAGivenDirectory_isRefused(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path dir = Files.createDirectories(tmp.resolve("ccadb/2025"));
        Path report = Files.copy(Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv"), dir.resolve("inc.csv"));
        byte[] before = Files.readAllBytes(report);

        Cli.Result r = Cli.run(env, "inspect", copyOfChain(tmp).toString(), "--offline", "--ccadb", tmp.resolve("ccadb").toString(),
                "--db", tmp.resolve("rw.db").toString(), "-o", report.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--ccadb");
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
    }

    @Test
    void outputOnTheTargetsFile_orThePasswordFile_isRefused(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path targets = Files.writeString(tmp.resolve("targets.txt"), "127.0.0.1:1\n");
        Cli.Result scan = Cli.run(env, "scan", "--offline", "--targets", targets.toString(),
                "--db", tmp.resolve("rw.db").toString(), "-o", targets.toString());
        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("--targets");
        assertThat(Files.readString(targets)).isEqualTo("127.0.0.1:1\n");

        Path pass = Files.writeString(tmp.resolve("pass.txt"), "secret\n");
        Cli.Result inspect = Cli.run(env, "inspect", copyOfChain(tmp).toString(), "--offline", "--password-file", pass.toString(),
                "--db", tmp.resolve("rw.db").toString(), "-o", pass.toString());
        assertThat(inspect.exitCode()).isEqualTo(2);
        assertThat(Files.readString(pass)).isEqualTo("secret\n");
    }

    @Test
    void anUnrelatedOutputFile_isWritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.txt");
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", copyOfChain(tmp).toString(), "--offline",
                "--db", tmp.resolve("rw.db").toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isNotEqualTo(2);
        assertThat(Files.readString(out)).contains("mine.pem");
    }
}
