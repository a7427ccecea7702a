package io.rootwatch.ct;

import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.Program;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Certificate Transparency for one leaf: collects its SCTs (embedded, TLS extension, stapled OCSP),
 * verifies them, and judges Firefox's, Chrome's and Apple's CT policies at {@code at}. Pure and
 * thread-safe; never throws on malformed SCT data (that becomes {@code sct-problem} findings).
 */
public final class CtEvaluator {
    private CtEvaluator() {
    }

    /**
     * @param at the evaluation instant: log states, list staleness and future-dated SCTs are judged as of it
     * @return every SCT found, one verdict per program (compliant empty when no list is given, the list
     *         is too old for the program, or the rule is missed only for SCTs that could not be checked), and the findings: {@code sct-problem}, {@code sct-invalid},
     *         {@code ct-noncompliant} (one per program whose compliant is false)
     */
    public static CtAssessment evaluate(CtInput input, CtLogLists lists, Instant at) {
        SctCollector collector = new SctCollector(input, lists);
        collector.collect();
        List<SctObservation> scts = collector.observations;
        List<Finding> findings = new ArrayList<>(collector.findings);
        Optional<String> leafSha = Optional.of(input.leaf().sha256());
        for (SctObservation o : scts) {
            if (o.timestamp().isAfter(at)) {
                findings.add(Finding.of(FindingId.SCT_PROBLEM, leafSha, "The " + o.channel().wireName() + " SCT from "
                        + o.logLabel() + " is dated " + o.timestamp() + ", after the evaluation time " + at
                        + "; it does not count."));
            }
        }
        Map<Program, PolicyVerdict> policies = new EnumMap<>(Program.class);
        Set<String> flagged = new LinkedHashSet<>();
        for (Program program : Program.values()) {
            CtPolicy policy = CtPolicies.effective(program, at);
            PolicyVerdict verdict = verdict(program, policy, input, lists, scts, at, flagged);
            policies.put(program, verdict);
            if (verdict.compliant().equals(Optional.of(false))) {
                // A browser that does not enforce CT for this chain (private root, policy not yet in force)
                // will not reject it: the gap is worth knowing, not worth failing a pipeline over.
                Severity severity = verdict.enforced() ? FindingId.CT_NONCOMPLIANT.defaultSeverity() : Severity.INFO;
                String note = verdict.enforced() ? "" : " Not enforced for this chain.";
                findings.add(new Finding(FindingId.CT_NONCOMPLIANT, severity, leafSha, "The leaf does not meet the "
                        + verdict.program() + " (" + verdict.ruleVersion() + "): " + verdict.reason() + "." + note));
            }
        }
        flagged.forEach(f -> findings.add(Finding.of(FindingId.SCT_PROBLEM, leafSha, f)));
        return new CtAssessment(scts, policies, findings);
    }

    /** Why a program whose root is trusted does not enforce CT here; empty when it does, or does not trust the root. */
    private static String enforcementNote(Program program, CtPolicy policy, CtInput input, boolean caLeaf, boolean enforced) {
        if (caLeaf) {
            return " (CT policies apply to end-entity certificates, and this leaf is a CA certificate)";
        }
        if (!input.programsThatTrustTheRoot().contains(program) || enforced) {
            return "";
        }
        return " (" + program.browser() + " did not enforce CT for this certificate: enforcement "
                + (policy.enforcementBasis() == CtPolicy.EnforcementBasis.EVALUATION_TIME ? "began " : "covers certificates issued from ")
                + policy.enforcedFrom() + ")";
    }

    private static PolicyVerdict verdict(Program program, CtPolicy policy, CtInput input, CtLogLists lists,
            List<SctObservation> scts, Instant at, Set<String> flagged) {
        // CT policies cover end-entity (server) certificates; a CA certificate judged as the leaf (a root-first
        // bundle, a CA's own certificate) is not one a browser would check, so its gap must not fail a pipeline.
        boolean caLeaf = input.leaf().isCa();
        boolean enforced = !caLeaf && input.programsThatTrustTheRoot().contains(program) && inForce(policy, input, at);
        String enforcementNote = enforcementNote(program, policy, input, caLeaf, enforced);
        String earlierRules = at.isBefore(policy.effectiveFrom())
                ? " (the " + policy.title() + " before " + policy.effectiveFrom() + " is not modelled; the earliest known version is applied)"
                : "";
        ListChoice choice = ListChoice.of(program, lists);
        if (choice.list().isEmpty()) {
            return new PolicyVerdict(Optional.empty(), enforced, "No CT log list was given, so "
                    + program.browser() + "'s CT policy cannot be judged", policy.title(), policy.ruleVersion());
        }
        LogList list = choice.list().get();
        String listNote = choice.note().isEmpty() ? "" : " (" + choice.note() + ")";
        if (policy.maxListAge().isPresent() && list.timestamp().isPresent()) {
            Duration age = Duration.between(list.timestamp().get(), at);
            if (age.compareTo(policy.maxListAge().get()) > 0) {
                return new PolicyVerdict(Optional.empty(), enforced, list.label() + " is " + age.toDays()
                        + " days old at " + at + "; " + program.browser() + " stops enforcing CT after "
                        + policy.maxListAge().get().toDays() + " days without a list update, so compliance cannot be judged"
                        + listNote, policy.title(), policy.ruleVersion());
            }
        }
        Judgement j = judge(policy, list, input, scts, at, SctTally.Assume.VERIFIED_ONLY);
        flagged.addAll(j.flagged());
        String notes = listNote + earlierRules + enforcementNote;
        List<SctObservation> unchecked = UncheckedScts.of(scts, at);
        if (!j.compliant() && !unchecked.isEmpty()
                && judge(policy, list, input, scts, at, SctTally.Assume.UNCHECKED_AS_VALID).compliant()) {
            return new PolicyVerdict(Optional.empty(), enforced, UncheckedScts.reason(unchecked, j.reason()) + notes,
                    policy.title(), policy.ruleVersion());
        }
        return new PolicyVerdict(Optional.of(j.compliant()), enforced, j.reason() + notes, policy.title(), policy.ruleVersion());
    }

    private static Judgement judge(CtPolicy policy, LogList list, CtInput input, List<SctObservation> scts, Instant at,
            SctTally.Assume assume) {
        return switch (policy.counting()) {
            case DISTINCT_LOGS_AND_OPERATORS -> DistinctLogsJudge.judge(policy, list, input.leaf(), scts, at, assume);
            case PER_OPERATOR_CAP -> AppleJudge.judge(policy, list, input.leaf(), scts, at, assume);
        };
    }

    private static boolean inForce(CtPolicy policy, CtInput input, Instant at) {
        Instant basis = policy.enforcementBasis() == CtPolicy.EnforcementBasis.EVALUATION_TIME ? at : input.leaf().notBefore();
        return !basis.isBefore(policy.enforcedFrom());
    }
}
