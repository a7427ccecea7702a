package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rootwatch inventory` over a database that one `inspect` filled (a real chain, trusted at 2021-06-01). */
class InventoryCommandTest {
    private static final Path CHAIN = Corpus.path("chains/badssl_wildcard-rsa2048.pem");

    private static Environment inspected(Path tmp) {
        Environment env = Cli.env(tmp, Map.of());
        Cli.Result r = Cli.run(env, "inspect", CHAIN.toString(), "--offline", "--at", "2021-06-01",
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(),
                "--db", tmp.resolve("rw.db").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return env;
    }

    @Test
    void unknownVerdict_isAUsageError_listingTheValidOnes(@TempDir Path tmp) {
        Environment env = inspected(tmp);
        Cli.Result r = Cli.run(env, "inventory", "--verdict", "bogus", "--db", tmp.resolve("rw.db").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("rootwatch: --verdict bogus: not a Mozilla verdict; one of no-path, not-in-store, "
                + "removed, no-websites-trust, distrusted, revoked, invalid-path, expired, not-yet-valid, trusted"
                + System.lineSeparator());
    }

    @Test
    void knownVerdict_inAnyCase_filters(@TempDir Path tmp) {
        Environment env = inspected(tmp);
        String db = tmp.resolve("rw.db").toString();
        assertThat(Cli.run(env, "inventory", "--verdict", "Trusted", "--db", db).out()).contains(CHAIN.toString());
        Cli.Result none = Cli.run(env, "inventory", "--verdict", "distrusted", "--db", db);
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).doesNotContain(CHAIN.toString());
    }

    @Test
    void jsonFormat_givesOneObjectPerTarget(@TempDir Path tmp) throws Exception {
        Environment env = inspected(tmp);
        Cli.Result r = Cli.run(env, "inventory", "--format", "json", "--db", tmp.resolve("rw.db").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        var targets = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).path("targets");
        assertThat(targets).hasSize(1);
        var t = targets.get(0);
        assertThat(t.path("target").asText()).isEqualTo(CHAIN.toString());
        assertThat(t.path("capturedAt").asText()).isEqualTo("2026-01-15T00:00:00Z");
        assertThat(t.path("status").asText()).isEqualTo("ok");
        assertThat(t.path("verdict").asText()).isEqualTo("trusted");
        assertThat(t.path("leafSubject").asText()).isEqualTo( // openssl x509 -noout -subject -nameopt RFC2253
                "CN=*.badssl.com,O=Lucas Garron Torres,L=Walnut Creek,ST=California,C=US");
        assertThat(t.path("leafNotAfter").asText()).isEqualTo("2022-05-17T12:00:00Z");
        assertThat(t.path("rootName").asText()).isEqualTo("DigiCert Global Root CA");
        assertThat(t.path("caOwner").asText()).isEqualTo("DigiCert");
    }

    @Test
    void oneFile_inspectedUnderTwoSpellings_isOneTarget_namedAsLastGiven(@TempDir Path tmp) throws Exception {
        Environment env = Cli.env(tmp, Map.of());
        String db = tmp.resolve("rw.db").toString();
        String absolute = CHAIN.toAbsolutePath().toString(); // un-normalized: keeps any "../" of CHAIN
        Cli.Result r = Cli.run(env, "inspect", CHAIN.toString(), absolute, "--offline", "--at", "2021-06-01",
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2025-03-28.csv").toString(), "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();

        Cli.Result inv = Cli.run(env, "inventory", "--format", "json", "--db", db);

        assertThat(inv.exitCode()).as(inv.err()).isZero();
        var targets = new com.fasterxml.jackson.databind.ObjectMapper().readTree(inv.out()).path("targets");
        assertThat(targets).hasSize(1);
        assertThat(targets.get(0).path("target").asText()).isIn(CHAIN.toString(), absolute);
    }
}
