package io.rootwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.testing.Corpus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table's ROOT (CA OWNER) cell: the root's short name, and "-" when no source names its owner. */
class RootColumnTest {
    @Test
    void rootWithoutAKnownOwner_showsADash(@TempDir Path tmp) {
        // certdata.txt carries NSS labels but no CA owner; COMODO RSA issued this chain's intermediate (openssl verify).
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", Corpus.path("chains/badssl_subdomain-no-subject.pem").toString(),
                "--ccadb", Corpus.path("roots/certdata.txt").toString(), "--offline", "--at", "2017-04-16T00:00:00Z",
                "--db", tmp.resolve("rw.db").toString());
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).contains("  COMODO RSA Certification Authority (-)  ");
    }

    @Test
    void rootWithAnOwner_showsIt(@TempDir Path tmp) {
        Cli.Result r = Cli.run(Cli.env(tmp, Map.of()), "inspect", Corpus.path("chains/badssl_subdomain-no-subject.pem").toString(),
                "--ccadb", Corpus.path("ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv").toString(), "--offline",
                "--at", "2017-04-16T00:00:00Z", "--db", tmp.resolve("rw.db").toString());
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).contains("  COMODO RSA Certification Authority (Sectigo)  ");
    }
}
