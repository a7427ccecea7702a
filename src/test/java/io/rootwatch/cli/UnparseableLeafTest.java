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
 * A file's first certificate is its leaf. When the leaf does not parse there is nothing to judge, so the
 * result is an error of kind parse and the run exits 2, as for any unreadable input; a later certificate
 * that does not parse is only part of the pool and stays a malformed-certificate finding.
 */
class UnparseableLeafTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** SHA-256 of the DER inside lint/ctcpp_test-corrupted.pem (base64 -d | sha256sum). */
    private static final String CORRUPTED_SHA256 = "cfd20a0ec816fb09907260576af23cb01a17d445192c97f916a525cf72c7c3ef";

    private static Cli.Result inspect(Path tmp, Path file) {
        return Cli.run(Cli.env(tmp, Map.of()), "inspect", file.toString(), "--offline", "--format", "json",
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                "--at", "2021-06-01T00:00:00Z", "--db", tmp.resolve("rw.db").toString());
    }

    private static JsonNode onlyResult(Cli.Result r) throws Exception {
        JsonNode results = JSON.readTree(r.out()).path("results");
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void corruptedLeaf_isAParseError_keepingItsRawDer_andExitsTwo(@TempDir Path tmp) throws Exception {
        Path file = Corpus.path("lint/ctcpp_test-corrupted.pem");
        Cli.Result r = inspect(tmp, file);

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        JsonNode result = onlyResult(r);
        assertThat(result.path("status").asText()).isEqualTo("error");
        assertThat(result.path("error").path("kind").asText()).isEqualTo("parse");
        assertThat(result.path("error").path("message").asText())
                .startsWith("Certificate file " + file + ": its first certificate (the leaf) does not parse: ")
                .contains("not a valid X.509 certificate");
        assertThat(result.path("chain")).hasSize(1);
        assertThat(result.path("chain").get(0).path("sha256").asText()).isEqualTo(CORRUPTED_SHA256);
        assertThat(result.path("chain").get(0).path("parseError").asText()).startsWith("not a valid X.509 certificate");
        assertThat(result.path("mozilla").isNull()).isTrue();
        assertThat(ids(result)).contains("capture-failed");
    }

    @Test
    void pemWhoseBase64IsCutShort_isAParseError_andExitsTwo(@TempDir Path tmp) throws Exception {
        // The first 10 base64 lines of a 1.7 KB certificate: 480 bytes that decode but end mid-certificate.
        List<String> lines = Files.readAllLines(Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        List<String> cut = new ArrayList<>(lines.subList(0, 11));
        cut.add("-----END CERTIFICATE-----");
        Path file = Files.write(tmp.resolve("truncated.pem"), cut);

        Cli.Result r = inspect(tmp, file);

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        JsonNode result = onlyResult(r);
        assertThat(result.path("status").asText()).isEqualTo("error");
        assertThat(result.path("error").path("kind").asText()).isEqualTo("parse");
        assertThat(result.path("error").path("message").asText()).contains("truncated.pem").contains("(the leaf) does not parse");
        // python: sha256(b64decode(first 10 body lines)).
        assertThat(result.path("chain").get(0).path("sha256").asText())
                .isEqualTo("e5709b3340d37557cf40a6806a6902e62c4e2bbc2b1b068d7547912bdd1bf31b");
    }

    @Test
    void corruptedCertificateAfterAGoodLeaf_staysOk_withAMalformedFinding(@TempDir Path tmp) throws Exception {
        String leaf = Files.readString(Corpus.path("chains/badssl_wildcard-rsa2048.pem"));
        leaf = leaf.substring(0, leaf.indexOf("-----END CERTIFICATE-----") + "-----END CERTIFICATE-----".length()) + "\n";
        Path bundle = Files.writeString(tmp.resolve("bundle.pem"),
                leaf + Files.readString(Corpus.path("lint/ctcpp_test-corrupted.pem")));

        Cli.Result r = inspect(tmp, bundle);

        assertThat(r.exitCode()).as(r.out() + r.err()).isNotEqualTo(2);
        JsonNode result = onlyResult(r);
        assertThat(result.path("status").asText()).isEqualTo("ok");
        assertThat(result.path("error").isNull()).isTrue();
        assertThat(result.path("mozilla").path("verdict").isMissingNode()).isFalse();
        assertThat(result.path("findings")).anySatisfy(f -> {
            assertThat(f.path("id").asText()).isEqualTo("malformed-certificate");
            assertThat(f.path("certificate").asText()).isEqualTo(CORRUPTED_SHA256);
        });
    }

    @Test
    void leafThatParsesWithStructureProblems_isJudged_notRefused(@TempDir Path tmp) throws Exception {
        Cli.Result r = inspect(tmp, Corpus.path("lint/ctgo_invalid_xf-subject-nonprintable.pem"));

        assertThat(r.exitCode()).as(r.out() + r.err()).isNotEqualTo(2);
        JsonNode result = onlyResult(r);
        assertThat(result.path("status").asText()).isEqualTo("ok");
        assertThat(result.path("mozilla").isObject()).isTrue();
        assertThat(ids(result)).contains("malformed-certificate").doesNotContain("capture-failed");
    }

    private static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.path("findings").forEach(f -> out.add(f.path("id").asText()));
        return out;
    }
}
