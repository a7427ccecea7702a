package io.rootwatch.ct;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.testing.Corpus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Corpus MANIFEST, chains/ "badssl.com production certificates": each leaf's embedded SCTs, their logs and
 * operators, all valid. Judged with Google's v76.5 list (it still lists every log that signed them; all are
 * rejected by then, which does not matter to the signatures) at each leaf's notAfter, when every SCT is in
 * the past.
 */
class CorpusBadsslSctTest {
    /** The MANIFEST's short log names, as the log list describes those logs. */
    static final Map<String, String> LOG = Map.ofEntries(
            Map.entry("Pilot", "Google 'Pilot' log"),
            Map.entry("Rocketeer", "Google 'Rocketeer' log"),
            Map.entry("Skydiver", "Google 'Skydiver' log"),
            Map.entry("Argon2022", "Google 'Argon2022' log"),
            Map.entry("DigiCert Log Server", "DigiCert Log Server"),
            Map.entry("DigiCert Log Server 2", "DigiCert Log Server 2"),
            Map.entry("Yeti2022", "DigiCert Yeti2022 Log"),
            Map.entry("Nessie2022", "DigiCert Nessie2022 Log"),
            Map.entry("Nimbus2021", "Cloudflare 'Nimbus2021' Log"));

    static LogList v76;

    @BeforeAll
    static void list() throws Exception {
        v76 = CtEvaluatorCorpusTest.google("76.5");
    }

    /**
     * @param logs      the MANIFEST's named logs, '|'-separated; '-' where it names none
     * @param operators the number of distinct operators the MANIFEST states; -1 where it states none
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "badssl_wildcard-rsa2048.pem,                           3, Skydiver|Yeti2022|Nessie2022,                          2",
        "badssl_wildcard-rsa4096.pem,                           3, Argon2022|Yeti2022|Nessie2022,                         2",
        "badssl_wildcard-ecc256.pem,                            3, Pilot|Yeti2022|Nessie2022,                             2",
        "badssl_wildcard-sha384.pem,                            3, -,                                                     2",
        "badssl_wildcard-sha512.pem,                            3, -,                                                     2",
        "badssl_subdomain-1000-sans.pem,                        3, -,                                                     3",
        "badssl_subdomain-10000-sans.pem,                       3, -,                                                     2",
        "badssl_subdomain-captive-portal.pem,                   3, Pilot|DigiCert Log Server 2|Rocketeer,                 2",
        "badssl_subdomain-no-subject.pem,                       4, -,                                                     2",
        "badssl_subdomain-preloaded-expect-ct.pem,              4, Pilot|DigiCert Log Server|Rocketeer|Skydiver,          2",
        "badssl_wildcard-preloaded-expect-ct.pem,               4, Pilot|DigiCert Log Server|Rocketeer|Skydiver,          2",
        "badssl_backup_wildcard-sha256-rsa2048-embeded-sct.crt, 4, -,                                                     2",
        "badssl_old_subdomain-sha384.pem,                       4, -,                                                    -1",
        "badssl_old_subdomain-sha512.pem,                       4, -,                                                    -1",
        "badssl_subdomain-no-sct.pem,                           0, -,                                                     0",
        "badssl_subdomain-no-common-name.pem,                   0, -,                                                     0",
        "badssl_subdomain-xn--n1aae7f7o.pem,                    0, -,                                                     0",
        "badssl_wildcard-sha1-2016.pem,                         0, -,                                                     0",
        "badssl_wildcard-sha1-2017.pem,                         0, -,                                                     0",
        "badssl_wildcard-self-signed.pem,                       0, -,                                                     0",
        "badssl_old_wildcard-incomplete-chain.pem,              0, -,                                                     0",
        "badssl_old_wildcard-main-old.pem,                      0, -,                                                     0",
        "badssl_fallback.pem,                                   0, -,                                                     0",
        "badssl_subdomain-dsdtestprovider.pem,                  0, -,                                                     0",
        "badssl_subdomain-edellroot.pem,                        0, -,                                                     0"
    })
    void embeddedScts_asTheManifestStates(String file, int count, String logs, int operators) {
        List<Certificate> chain = Corpus.certificates("chains/" + file);
        Certificate leaf = chain.get(0);
        Optional<Certificate> issuer = chain.size() > 1 ? Optional.of(chain.get(1)) : Optional.empty();
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, issuer, List.of(), Optional.empty(), Set.of(Program.values())),
                CtEvaluatorCorpusTest.only(v76), leaf.notAfter());
        assertThat(a.scts()).hasSize(count);
        assertThat(a.scts()).allSatisfy(s -> {
            assertThat(s.channel()).isEqualTo(SctChannel.EMBEDDED);
            assertThat(s.signature()).as(s.logLabel()).isEqualTo(SctSignatureStatus.VALID);
        });
        // MANIFEST: whenever the log is sharded, the leaf's notAfter is inside its temporal_interval.
        assertThat(a.findings()).noneMatch(f -> f.id() == io.rootwatch.model.FindingId.SCT_PROBLEM
                || f.id() == io.rootwatch.model.FindingId.SCT_INVALID);
        if (!logs.equals("-")) {
            assertThat(a.scts()).extracting(s -> s.logName().orElseThrow())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(logs.split("\\|")).map(LOG::get).toList());
        }
        if (operators >= 0) {
            assertThat(a.scts().stream().map(s -> s.operator().orElseThrow()).distinct().count()).isEqualTo(operators);
            assertThat(a.scts()).extracting(s -> s.operator().orElseThrow()).isSubsetOf("Google", "DigiCert", "Cloudflare");
        }
    }
}
