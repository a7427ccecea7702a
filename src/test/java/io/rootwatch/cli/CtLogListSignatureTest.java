package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --ct-logs-key}: Google's v83.6 list and its detached signature from the corpus verify with Google's
 * log-list key (corpus MANIFEST); a list altered by one byte, or one without its .sig, is refused.
 */
class CtLogListSignatureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LIST = Corpus.path("ctlogs/google_all_logs_list_v83.6.json");
    private static final Path SIG = Corpus.path("ctlogs/google_all_logs_list_v83.6.sig");
    private static final Path KEY = Corpus.path("ctlogs/google_log_list_pubkey.pem");
    private static final Path CHAIN = Corpus.path("chains/badssl_wildcard-rsa2048.pem");

    private static Cli.Result inspect(Path home, String... extra) {
        List<String> args = new ArrayList<>(List.of("inspect", CHAIN.toString(), "--offline",
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                "--at", "2021-06-01", "--format", "json", "--db", home.resolve("rw.db").toString()));
        args.addAll(List.of(extra));
        return Cli.run(Cli.env(home, Map.of()), args.toArray(String[]::new));
    }

    @Test
    void signedList_verifies_andItsSctsAreJudged(@TempDir Path home) throws Exception {
        Cli.Result r = inspect(home, "--ct-logs", LIST.toString(), "--ct-logs-key", KEY.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode result = JSON.readTree(r.out()).path("results").get(0);
        assertThat(result.path("ct").path("scts").findValuesAsText("signature")).containsExactly("valid", "valid", "valid");
    }

    @Test
    void listAlteredByOneByte_isRefused_exitTwo(@TempDir Path home) throws Exception {
        byte[] bytes = Files.readAllBytes(LIST);
        int i = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Argon");
        bytes[i + 3] = 'u'; // "Argun": still a well-formed list, no longer the one Google signed
        Path altered = Files.write(home.resolve("log_list.json"), bytes);
        Files.copy(SIG, home.resolve("log_list.sig"));
        Cli.Result r = inspect(home, "--ct-logs", altered.toString(), "--ct-logs-key", KEY.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("CT log list " + altered + ": its signature does not verify with the key in --ct-logs-key "
                + KEY + "; the list may have been altered, so it is not used").doesNotContain("Exception");
    }

    @Test
    void listWithoutSignatureFile_isRefused_namingWhereItLooked(@TempDir Path home) throws Exception {
        Path copy = Files.copy(LIST, home.resolve("copy.json"));
        Cli.Result r = inspect(home, "--ct-logs", copy.toString(), "--ct-logs-key", KEY.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("there is no signature file " + home.resolve("copy.sig") + " or " + home.resolve("copy.json.sig"));
    }

    @Test
    void keyThatIsNotAPublicKey_isAUsageError(@TempDir Path home) {
        Cli.Result r = inspect(home, "--ct-logs", LIST.toString(), "--ct-logs-key", CHAIN.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("expected one PEM PUBLIC KEY block, found 0");
    }

    @Test
    void fetchedList_withItsSignatureFromTheSameServer_isUsed_aBadSignatureDropsIt(@TempDir Path home) throws Exception {
        try (InspectFetchEndToEndTest.ReportServer server = new InspectFetchEndToEndTest.ReportServer()) {
            server.files.put("/log_list.json", LIST);
            server.files.put("/log_list.sig", SIG);
            Cli.Result ok = Cli.run(Cli.env(home, Map.of()), "inspect", CHAIN.toString(),
                    "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                    "--ct-log-url", server.base() + "/log_list.json", "--ct-logs-key", KEY.toString(),
                    "--at", "2021-06-01", "--format", "json", "--db", home.resolve("rw.db").toString());
            assertThat(ok.exitCode()).as(ok.err()).isZero();
            assertThat(server.requests).containsExactly("/log_list.json", "/log_list.sig");
            assertThat(JSON.readTree(ok.out()).path("results").get(0).path("ct").path("scts").findValuesAsText("signature"))
                    .containsExactly("valid", "valid", "valid");

            Path otherHome = Files.createDirectory(home.resolve("other"));
            server.files.put("/log_list.sig", Corpus.path("ctlogs/google_all_logs_list_v81.6.sig"));
            Cli.Result bad = Cli.run(Cli.env(otherHome, Map.of()), "inspect", CHAIN.toString(),
                    "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                    "--ct-log-url", server.base() + "/log_list.json", "--ct-logs-key", KEY.toString(),
                    "--at", "2021-06-01", "--format", "json", "--db", otherHome.resolve("rw.db").toString());
            JsonNode report = JSON.readTree(bad.out());
            assertThat(report.path("warnings").toString()).contains("its signature does not verify")
                    .contains("no CT log list: CT compliance cannot be judged");
        }
    }
}
