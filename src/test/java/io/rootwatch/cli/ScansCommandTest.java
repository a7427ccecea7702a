package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.store.Database;
import io.rootwatch.testing.Corpus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rootwatch scans` lists every recorded run, so an interrupted scan's id can be found to resume it. */
class ScansCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CCADB = Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString();

    private static String inspect(Environment env, Path db, String... files) throws Exception {
        List<String> args = new ArrayList<>(List.of("inspect"));
        args.addAll(List.of(files));
        args.addAll(List.of("--offline", "--at", "2021-06-01", "--ccadb", CCADB, "--db", db.toString(), "--format", "json"));
        Cli.Result r = Cli.run(env, args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isNotEqualTo(2);
        return JSON.readTree(r.out()).path("scanId").asText();
    }

    @Test
    void listsEachRun_withItsCounts_andOnlyTheUnfinishedOnRequest(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        Path db = tmp.resolve("rw.db");
        String one = inspect(env, db, Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString());
        String two = inspect(env, db, Corpus.path("chains/badssl_wildcard-rsa2048.pem").toString(),
                Corpus.path("chains/badssl_wildcard-self-signed.pem").toString());
        try (Database d = Database.open(db)) {
            // A scan that was started and never marked finished, as an interrupted one is left.
            d.startScan("00000000-0000-0000-0000-000000000001", "scan", Instant.parse("2026-01-16T00:00:00Z"),
                    Instant.parse("2026-01-16T00:00:00Z"));
        }

        Cli.Result r = Cli.run(env, "scans", "--format", "json", "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, JsonNode> byId = new HashMap<>();
        JSON.readTree(r.out()).path("scans").forEach(s -> byId.put(s.path("id").asText(), s));
        assertThat(byId).containsOnlyKeys(one, two, "00000000-0000-0000-0000-000000000001");
        assertThat(JSON.readTree(r.out()).path("scans").get(0).path("id").asText())
                .as("newest start first").isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(byId.get(one).path("command").asText()).isEqualTo("inspect");
        assertThat(byId.get(one).path("captures").asInt()).isEqualTo(1);
        assertThat(byId.get(two).path("captures").asInt()).isEqualTo(2);
        assertThat(byId.get(two).path("judged").asInt()).isEqualTo(2);
        assertThat(byId.get(two).path("evaluatedAt").asText()).isEqualTo("2021-06-01T00:00:00Z");
        assertThat(byId.get(two).path("finishedAt").isNull()).isFalse();
        assertThat(byId.get("00000000-0000-0000-0000-000000000001").path("finishedAt").isNull()).isTrue();

        Cli.Result unfinished = Cli.run(env, "scans", "--unfinished", "--db", db.toString());
        assertThat(unfinished.exitCode()).as(unfinished.err()).isZero();
        assertThat(unfinished.out()).contains("00000000-0000-0000-0000-000000000001  scan", "unfinished", "1 run(s)")
                .doesNotContain(one, two);
    }

    @Test
    void aMissingDatabase_isAnInputError(@TempDir Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "scans", "--db", tmp.resolve("absent.db").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("absent.db");
    }
}
