package io.rootwatch.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.ct.SctChannel;
import io.rootwatch.ct.SctDistrustRule;
import io.rootwatch.ct.SctObservation;
import io.rootwatch.ct.SctSignatureStatus;
import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
import io.rootwatch.refdata.CaCertificatePool;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.RootStore;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.refdata.TrustBit;
import io.rootwatch.testing.TestPki;
import io.rootwatch.trust.Budget;
import io.rootwatch.trust.PathJudgement;
import io.rootwatch.trust.TrustEvaluator;
import io.rootwatch.x509.CertificateParser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chrome-style distrust by the earliest SCT, pinned on both sides of the instant. */
class SctDistrustCheckTest {
    private static final Instant DISTRUST_AFTER = Instant.parse("2024-11-11T23:59:59Z");
    private static Certificate leaf;
    private static Optional<PathJudgement> judgement;
    private static SctDistrustRule rule;

    @BeforeAll
    static void chain() throws Exception {
        TestPki.Issued root = TestPki.cert("Distrusted Test Root", TestPki.rsa(2048)).ca().build();
        TestPki.Issued issued = TestPki.cert("www.example.test", TestPki.rsa(2048)).issuedBy(root).serial(2)
                .san("www.example.test").validity(Instant.parse("2024-11-01T00:00:00Z"), Instant.parse("2025-11-01T00:00:00Z")).build();
        Certificate rootCert = CertificateParser.parse(root.der());
        leaf = CertificateParser.parse(issued.der());
        StoreRoot storeRoot = new StoreRoot(rootCert, "Distrusted Test Root", Optional.of("Renamed Owner"), RootStatus.INCLUDED,
                Set.of(TrustBit.WEBSITES), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        ReferenceData ref = new ReferenceData(new RootStore(List.of(storeRoot)), CaCertificatePool.empty(), List.of(), List.of());
        judgement = TrustEvaluator.evaluate(List.of(leaf), ref, Instant.parse("2025-01-01T00:00:00Z"), Budget.defaults()).chosen();
        rule = new SctDistrustRule(rootCert.sha256(), DISTRUST_AFTER, "test rule");
    }

    private static SctObservation sct(String at, SctSignatureStatus status) {
        return new SctObservation(SctChannel.EMBEDDED, "bG9n", Optional.of("Test Log"), Optional.of("Op"),
                Instant.parse(at), status);
    }

    @Test
    void earliestSctAtTheInstant_isStillTrusted_pendingRenewal() {
        List<Finding> f = SctDistrustCheck.findings(judgement, List.of(sct("2024-11-12T00:00:00Z", SctSignatureStatus.VALID),
                sct("2024-11-11T23:59:59Z", SctSignatureStatus.VALID)), leaf.sha256(), List.of(rule));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo(FindingId.DISTRUST_PENDING);
            assertThat(x.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(x.message()).startsWith("Chrome distrust of root 'Distrusted Test Root' by earliest SCT: ")
                    .contains("2024-11-11T23:59:59Z");
        });
    }

    @Test
    void earliestSctOneSecondLater_isDistrustedByChrome_andAnUnverifiedEarlierSctDoesNotSaveIt() {
        List<Finding> f = SctDistrustCheck.findings(judgement, List.of(sct("2024-11-12T00:00:00Z", SctSignatureStatus.VALID),
                sct("2024-11-01T00:00:00Z", SctSignatureStatus.INVALID)), leaf.sha256(), List.of(rule));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo(FindingId.DISTRUSTED_ROOT);
            assertThat(x.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(x.message()).endsWith("Chrome rejects this leaf.");
        });
    }

    @Test
    void ruleForAnotherRoot_addsNothing() {
        SctDistrustRule other = new SctDistrustRule("00".repeat(32), DISTRUST_AFTER, "other");
        assertThat(SctDistrustCheck.findings(judgement, List.of(sct("2025-01-01T00:00:00Z", SctSignatureStatus.VALID)),
                leaf.sha256(), List.of(other))).isEmpty();
        assertThat(judgement.orElseThrow().path().root()).isPresent();
    }
}
