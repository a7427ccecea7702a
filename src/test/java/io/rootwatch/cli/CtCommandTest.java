package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rootwatch ct` on corpus certificates. Ground truth: MANIFEST sct/ (the ct-cpp test log's id and the
 * embedded SCT's timestamp), `openssl x509 -text` / `-nameopt RFC2253` for the SCT timestamps, log ids and issuer names, and Google's
 * v83.6 list for those logs' names, operators and states.
 */
class CtCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CTCPP_LOG_ID = "3xwuwRUAlFJHqWFoMl3cXHlZ6PfG04j8AC4LvT9012Q=";

    /** A Google v3 list holding only the ct-cpp test log's ECDSA key, usable since 2013-01-01. */
    private static Path ctcppList(Path dir) throws Exception {
        String pem = Files.readString(Corpus.path("sct/ctcpp_ct-server-key-public.pem"));
        String key = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        Base64.getDecoder().decode(key); // a broken corpus file should fail here, not deep in the parser
        String json = """
            {"version":"1","log_list_timestamp":"2013-12-31T00:00:00Z","operators":[{"name":"ct-cpp test operator",
             "email":[],"logs":[{"description":"ct-cpp test log","log_id":"%s","key":"%s","url":"https://ct.test/",
             "mmd":86400,"state":{"usable":{"timestamp":"2013-01-01T00:00:00Z"}}}],"tiled_logs":[]}]}
            """.formatted(CTCPP_LOG_ID, key);
        return Files.writeString(dir.resolve("ctcpp_log_list.json"), json);
    }

    private static Cli.Result ctcpp(Path tmp, String format) throws Exception {
        return Cli.run(Cli.env(tmp, Map.of()), "ct", Corpus.path("sct/ctcpp_test-embedded-cert.pem").toString(),
                "--issuer", Corpus.path("sct/ctcpp_ca-cert.pem").toString(), "--ct-logs", ctcppList(tmp).toString(),
                "--offline", "--at", "2014-01-01", "--format", format);
    }

    @Test
    void ctcppEmbeddedCert_withCaCertAsIssuer_oneValidEmbeddedSct_json(@TempDir Path tmp) throws Exception {
        Cli.Result r = ctcpp(tmp, "json");
        JsonNode root = JSON.readTree(r.out());

        assertThat(root.path("evaluatedAt").asText()).isEqualTo("2014-01-01T00:00:00Z");
        assertThat(root.path("issuer").path("subject").asText()).isEqualTo("L=Erw Wen,ST=Wales,O=Certificate Transparency CA,C=GB");
        JsonNode scts = root.path("scts");
        assertThat(scts).hasSize(1);
        JsonNode sct = scts.get(0);
        assertThat(sct.path("channel").asText()).isEqualTo("embedded");
        assertThat(sct.path("logId").asText()).isEqualTo(CTCPP_LOG_ID);
        assertThat(sct.path("logName").asText()).isEqualTo("ct-cpp test log");
        assertThat(sct.path("operator").asText()).isEqualTo("ct-cpp test operator");
        assertThat(sct.path("logState").asText()).isEqualTo("usable since 2013-01-01T00:00:00Z");
        assertThat(sct.path("timestamp").asText()).isEqualTo("2013-04-05T17:04:16.275Z");
        assertThat(sct.path("timestampMillis").asLong()).isEqualTo(1365181456275L);
        assertThat(sct.path("signature").asText()).isEqualTo("valid");

        // One SCT from one operator meets no program's rule; each verdict names its rule version.
        JsonNode chrome = root.path("policies").path("chrome");
        assertThat(chrome.path("compliant").asBoolean(true)).isFalse();
        assertThat(chrome.path("ruleVersion").asText()).isEqualTo("chrome-2022-04-15");
        assertThat(chrome.path("reason").asText()).startsWith(
                "1 embedded SCT from distinct counted logs, from operator ct-cpp test operator; Chrome needs 3 distinct logs");
        assertThat(root.path("policies").path("mozilla").path("ruleVersion").asText()).isEqualTo("firefox-135");
        assertThat(root.path("policies").path("apple").path("ruleVersion").asText()).isEqualTo("apple-2021");
        assertThat(root.path("findings").findValuesAsText("id")).containsOnly("ct-noncompliant").hasSize(3);
        // The ct-cpp test root is in no root store, so no browser enforces CT for it: the gaps are info, exit 0.
        assertThat(root.path("policies").findValuesAsText("enforced")).containsOnly("false");
        assertThat(root.path("findings").findValuesAsText("severity")).containsOnly("info");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void ctcppEmbeddedCert_table_showsTheSctLineAndEachProgram(@TempDir Path tmp) throws Exception {
        Cli.Result r = ctcpp(tmp, "table");

        assertThat(r.out()).contains("SCTs: 1")
                .containsPattern("embedded +2013-04-05T17:04:16\\.275Z +valid +ct-cpp test log +ct-cpp test operator +"
                        + "usable since 2013-01-01T00:00:00Z +" + java.util.regex.Pattern.quote(CTCPP_LOG_ID))
                .contains("mozilla  Firefox CT policy, rule firefox-135: NOT compliant")
                .contains("chrome   Chrome CT policy, rule chrome-2022-04-15: NOT compliant")
                .contains("apple    Apple CT policy, rule apple-2021: NOT compliant");
    }

    @Test
    void ctcppEmbeddedCert_withoutIssuer_isNoIssuer(@TempDir Path tmp) throws Exception {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "ct", Corpus.path("sct/ctcpp_test-embedded-cert.pem").toString(),
                "--ct-logs", ctcppList(tmp).toString(), "--offline", "--at", "2014-01-01", "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("issuer").isNull()).isTrue();
        assertThat(root.path("scts").findValuesAsText("signature")).containsExactly("no-issuer");
    }

    @Test
    void badsslWildcardRsa2048_withGoogleV83_6_at2021_threeValidScts_chromeCompliant(@TempDir Path tmp) throws Exception {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "ct", Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(),
                "--ct-logs", Corpus.path("ctlogs/google_all_logs_list_v83.6.json").toString(),
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                "--offline", "--at", "2021-06-01", "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode root = JSON.readTree(r.out());

        JsonNode scts = root.path("scts");
        assertThat(scts.findValuesAsText("logName"))
                .containsExactly("Google 'Skydiver' log", "DigiCert Yeti2022 Log", "DigiCert Nessie2022 Log");
        assertThat(scts.findValuesAsText("logId")).containsExactly("u9nfvB+KcbWTlCOXqpJ7RzhXlQqrUugakJZkNo4e0YU=",
                "IkVFB1lVJFaWP6Ev8fdthuAjJmOtwEt/XcaDXG7iDwI=", "UaOw9f0BeZxWbbg3eI8MpHrMGyfL956IQpoN/tSLBeU=");
        assertThat(scts.findValuesAsText("operator")).containsExactly("Google", "DigiCert", "DigiCert");
        assertThat(scts.findValuesAsText("timestamp"))
                .containsExactly("2020-03-23T16:42:41.578Z", "2020-03-23T16:42:41.627Z", "2020-03-23T16:42:41.658Z");
        assertThat(scts.findValuesAsText("channel")).containsOnly("embedded");
        assertThat(scts.findValuesAsText("signature")).containsOnly("valid");
        assertThat(scts.findValuesAsText("logState")).containsExactly(
                "rejected since 2023-06-02T10:00:00Z (after the evaluation time)",
                "rejected since 2023-02-01T00:00:00Z (after the evaluation time)",
                "rejected since 2023-02-01T00:00:00Z (after the evaluation time)");
        assertThat(root.path("issuer").path("subject").asText()).isEqualTo("CN=DigiCert SHA2 Secure Server CA,O=DigiCert Inc,C=US");

        JsonNode chrome = root.path("policies").path("chrome");
        assertThat(chrome.path("compliant").asBoolean()).isTrue();
        assertThat(chrome.path("enforced").asBoolean()).isTrue();
        assertThat(chrome.path("ruleVersion").asText()).isEqualTo("chrome-2022-04-15");
        assertThat(chrome.path("reason").asText()).startsWith("Meets the embedded-SCT rule: 3 embedded SCTs")
                .contains("of operators Google, DigiCert");
        JsonNode mozilla = root.path("policies").path("mozilla");
        assertThat(mozilla.path("compliant").asBoolean()).isTrue();
        assertThat(mozilla.path("enforced").asBoolean()).isFalse(); // Firefox enforces CT only since 2025-02-04
        assertThat(root.path("policies").path("apple").path("compliant").asBoolean()).isTrue();
        assertThat(root.path("findings")).isEmpty();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void neitherFileNorTarget_isAUsageError_namingTheInput(@TempDir Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "ct", "no such host", "--offline");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no such host is neither an existing file nor a target");
        // A certificate-file name is taken for a file: see ArgumentShapeTest.
        Cli.Result pem = Cli.run(Cli.env(tmp, Map.of()), "ct", "no such file.pem", "--offline");
        assertThat(pem.err()).contains("no such file.pem: no such file");
    }

    @Test
    void aTargetThatCannotBeCaptured_isAFailedResult_exitOne_likeScan(@TempDir Path tmp) throws Exception {
        String refused;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            refused = "127.0.0.1:" + s.getLocalPort(); // closed again: nothing listens there
        }
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "ct", refused, "--offline", "--db", tmp.resolve("rw.db").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("rootwatch: " + refused + ": could not capture a certificate: ").contains("refused");
    }

    @Test
    void help_namesTheCommand(@TempDir Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "ct", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: rootwatch ct").contains("--issuer").contains("--ct-logs");
    }
}
