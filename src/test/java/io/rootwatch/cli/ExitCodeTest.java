package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract's exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or unreadable input. */
class ExitCodeTest {

    private static Cli.Result inspect(Path tmp, String... extra) {
        String[] base = {"inspect", "--offline", "--db", tmp.resolve("rw.db").toString(),
            "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(Cli.env(tmp, Map.of()), args);
    }

    @Test
    void trustedChainWithoutFindingsAtHigh_exitsZero(@TempDir Path tmp) {
        // In the 2025-03-28 snapshot DigiCert Global Root CA still had Websites trust; the leaf was valid then.
        Cli.Result r = inspect(tmp, Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(), "--at", "2021-06-01");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("trusted").contains("DigiCert Global Root CA (DigiCert)");
    }

    @Test
    void expiredLeaf_exitsOne_unlessFailOnIsAboveCritical(@TempDir Path tmp) {
        String chain = Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString();
        assertThat(inspect(tmp, chain, "--at", "2023-01-01").exitCode()).isEqualTo(1);
        assertThat(inspect(tmp, chain, "--at", "2023-01-01", "--ignore", "expired").exitCode()).isZero();
    }

    @Test
    void missingFile_isAnErrorResultNamingIt_andExitTwo(@TempDir Path tmp) {
        Cli.Result r = inspect(tmp, tmp.resolve("nope.pem").toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("\"status\" : \"error\"").contains("nope.pem");
    }

    @Test
    void garbageFile_isNamed_andExitTwo(@TempDir Path tmp) throws Exception {
        Path junk = Files.write(tmp.resolve("junk.pem"), new byte[] {0x30, 0x03, 1, 2});
        Cli.Result r = inspect(tmp, junk.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("junk.pem");
    }

    @Test
    void usageErrors_exitTwo_withOneLineMessage_andNoStackTrace(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Cli.Result noTargets = Cli.run(env, "scan", "--offline", "--db", tmp.resolve("rw.db").toString());
        assertThat(noTargets.exitCode()).isEqualTo(2);
        assertThat(noTargets.err()).contains("no targets").doesNotContain("\tat ");

        Cli.Result badAt = inspect(tmp, Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(), "--at", "yesterday");
        assertThat(badAt.exitCode()).isEqualTo(2);
        assertThat(badAt.err()).contains("--at 'yesterday'");
        // Instant.parse accepts year 1,000,000,000; date arithmetic later cannot hold it.
        Cli.Result farAt = inspect(tmp, Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(),
                "--at", "+1000000000-01-01T00:00:00Z");
        assertThat(farAt.exitCode()).isEqualTo(2);
        assertThat(farAt.err()).isEqualTo("rootwatch: --at '+1000000000-01-01T00:00:00Z' is outside the years 1950 to"
                + " 9999 that certificates can express" + System.lineSeparator());

        Cli.Result badPort = Cli.run(env, "scan", "host:99999", "--offline");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err()).contains("host:99999");

        Cli.Result unknownOption = Cli.run(env, "scan", "--bogus");
        assertThat(unknownOption.exitCode()).isEqualTo(2);

        Path brokenCsv = Files.writeString(tmp.resolve("broken.csv"), "\"Owner\",\"PEM Info\",\"Trust Bits\",\"Distrust for TLS After Date\"\n\"a,\"b\n");
        Cli.Result csv = Cli.run(env, "inspect", Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(),
                "--ccadb", brokenCsv.toString(), "--offline", "--db", tmp.resolve("rw.db").toString());
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).contains("broken.csv").doesNotContain("\tat ");

        Path corruptDb = Files.writeString(tmp.resolve("corrupt.db"), "x".repeat(4096));
        Cli.Result db = Cli.run(env, "inspect", Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(),
                "--offline", "--db", corruptDb.toString());
        assertThat(db.exitCode()).isEqualTo(2);
        assertThat(db.err()).contains("corrupt.db").contains("is not a rootwatch database");
    }

    @Test
    void version_andHelp_exitZero(@TempDir Path tmp) {
        Environment env = Cli.env(tmp, Map.of());
        assertThat(Cli.run(env, "--version").out()).startsWith("rootwatch ");
        for (String cmd : new String[] {"scan", "inspect", "inventory", "refdata"}) {
            Cli.Result r = Cli.run(env, cmd, "--help");
            assertThat(r.exitCode()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: rootwatch " + cmd);
        }
    }

    @Test
    void version_onEverySubcommand_printsWhatTheTopLevelPrints(@TempDir Path tmp) {
        Environment env = Cli.env(tmp, Map.of());
        Cli.Result top = Cli.run(env, "--version");
        // Run from target/classes there is no jar manifest, hence "development".
        assertThat(top.out()).isEqualTo("rootwatch development" + System.lineSeparator()
                + "report schema rootwatch.report/v1" + System.lineSeparator());
        for (String cmd : new String[] {"scan", "inspect", "inventory", "ct", "refdata", "refdata update",
            "refdata import", "refdata list", "refdata diff"}) {
            String[] args = (cmd + " --version").split(" ");
            Cli.Result r = Cli.run(env, args);
            assertThat(r.exitCode()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).isEqualTo(top.out());
        }
    }

    @Test
    void anExplicitDbInAMissingDirectory_isRefused_butTheDefaultHomeIsCreated(@TempDir Path tmp) throws Exception {
        String chain = Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString();
        Path missing = tmp.resolve("nonexistent").resolve("dir");
        Cli.Result refused = Cli.run(Cli.env(tmp, Map.of()), "inspect", chain, "--offline", "--at", "2021-06-01",
                "--db", missing.resolve("x.db").toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("rootwatch: " + missing
                + ": no such directory; create it first or choose another --db" + System.lineSeparator());
        assertThat(tmp.resolve("nonexistent")).doesNotExist();

        Path home = tmp.resolve("fresh-home").resolve(".rootwatch");
        Cli.Result byDefault = Cli.run(Cli.env(home, Map.of()), "inspect", chain, "--offline", "--at", "2021-06-01");
        assertThat(byDefault.exitCode()).as(byDefault.err()).isNotEqualTo(2);
        assertThat(home.resolve("rootwatch.db")).exists();
    }

    @Test
    void aMissingTargetsFileOrOutputDirectory_namesThePathAndTheReason(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path targets = tmp.resolve("absent.txt");
        Cli.Result scan = Cli.run(env, "scan", "--targets", targets.toString(), "--offline",
                "--db", tmp.resolve("rw.db").toString());
        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).isEqualTo("rootwatch: " + targets + ": no such file or directory" + System.lineSeparator());

        String chain = Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString();
        Path out = tmp.resolve("no-such-dir").resolve("out.json");
        Cli.Result missingDir = inspect(tmp, chain, "--at", "2021-06-01", "-o", out.toString());
        assertThat(missingDir.exitCode()).isEqualTo(2);
        assertThat(missingDir.err()).isEqualTo("rootwatch: " + out + ": no such file or directory" + System.lineSeparator());

        Path notADir = Files.writeString(tmp.resolve("plain.txt"), "x").resolve("out.json");
        Cli.Result underAFile = inspect(tmp, chain, "--at", "2021-06-01", "-o", notADir.toString());
        assertThat(underAFile.exitCode()).isEqualTo(2);
        assertThat(underAFile.err()).isEqualTo("rootwatch: " + notADir + ": not a directory" + System.lineSeparator());
    }

    @Test
    void missingOrDirectoryInput_isErrorKindIo_whileBadContentStaysParse(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("nope.pem");
        Path junk = Files.write(tmp.resolve("junk.pem"), new byte[] {0x30, 0x03, 1, 2});
        Cli.Result r = inspect(tmp, missing.toString(), tmp.toString(), junk.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).path("results");
        assertThat(results.get(0).path("error").path("kind").asText()).isEqualTo("io");
        assertThat(results.get(0).path("error").path("message").asText())
                .isEqualTo("Certificate file " + missing + " does not exist.");
        assertThat(results.get(1).path("error").path("kind").asText()).isEqualTo("io");
        assertThat(results.get(1).path("error").path("message").asText())
                .isEqualTo("Certificate file " + tmp + " is a directory, not a file.");
        assertThat(results.get(2).path("error").path("kind").asText()).isEqualTo("parse");
        assertThat(results.get(2).path("error").path("message").asText()).contains(junk.toString());
    }
}
