package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.testing.Corpus;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tags from a targets file, read back by `inventory`. Two loopback ports with nothing listening: a refused
 * connection is still a judged result, so it is in the inventory with the tags of its line.
 */
class InventoryTagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Environment env;
    String db;
    String web;
    String other;

    @BeforeEach
    void scanTwoTaggedTargets() throws Exception {
        env = Cli.env(tmp, Map.of());
        db = tmp.resolve("rw.db").toString();
        web = "127.0.0.1:" + closedPort();
        other = "127.0.0.1:" + closedPort();
        Path targets = Files.writeString(tmp.resolve("hosts.txt"),
                web + " criticality=public-https owner=web-team\n" + other + " owner=other\n");
        Cli.Result scan = Cli.run(env, "scan", "--targets", targets.toString(), "--offline", "--db", db,
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString());
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(1);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void everyFormat_showsTheTags() throws Exception {
        Cli.Result table = Cli.run(env, "inventory", "--db", db);
        assertThat(table.out().lines().findFirst().orElseThrow()).endsWith("TAGS");
        assertThat(table.out()).contains("criticality=public-https owner=web-team").contains("owner=other");

        JsonNode targets = JSON.readTree(Cli.run(env, "inventory", "--format", "json", "--db", db).out()).path("targets");
        JsonNode first = targets.get(0).path("target").asText().equals(web) ? targets.get(0) : targets.get(1);
        assertThat(first.path("tags")).isEqualTo(JSON.readTree("{\"criticality\":\"public-https\",\"owner\":\"web-team\"}"));

        Cli.Result csv = Cli.run(env, "inventory", "--format", "csv", "--db", db);
        assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",TAGS");
        assertThat(csv.out()).contains(web + ",").contains(",criticality=public-https owner=web-team");
    }

    @Test
    void tagFilters_areAnded() throws Exception {
        assertThat(targets("--tag", "owner=web-team")).containsExactly(web);
        assertThat(targets("--tag", "owner=web-team", "--tag", "criticality=public-https")).containsExactly(web);
        assertThat(targets("--tag", "owner=other", "--tag", "criticality=public-https")).isEmpty();
        assertThat(targets("--tag", "criticality=internal")).isEmpty();

        Cli.Result bad = Cli.run(env, "inventory", "--tag", "owner", "--db", db);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--tag owner: expected KEY=VALUE");
    }

    @Test
    void outputOption_writesTheFile_andRefusesTheDatabase() throws Exception {
        Path out = tmp.resolve("inventory.json");
        Cli.Result r = Cli.run(env, "inventory", "--format", "json", "-o", out.toString(), "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(Files.readString(out)).path("targets")).hasSize(2);

        Cli.Result refused = Cli.run(env, "inventory", "-o", db, "--db", db);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("refusing to overwrite it");
    }

    private java.util.List<String> targets(String... filter) throws Exception {
        String[] args = new String[filter.length + 5];
        args[0] = "inventory";
        System.arraycopy(filter, 0, args, 1, filter.length);
        args[filter.length + 1] = "--format";
        args[filter.length + 2] = "json";
        args[filter.length + 3] = "--db";
        args[filter.length + 4] = db;
        Cli.Result r = Cli.run(env, args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).path("targets").findValuesAsText("target");
    }
}
