package io.rootwatch.lint;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.GeneralName;
import io.rootwatch.model.ParseProblem;
import io.rootwatch.x509.HostnameMatcher;
import io.rootwatch.x509.StructureChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints a chosen certificate path. Findings, in this order:
 * <ul>
 *   <li>{@code hostname-mismatch} (CWE-297), once, when a host name is given and the leaf does not cover it
 *       by {@link HostnameMatcher}'s browser rules;</li>
 *   <li>per certificate, leaf first: {@code weak-key} (CWE-326) for RSA under 2048 bits, EC under P-256, any
 *       DSA; then one {@code malformed-certificate} per {@link ParseProblem} recorded by the parser or found by
 *       {@link StructureChecks}.</li>
 * </ul>
 * Each finding names its certificate by SHA-256 and uses the registry's default severity. Self-signed leaves,
 * expiry and trust are {@code trust}'s job. Pure and thread-safe.
 */
public final class CertificateLint {
    /** SANs shown in a hostname-mismatch message before "and N more" (a leaf can carry 10,000). */
    static final int SANS_SHOWN = 5;

    private CertificateLint() {
    }

    /** All findings for {@code input}; empty when the path is clean. */
    public static List<Finding> lint(LintInput input) {
        List<Finding> out = new ArrayList<>();
        input.hostname().ifPresent(host -> {
            if (!HostnameMatcher.matches(input.leaf(), host)) {
                out.add(Finding.of(FindingId.HOSTNAME_MISMATCH, Optional.of(input.leaf().sha256()),
                        "The leaf certificate " + describe(input.leaf()) + " does not cover the host name '" + host
                                + "': " + sanSummary(input.leaf()) + "."));
            }
        });
        for (Certificate cert : certificates(input)) {
            KeyStrength.weakness(cert.publicKey()).ifPresent(why -> out.add(Finding.of(FindingId.WEAK_KEY,
                    Optional.of(cert.sha256()), "Certificate " + describe(cert) + " has a weak key: " + why + ".")));
            Set<ParseProblem> problems = new LinkedHashSet<>(cert.problems());
            problems.addAll(StructureChecks.check(cert));
            for (ParseProblem p : problems) {
                out.add(Finding.of(FindingId.MALFORMED_CERTIFICATE, Optional.of(cert.sha256()),
                        "Certificate " + describe(cert) + " is malformed at " + p.field() + ": " + p.detail()
                                + " (" + p.specRef() + ")."));
            }
        }
        return List.copyOf(out);
    }

    /** The leaf, then the path's certificates, each once (by fingerprint). */
    private static List<Certificate> certificates(LintInput input) {
        Map<String, Certificate> bySha = new LinkedHashMap<>();
        bySha.put(input.leaf().sha256(), input.leaf());
        for (Certificate c : input.path()) {
            bySha.putIfAbsent(c.sha256(), c);
        }
        return List.copyOf(bySha.values());
    }

    static String describe(Certificate cert) {
        String subject = cert.subject().rfc4514();
        return subject.isEmpty()
                ? "with an empty subject (SHA-256 " + cert.sha256().substring(0, 16) + "…)"
                : "'" + subject + "'";
    }

    private static String sanSummary(Certificate leaf) {
        List<String> names = leaf.subjectAltNames().stream()
                .filter(n -> n.kind() == GeneralName.Kind.DNS || n.kind() == GeneralName.Kind.IP)
                .map(GeneralName::value)
                .toList();
        if (names.isEmpty()) {
            return "it has no DNS or IP subjectAltName, and browsers ignore the subject common name";
        }
        String shown = names.stream().limit(SANS_SHOWN).collect(Collectors.joining(", "));
        int more = names.size() - SANS_SHOWN;
        return "its subjectAltNames are " + shown + (more > 0 ? " and " + more + " more" : "");
    }
}
