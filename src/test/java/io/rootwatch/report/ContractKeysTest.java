package io.rootwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.Assessor;
import io.rootwatch.assess.ScanReport;
import io.rootwatch.ct.CtLogLists;
import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Protocol;
import io.rootwatch.model.TlsFacts;
import io.rootwatch.refdata.RefDataLoader;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.ctlogs.LogListParser;
import io.rootwatch.testing.Corpus;
import io.rootwatch.trust.Budget;
import io.rootwatch.x509.Pem;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON report carries every key of shared/contract/report-v1.md, and every key it writes is
 * documented in docs/report.md.
 */
class ContractKeysTest {

    @Test
    void reportKeys_coverTheSharedContract_andAreAllDocumented() throws Exception {
        JsonNode tree = JsonRenderer.toTree(sampleReport());
        Set<String> written = new TreeSet<>();
        collectKeys(tree, written);

        String contract = Files.readString(Corpus.ROOT.resolveSibling("contract").resolve("report-v1.md"));
        Set<String> contractKeys = new TreeSet<>();
        Matcher m = Pattern.compile("\"([A-Za-z0-9]+)\"\\s*:").matcher(contract.substring(contract.indexOf("```jsonc")));
        while (m.find()) {
            contractKeys.add(m.group(1));
        }
        assertThat(contractKeys).hasSizeGreaterThan(40);
        assertThat(written).containsAll(contractKeys);

        String docs = Files.readString(java.nio.file.Path.of("docs", "report.md"));
        for (String key : written) {
            assertThat(docs).as("docs/report.md documents `" + key + "`").contains("`" + key + "`");
        }
    }

    /** A real chain with SCTs, judged against real CCADB data and a real log list, delivered over "TLS". */
    private static ScanReport sampleReport() throws Exception {
        ReferenceData ref = RefDataLoader.load(List.of(Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv")));
        var google = LogListParser.google(Files.readAllBytes(Corpus.path("ctlogs/google_all_logs_list_v83.6.json")), "v83.6");
        List<Der> served = Pem.certificates(Files.readString(Corpus.path("chains/badssl_wildcard-rsa2048.pem")))
                .stream().map(Der::of).toList();
        Endpoint target = new Endpoint(Protocol.TLS, "wrong.host.badssl.com", 443, Optional.empty(), Map.of("criticality", "public-https"));
        Instant at = Instant.parse("2021-06-01T00:00:00Z");
        Capture capture = new Capture(target, Optional.of("127.0.0.1"), at, CaptureStatus.OK, Optional.empty(),
                Optional.of(new TlsFacts("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", Optional.of("wrong.host.badssl.com"))),
                served, List.of(), Optional.empty());
        Assessment a = new Assessor(ref, new CtLogLists(Optional.empty(), Optional.of(google), Optional.empty()), Budget.defaults())
                .assess(capture, at);
        assertThat(a.findings()).extracting(f -> f.id().wireId()).contains("hostname-mismatch");
        Capture failed = Capture.failed(target, Optional.empty(), at,
                new io.rootwatch.model.CaptureError(io.rootwatch.model.CaptureError.Kind.TIMEOUT, "x: timed out"));
        Assessment b = new Assessor(ref, CtLogLists.none(), Budget.defaults()).assess(failed, at);
        return new ScanReport("scan-1", at, List.of("a warning"), ref.snapshots(), List.of(a, b));
    }

    private static void collectKeys(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                // Policy objects are keyed by program; the contract lists those names as keys too.
                into.add(e.getKey());
                collectKeys(e.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectKeys(n, into));
        }
    }
}
