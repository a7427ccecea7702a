package io.rootwatch.model;

import java.util.Optional;

/**
 * The registry of finding ids, their default severity and weakness class. The ids are part of the
 * report contract (shared/contract/report-v1.md): append new ones at the end, never rename or reuse.
 */
public enum FindingId {
    EXPIRED("expired", Severity.CRITICAL, "CWE-295"),
    NOT_YET_VALID("not-yet-valid", Severity.HIGH, "CWE-295"),
    EXPIRES_SOON("expires-soon", Severity.MEDIUM, null),
    HOSTNAME_MISMATCH("hostname-mismatch", Severity.HIGH, "CWE-297"),
    WEAK_KEY("weak-key", Severity.HIGH, "CWE-326"),
    WEAK_SIGNATURE("weak-signature", Severity.HIGH, "CWE-327"),
    SELF_SIGNED_LEAF("self-signed-leaf", Severity.HIGH, "CWE-295"),
    UNTRUSTED_ROOT("untrusted-root", Severity.CRITICAL, "CWE-295"),
    DISTRUSTED_ROOT("distrusted-root", Severity.CRITICAL, "CWE-295"),
    DISTRUST_PENDING("distrust-pending", Severity.MEDIUM, null),
    REMOVED_ROOT("removed-root", Severity.CRITICAL, "CWE-295"),
    CAPTURE_FAILED("capture-failed", Severity.HIGH, null),
    INCOMPLETE_CHAIN("incomplete-chain", Severity.MEDIUM, null),
    CHAIN_ORDER("chain-order", Severity.LOW, null),
    DUPLICATE_CERT("duplicate-cert", Severity.LOW, null),
    UNUSED_CERT("unused-cert", Severity.INFO, null),
    ROOT_SENT("root-sent", Severity.INFO, null),
    CT_NONCOMPLIANT("ct-noncompliant", Severity.HIGH, null),
    SCT_INVALID("sct-invalid", Severity.MEDIUM, null),
    STALE_AUDIT("stale-audit", Severity.MEDIUM, null),
    SCHEDULED_REMOVAL("scheduled-removal", Severity.MEDIUM, null),
    // Added beyond the contract's fixed list (allowed: "add fields freely").
    INVALID_PATH("invalid-path", Severity.HIGH, "CWE-295"),
    NO_WEBSITES_TRUST("no-websites-trust", Severity.CRITICAL, "CWE-295"),
    MALFORMED_CERTIFICATE("malformed-certificate", Severity.MEDIUM, "CWE-295"),
    SCT_PROBLEM("sct-problem", Severity.LOW, null),
    REVOKED("revoked", Severity.CRITICAL, "CWE-295");

    private final String wireId;
    private final Severity defaultSeverity;
    private final String cwe;

    FindingId(String wireId, Severity defaultSeverity, String cwe) {
        this.wireId = wireId;
        this.defaultSeverity = defaultSeverity;
        this.cwe = cwe;
    }

    public String wireId() {
        return wireId;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Optional<String> cwe() {
        return Optional.ofNullable(cwe);
    }

    public static Optional<FindingId> fromWire(String id) {
        for (FindingId f : values()) {
            if (f.wireId.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
