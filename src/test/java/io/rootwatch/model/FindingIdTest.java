package io.rootwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingIdTest {

    @Test
    void ids_areUnique_andTheReleasedListIsAPrefixOfTheRegistry() throws IOException {
        List<String> current = Arrays.stream(FindingId.values()).map(FindingId::wireId).toList();
        assertThat(current).doesNotHaveDuplicates();
        List<String> released;
        try (InputStream in = getClass().getResourceAsStream("/contract/finding-ids-v1.txt")) {
            released = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(current.subList(0, released.size())).containsExactlyElementsOf(released);
    }

    /** Severities and CWEs from the table in shared/contract/report-v1.md. */
    @Test
    void contractIds_carryTheContractsSeverityAndCwe() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("expired", "critical CWE-295"), Map.entry("not-yet-valid", "high CWE-295"),
                Map.entry("expires-soon", "medium null"), Map.entry("hostname-mismatch", "high CWE-297"),
                Map.entry("weak-key", "high CWE-326"), Map.entry("weak-signature", "high CWE-327"),
                Map.entry("self-signed-leaf", "high CWE-295"), Map.entry("untrusted-root", "critical CWE-295"),
                Map.entry("distrusted-root", "critical CWE-295"), Map.entry("distrust-pending", "medium null"),
                Map.entry("removed-root", "critical CWE-295"), Map.entry("capture-failed", "high null"),
                Map.entry("incomplete-chain", "medium null"), Map.entry("ct-noncompliant", "high null"),
                Map.entry("sct-invalid", "medium null"), Map.entry("stale-audit", "medium null"),
                Map.entry("scheduled-removal", "medium null"));
        expected.forEach((id, sevCwe) -> {
            FindingId f = FindingId.fromWire(id).orElseThrow();
            assertThat(f.defaultSeverity().wireName() + " " + f.cwe().orElse("null")).as(id).isEqualTo(sevCwe);
        });
    }

    @Test
    void severityThreshold_comparesBySeverity() {
        assertThat(Severity.CRITICAL.atLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.HIGH.atLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.MEDIUM.atLeast(Severity.HIGH)).isFalse();
    }
}
