package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.model.Certificate;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.Pem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OneCRL given with {@code --ccadb} (recognised by content) turns a real chain that is otherwise trusted into
 * {@code revoked}: badssl's no-subject leaf chains through "UbiquiTLS™ DV RSA Server CA" (as
 * `openssl pkcs7 -print_certs` shows) to COMODO RSA Certification Authority (trusted at 2017-04-16 with the 2026-06-24 snapshot).
 */
class InspectOneCrlTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHAIN = Corpus.path("chains/badssl_subdomain-no-subject.pem");

    private static Cli.Result inspect(Path tmp, String... extraCcadb) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("inspect", CHAIN.toString(),
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv").toString()));
        for (String extra : extraCcadb) {
            args.add("--ccadb");
            args.add(extra);
        }
        args.addAll(java.util.List.of("--offline", "--at", "2017-04-16", "--format", "json", "--db", tmp.resolve("rw.db").toString()));
        return Cli.run(Cli.env(tmp, Map.of()), args.toArray(String[]::new));
    }

    @Test
    void intermediateInOneCrl_isRevoked_exitOne_andTheSnapshotIsRecorded(@TempDir Path tmp) throws Exception {
        Certificate intermediate = CertificateParser.parse(Pem.certificates(Files.readString(CHAIN)).get(1));
        assertThat(intermediate.subject().rfc4514()).contains("CN=UbiquiTLS™ DV RSA Server CA");
        String record = "{\"data\":[{\"id\":\"c0ffee\",\"details\":{\"bug\":\"https://bugzilla.mozilla.org/show_bug.cgi?id=1111111\"},"
                + "\"issuerName\":\"" + Base64.getEncoder().encodeToString(intermediate.issuer().der().bytes()) + "\","
                + "\"serialNumber\":\"" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(intermediate.serialHex()))
                + "\"}]}";
        Path oneCrl = Files.writeString(tmp.resolve("records.json"), record);

        Cli.Result r = inspect(tmp, oneCrl.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.out());
        JsonNode result = report.path("results").get(0);
        assertThat(result.path("mozilla").path("verdict").asText()).isEqualTo("revoked");
        assertThat(result.path("findings").findValuesAsText("id")).contains("revoked");
        assertThat(result.path("mozilla").path("reasons").get(0).asText()).contains("revoked by Mozilla's OneCRL (bug 1111111)");
        assertThat(report.path("refdata").findValuesAsText("kind")).contains("onecrl");
        assertThat(report.path("warnings").toString()).doesNotContain("no OneCRL records");
    }

    @Test
    void withoutOneCrl_theChainIsTrusted_andTheReportSaysRevocationWasNotChecked(@TempDir Path tmp) throws Exception {
        Cli.Result r = inspect(tmp);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("results").get(0).path("mozilla").path("verdict").asText()).isEqualTo("trusted");
        assertThat(report.path("warnings").toString())
                .contains("no OneCRL records: Mozilla's revocations (the revoked verdict) are not checked");
    }

    @Test
    void headerOnlyIncludedReport_warnsThatNoRootIsTrusted_andStillThatOneCrlWasNotChecked(@TempDir Path tmp) throws Exception {
        String real = Files.readString(Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv"));
        Path cut = Files.writeString(tmp.resolve("included.csv"), real.substring(0, real.indexOf('\n') + 1));
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", CHAIN.toString(), "--ccadb", cut.toString(), "--offline",
                "--at", "2017-04-16", "--format", "json", "--db", tmp.resolve("rw.db").toString());
        JsonNode report = JSON.readTree(r.out());
        java.util.List<String> warnings = new java.util.ArrayList<>();
        report.path("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).contains(cut + ": the Mozilla included-roots report has no rows; no root is trusted, so every "
                + "chain will be reported untrusted", LoadedReferenceData.NO_ONECRL);
    }
}
