package io.rootwatch.assess;

import io.rootwatch.ct.CtAssessment;
import io.rootwatch.ct.CtEvaluator;
import io.rootwatch.ct.CtInput;
import io.rootwatch.ct.CtLogLists;
import io.rootwatch.ct.SctDistrustRule;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.lint.CertificateLint;
import io.rootwatch.lint.LintInput;
import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Certificate;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.TrustBit;
import io.rootwatch.trust.Budget;
import io.rootwatch.trust.LeafRole;
import io.rootwatch.trust.PathCertificate;
import io.rootwatch.trust.PathJudgement;
import io.rootwatch.trust.TrustAssessment;
import io.rootwatch.trust.TrustEvaluator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Combines trust, lint and CT analyses of one capture into an {@link Assessment}. Pure: no clock, no
 * I/O; the instant and the reference data are parameters. Thread-safe (stateless apart from inputs).
 */
public final class Assessor {
    private final ReferenceData refData;
    private final CtLogLists logLists;
    private final Budget budget;

    public Assessor(ReferenceData refData, CtLogLists logLists, Budget budget) {
        this.refData = refData;
        this.logLists = logLists;
        this.budget = budget;
    }

    public Assessment assess(Capture capture, Instant at) {
        List<ServedCertificate> chain = ServedChainParser.parse(capture.served());
        List<Finding> findings = new ArrayList<>();
        if (capture.status() == CaptureStatus.ERROR) {
            String message = capture.error().map(e -> e.message()).orElse(capture.target().display() + ": capture failed");
            findings.add(Finding.of(FindingId.CAPTURE_FAILED, Optional.empty(), message));
        }
        for (ServedCertificate sc : chain) {
            sc.parseError().ifPresent(err -> findings.add(Finding.of(FindingId.MALFORMED_CERTIFICATE,
                    Optional.of(sc.sha256()), "served certificate " + sc.sha256() + " does not parse: " + err)));
        }
        List<Certificate> parsed = chain.stream().flatMap(sc -> sc.parsed().stream()).toList();
        if (parsed.isEmpty() || chain.get(0).parsed().isEmpty()) {
            return new Assessment(capture, chain, Optional.empty(), Optional.empty(), findings);
        }
        // A handshake's first certificate must be a server certificate; a file's may be anything (a CA's own).
        LeafRole role = capture.target() instanceof Endpoint ? LeafRole.TLS_SERVER : LeafRole.ANY;
        TrustAssessment trust = TrustEvaluator.evaluate(parsed, refData, at, budget, role);
        findings.addAll(trust.findings());
        Certificate leaf = parsed.get(0);
        List<Certificate> path = trust.chosen()
                .map(j -> j.path().certificates().stream().map(PathCertificate::certificate).toList())
                .orElse(List.of(leaf));
        Optional<String> hostname = capture.target() instanceof Endpoint e ? Optional.of(e.nameToVerify()) : Optional.empty();
        findings.addAll(CertificateLint.lint(new LintInput(leaf, path, hostname)));

        Optional<Certificate> issuer = path.size() > 1 ? Optional.of(path.get(1)) : Optional.empty();
        CtAssessment ct = CtEvaluator.evaluate(new CtInput(leaf, issuer, capture.tlsSctLists(), capture.stapledOcsp(),
                programsTrusting(trust.chosen()), capture.deliveryProblems()), logLists, at);
        findings.addAll(ct.findings());
        findings.addAll(SctDistrustCheck.findings(trust.chosen(), ct.scts(), leaf.sha256(), SctDistrustRule.CHROME));
        return new Assessment(capture, chain, trust.chosen(), Optional.of(ct), FindingOrder.sort(findings));
    }

    /**
     * CT is enforced for chains to a program's publicly-trusted roots. We hold Mozilla's store only, so a
     * Mozilla-included Websites root stands in for Chrome's and Apple's programs too (stated in README
     * Limitations): the big programs' TLS root sets overlap almost entirely.
     */
    private static Set<Program> programsTrusting(Optional<PathJudgement> judgement) {
        boolean publicRoot = judgement.flatMap(j -> j.path().root())
                .filter(r -> r.status() == RootStatus.INCLUDED && r.trustBits().contains(TrustBit.WEBSITES))
                .isPresent();
        boolean pathTrustedByFirefox = judgement.map(j -> j.verdict() != MozillaVerdict.NOT_IN_STORE
                && j.verdict() != MozillaVerdict.NO_PATH).orElse(false);
        return publicRoot && pathTrustedByFirefox ? EnumSet.allOf(Program.class) : EnumSet.noneOf(Program.class);
    }
}
