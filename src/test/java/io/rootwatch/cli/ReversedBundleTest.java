package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MANIFEST chains/: LeoBernabeu_isrgrootx1.pem is ISRG Root X1 followed by R13, which it signed: a bundle in
 * reverse order. The first certificate stays the leaf (issue 2), but the report says the order looks reversed,
 * and CT policies, which cover end-entity certificates, do not fail the run for a CA certificate.
 */
class ReversedBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** openssl x509 -fingerprint -sha256 of the file's first certificate. */
    private static final String ISRG_ROOT_X1 = "96bcec06264976f37460779acf28c5a7cfe8a3c0aae11a8ffcee05c0bddf08c6";

    private static Cli.Result inspect(Path tmp, Path file) {
        return Cli.run(Cli.env(tmp, Map.of()), "inspect", file.toString(), "--offline", "--format", "json",
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv").toString(),
                "--ct-logs", Corpus.path("ctlogs/google_all_logs_list_v83.6.json").toString(),
                "--at", "2025-06-01T00:00:00Z", "--db", tmp.resolve("rw.db").toString());
    }

    @Test
    void rootFirstBundle_getsAChainOrderFinding_andNoCtFailureAboveInfo(@TempDir Path tmp) throws Exception {
        Cli.Result r = inspect(tmp, Corpus.path("chains/LeoBernabeu_isrgrootx1.pem"));
        JsonNode result = JSON.readTree(r.out()).path("results").get(0);

        assertThat(result.path("findings")).filteredOn(f -> f.path("id").asText().equals("chain-order"))
                .singleElement().satisfies(f -> {
                    assertThat(f.path("severity").asText()).isEqualTo("low");
                    assertThat(f.path("certificate").asText()).isEqualTo(ISRG_ROOT_X1);
                    assertThat(f.path("message").asText()).contains("ISRG Root X1").contains("CN=R13")
                            .contains("looks reversed");
                });
        assertThat(result.path("findings")).filteredOn(f -> f.path("id").asText().equals("ct-noncompliant"))
                .hasSize(3).allSatisfy(f -> assertThat(f.path("severity").asText()).isEqualTo("info"));
        assertThat(result.path("ct").path("policies")).allSatisfy(p -> assertThat(p.path("enforced").asBoolean()).isFalse());
        assertThat(r.exitCode()).as(r.out()).isZero();
    }

    @Test
    void theSameTwoCertificatesLeafFirst_haveNoChainOrderFinding(@TempDir Path tmp) throws Exception {
        String text = Files.readString(Corpus.path("chains/LeoBernabeu_isrgrootx1.pem"));
        int split = text.indexOf("-----END CERTIFICATE-----") + "-----END CERTIFICATE-----".length();
        Path swapped = Files.writeString(tmp.resolve("r13-first.pem"), text.substring(split).strip() + "\n"
                + text.substring(0, split).strip() + "\n");

        JsonNode result = JSON.readTree(inspect(tmp, swapped).out()).path("results").get(0);

        assertThat(result.path("findings")).noneSatisfy(f -> assertThat(f.path("id").asText()).isEqualTo("chain-order"));
    }
}
