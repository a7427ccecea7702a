package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `rootwatch inspect` on real chains with the real 2026-06-24 CCADB snapshot names the root and CA owner
 * that `openssl verify -attime` against that snapshot's roots (the atc0005 bundle of the same date) agrees
 * with. openssl ignores trust bits, so the verdict is pinned separately: DigiCert Global Root CA lost its
 * Websites bit in that snapshot (root-age rule), COMODO RSA kept it.
 */
class InspectCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "badssl_wildcard-rsa2048.pem,     2020-04-22T00:00:00Z, DigiCert Global Root CA,            DigiCert, 4348a0e9444c78cb265e058d5e8944b4d84f9662bd26db257f8934a443c70161, no-websites-trust",
        "badssl_wildcard-ecc256.pem,      2020-03-06T00:00:00Z, DigiCert Global Root CA,            DigiCert, 4348a0e9444c78cb265e058d5e8944b4d84f9662bd26db257f8934a443c70161, no-websites-trust",
        "badssl_subdomain-1000-sans.pem,  2019-11-04T00:00:00Z, DigiCert Global Root CA,            DigiCert, 4348a0e9444c78cb265e058d5e8944b4d84f9662bd26db257f8934a443c70161, no-websites-trust",
        "badssl_wildcard-sha1-2017.pem,   2015-07-09T00:00:00Z, DigiCert Global Root CA,            DigiCert, 4348a0e9444c78cb265e058d5e8944b4d84f9662bd26db257f8934a443c70161, no-websites-trust",
        "badssl_subdomain-no-subject.pem, 2017-04-16T00:00:00Z, COMODO RSA Certification Authority, Sectigo,  52f0e1c4e58ec629291b60317f074671b85d7ea80d5b07273463534b32b40234, trusted"})
    void inspect_namesTheRootOpensslBuildsTo(String file, String at, String rootName, String owner, String rootSha256,
                                             String verdict, @TempDir Path tmp) throws Exception {
        Path chain = Corpus.path("chains/" + file);
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", chain.toString(),
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv").toString(),
                "--ccadb", Corpus.path("ccadb/RemovedCACertificateWithPEMReport_2026-06-16.csv").toString(),
                "--offline", "--at", at, "--format", "json", "--db", tmp.resolve("rw.db").toString());
        assertThat(r.err()).isEmpty();
        JsonNode result = JSON.readTree(r.out()).path("results").get(0);

        assertThat(result.path("root").path("name").asText()).isEqualTo(rootName);
        assertThat(result.path("root").path("caOwner").asText()).isEqualTo(owner);
        assertThat(result.path("root").path("sha256").asText()).isEqualTo(rootSha256);
        assertThat(result.path("mozilla").path("verdict").asText()).isEqualTo(verdict);
        assertThat(opensslRootCommonName(chain, Instant.parse(at), tmp)).isEqualTo(rootName);
    }

    /** The CN of the last certificate in the chain `openssl verify -show_chain` builds. */
    private static String opensslRootCommonName(Path chainFile, Instant at, Path tmp) throws Exception {
        List<String> pems = new ArrayList<>();
        Matcher m = Pattern.compile("-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\\s*", Pattern.DOTALL)
                .matcher(Files.readString(chainFile));
        while (m.find()) {
            pems.add(m.group());
        }
        Path leaf = Files.writeString(tmp.resolve("leaf.pem"), pems.get(0));
        Path rest = Files.writeString(tmp.resolve("rest.pem"), String.join("", pems.subList(1, pems.size())));
        Process p = new ProcessBuilder("openssl", "verify", "-show_chain", "-attime", String.valueOf(at.getEpochSecond()),
                "-CAfile", Corpus.path("roots/atc0005_IncludedCACertificates.pem").toString(),
                "-untrusted", rest.toString(), leaf.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains(": OK");
        String lastDepth = output.lines().filter(l -> l.startsWith("depth=")).reduce((a, b) -> b).orElseThrow();
        Matcher cn = Pattern.compile("CN = ([^,]+?)(?: \\(untrusted\\))?$").matcher(lastDepth);
        assertThat(cn.find()).as(lastDepth).isTrue();
        return cn.group(1);
    }
}
