package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate subject is chosen by whoever runs the server: its control characters must never reach the
 * operator's terminal raw, in any human output. JSON stays valid and keeps the exact subject.
 */
class TerminalInjectionTest {
    private static final String HOSTILE_CN = "x\u001b[1A\u001b[2K\rfake row\n\u202emoc.knab";

    private static Path hostilePem(Path tmp) throws Exception {
        byte[] der = TestPki.cert(HOSTILE_CN, TestPki.rsa(2048)).build().der();
        return Files.writeString(tmp.resolve("hostile.pem"), TestPki.pem("CERTIFICATE", der));
    }

    private static void assertNoRawControls(String output) {
        // CSV (RFC 4180) ends records with CRLF: that one is ours.
        assertThat(output.replace("\r\n", "").replace("\n", "")).doesNotContain("\u001b", "\r", "\u202e");
        assertThat(output).doesNotContain("\nfake row").contains("\\x1b[1A\\x1b[2K\\x0dfake row\\x0a\\u202emoc.knab");
    }

    @Test
    void tableCsvInventoryAndCt_escapeTheSubject(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path pem = hostilePem(tmp);
        String db = tmp.resolve("rw.db").toString();

        Cli.Result table = Cli.run(env, "inspect", pem.toString(), "--offline", "--db", db);
        assertThat(table.exitCode()).as(table.err()).isNotEqualTo(2);
        assertNoRawControls(table.out());

        Cli.Result csv = Cli.run(env, "inspect", pem.toString(), "--offline", "--db", db, "--format", "csv");
        assertNoRawControls(csv.out());

        Cli.Result inventory = Cli.run(env, "inventory", "--db", db);
        assertNoRawControls(inventory.out());
        Cli.Result inventoryCsv = Cli.run(env, "inventory", "--db", db, "--format", "csv");
        assertNoRawControls(inventoryCsv.out());

        Cli.Result ct = Cli.run(env, "ct", pem.toString(), "--offline");
        assertThat(ct.exitCode()).as(ct.err()).isNotEqualTo(2);
        assertNoRawControls(ct.out());
    }

    @Test
    void anErrorLine_escapesTheOutsideTextItQuotes(@TempDir Path tmp) throws Exception {
        // A file name is outside text too: the one-line error naming it must not carry its controls raw.
        Path targets = tmp.resolve("t\u001b[2Jx.txt");
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "scan", "--targets", targets.toString(), "--offline",
                "--db", tmp.resolve("rw.db").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\u001b")
                .isEqualTo("rootwatch: " + tmp.resolve("t\\x1b[2Jx.txt") + ": no such file or directory"
                        + System.lineSeparator());
    }

    @Test
    void json_staysValid_andCarriesTheExactSubject(@TempDir Path tmp) throws Exception {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", hostilePem(tmp).toString(), "--offline",
                "--db", tmp.resolve("rw.db").toString(), "--format", "json");
        assertThat(r.out()).doesNotContain("\u001b", "\r");
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/results/0/chain/0/subject").asText()).contains(HOSTILE_CN);
    }
}
