package io.rootwatch.report;

import io.rootwatch.assess.Assessment;
import io.rootwatch.ct.PolicyVerdict;
import io.rootwatch.model.Finding;
import java.util.Comparator;
import java.util.Optional;

/** The cells of one result in the table and in CSV: short, for scanning by eye. */
final class TableRow {
    private TableRow() {
    }

    static String[] of(Assessment a) {
        String verdict = a.path().map(j -> j.verdict().wireName()).orElse("-");
        String root = a.path().flatMap(j -> j.path().root())
                // "-" says the owner is unknown (an OS bundle or certdata-only root), not that the cell was cut.
                .map(r -> r.name() + " (" + r.caOwner().orElse("-") + ")")
                .orElse("-");
        String expires = a.chain().isEmpty() ? "-"
                : a.chain().get(0).parsed().map(c -> c.notAfter().toString().substring(0, 10)).orElse("-");
        return new String[] {
            TerminalText.safe(a.capture().target().display()), a.capture().status().wireName(), verdict,
            TerminalText.safe(root), expires, ct(a), findings(a)
        };
    }

    /**
     * "ok" when every judged program is compliant; else the enforcing programs that are not, e.g.
     * "fail: chrome,firefox"; "fail (not enforced)" when only browsers that would not enforce CT for this
     * chain (a private root) find it short, so a table of internal endpoints does not read as broken.
     */
    static String ct(Assessment a) {
        if (a.ct().isEmpty() || a.ct().get().policies().isEmpty()) {
            return "-";
        }
        var policies = a.ct().get().policies();
        var failing = policies.entrySet().stream()
                .filter(e -> e.getValue().compliant().map(c -> !c).orElse(false))
                .toList();
        var failingEnforced = failing.stream().filter(e -> e.getValue().enforced())
                .map(e -> Wire.kebab(e.getKey())).sorted().toList();
        if (!failingEnforced.isEmpty()) {
            return "fail: " + String.join(",", failingEnforced);
        }
        if (!failing.isEmpty()) {
            return "fail (not enforced)";
        }
        boolean unjudged = policies.values().stream().map(PolicyVerdict::compliant).anyMatch(Optional::isEmpty);
        return unjudged ? "n/a" : "ok";
    }

    static String findings(Assessment a) {
        if (a.findings().isEmpty()) {
            return "none";
        }
        Finding worst = a.findings().stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
        return a.findings().size() + " (worst: " + worst.severity().wireName() + ")";
    }
}
