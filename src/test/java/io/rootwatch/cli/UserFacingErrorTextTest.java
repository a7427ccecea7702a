package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error lines are sentences for users: they name the option or file and the valid values, never Java internals. */
class UserFacingErrorTextTest {
    private static final String CHAIN = Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString();

    private static void assertNoInternals(Cli.Result r) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("java.", "Exception", "[Source:", "REDACTED", "StreamReadFeature", "\tat ");
    }

    @Test
    void binaryCtLogList_saysItIsNotText(@TempDir Path tmp) throws Exception {
        Path der = Files.write(tmp.resolve("garbage.der"), new byte[] {'{', '"', (byte) 0xE2, 0x7A, 0x01, 0x02});
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", CHAIN, "--offline", "--db", tmp.resolve("rw.db").toString(),
                "--ct-logs", der.toString());
        assertNoInternals(r);
        assertThat(r.err()).contains("--ct-logs " + der + ": not UTF-8 text (byte offset 2, line 1), so not a CT log list");
    }

    @Test
    void brokenJsonCtLogList_givesLineAndColumn(@TempDir Path tmp) throws Exception {
        Path json = Files.writeString(tmp.resolve("list.json"), "{\n  \"operators\": [ oops ]\n}\n");
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "ct", CHAIN, "--offline", "--ct-logs", json.toString());
        assertNoInternals(r);
        assertThat(r.err()).contains("--ct-logs " + json + ": not a CT log list: not valid JSON at line 2, column");
    }

    @Test
    void unknownFailOnSeverity_namesTheOptionAndTheValidValues(@TempDir Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", CHAIN, "--offline", "--fail-on", "bogus");
        assertNoInternals(r);
        assertThat(r.err()).contains("--fail-on").contains("'bogus' is not a severity; use critical, high, medium, low or info");
    }

    @Test
    void negativeExpiringWithin_namesTheOption(@TempDir Path tmp) {
        Environment env = Cli.env(tmp, Map.of());
        String db = tmp.resolve("rw.db").toString();
        Cli.run(env, "inspect", CHAIN, "--offline", "--db", db);
        Cli.Result r = Cli.run(env, "inventory", "--db", db, "--expiring-within", "-5");
        assertNoInternals(r);
        assertThat(r.err()).contains("--expiring-within -5: DAYS must be 0 or more").doesNotContain("expiringWithinDays");
    }
}
