package io.rootwatch.ct;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.model.Finding;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.Severity;
import io.rootwatch.refdata.ctlogs.Log;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.OcspScts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the leaf's SCTs from the three channels, decodes and verifies each one, and records problems
 * as findings. Logs are looked up in every given list (any list that knows a log has its key).
 */
final class SctCollector {
    static final String PRECERT_SIGNING_EKU = "1.3.6.1.4.1.11129.2.4.4";
    static final String PRECERT_POISON = "1.3.6.1.4.1.11129.2.4.3";
    /** {@link io.rootwatch.model.ParseProblem#field()} of an embedded SCT extension that did not parse. */
    static final String SCT_LIST_FIELD = "tbsCertificate.extensions.signedCertificateTimestampList";

    private final CtInput input;
    private final CtLogLists lists;
    private final String leafSha;
    final List<SctObservation> observations = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    SctCollector(CtInput input, CtLogLists lists) {
        this.input = input;
        this.lists = lists;
        this.leafSha = input.leaf().sha256();
    }

    void collect() {
        Certificate leaf = input.leaf();
        if (leaf.precertificatePoison()) {
            // A precertificate is what a CA sends to logs, never what a server should serve: say what it is
            // instead of judging it silently as a final certificate.
            findings.add(new Finding(FindingId.SCT_PROBLEM, Severity.INFO, Optional.of(leafSha), "The leaf is a precertificate"
                    + " (it carries the critical CT poison extension " + PRECERT_POISON + ", RFC 6962 §3.1): TLS clients"
                    + " reject it, and the SCTs a log issues for it belong in the final certificate; it is judged here as"
                    + " if it were the final certificate."));
        }
        // The parser leaves the list empty when the extension is present but not an OCTET STRING around the
        // TLS-encoded list; without this the leaf would look as if it had no SCT extension at all.
        leaf.problems().stream().filter(p -> p.field().equals(SCT_LIST_FIELD)).forEach(p -> problem(
                "The leaf's embedded SCT list cannot be read, so none of its SCTs count: " + p.detail() + " (" + p.specRef() + ")."));
        leaf.embeddedSctList().ifPresent(list -> channel(SctChannel.EMBEDDED, list, "embedded SCT list"));
        input.deliveryProblems().forEach(this::problem);
        int n = 0;
        for (Der list : input.tlsSctLists()) {
            channel(SctChannel.TLS, list, "TLS-extension SCT list" + (input.tlsSctLists().size() > 1 ? " " + ++n : ""));
        }
        input.stapledOcsp().ifPresent(ocsp -> {
            OcspScts.Result r = OcspScts.extract(ocsp);
            r.problem().ifPresent(p -> problem("Stapled OCSP response of the leaf: " + p + "."));
            for (OcspScts.Entry e : r.entries()) {
                // A stapled response may cover several certificates; only the leaf's single response counts.
                if (e.serialHex().equals(leaf.serialHex())) {
                    channel(SctChannel.OCSP, e.sctList(), "OCSP-stapled SCT list");
                }
            }
        });
    }

    private void channel(SctChannel channel, Der list, String what) {
        DecodedScts decoded = SctListDecoder.decodeList(list.bytes());
        for (String p : decoded.problems()) {
            problem("The leaf's " + what + " is malformed: " + p + ".");
        }
        for (SignedCertificateTimestamp sct : decoded.scts()) {
            Optional<Log> log = lists.given().flatMap(l -> l.byId(sct.logIdBase64()).stream()).findFirst();
            SctSignatureStatus status = log.map(l -> verify(channel, sct, l)).orElse(SctSignatureStatus.UNKNOWN_LOG);
            SctObservation obs = new SctObservation(channel, sct.logIdBase64(), log.map(Log::description),
                    log.map(l -> l.operatorAt(sct.timestamp())), sct.timestamp(), status);
            observations.add(obs);
            log.ifPresent(l -> outsideShard(channel, obs, l));
            if (status == SctSignatureStatus.INVALID) {
                findings.add(Finding.of(FindingId.SCT_INVALID, Optional.of(leafSha), "The " + channel.wireName()
                        + " SCT from " + obs.logLabel() + " dated " + obs.timestamp() + " does not verify for the leaf."));
            }
        }
    }

    /**
     * A sharded log takes only certificates expiring inside its temporal interval, so an SCT from a shard that
     * should have refused this leaf points at a log misbehaving or a list mapping the id wrongly: worth a
     * look. The browsers' policies say nothing about shards, so the SCT still counts as far as they go.
     */
    private void outsideShard(SctChannel channel, SctObservation obs, Log log) {
        log.temporalInterval().filter(t -> !t.contains(input.leaf().notAfter())).ifPresent(t -> problem("The "
                + channel.wireName() + " SCT from " + obs.logLabel() + " is from a shard for certificates expiring in ["
                + t.startInclusive() + ", " + t.endExclusive() + "), but the leaf expires on " + input.leaf().notAfter() + "."));
    }

    private SctSignatureStatus verify(SctChannel channel, SignedCertificateTimestamp sct, Log log) {
        if (channel != SctChannel.EMBEDDED) {
            return SctVerifier.verify(sct, new SignedEntry.X509Entry(input.leaf().der()), log.key());
        }
        Optional<Certificate> issuer = input.issuer();
        if (issuer.isEmpty()) {
            return SctSignatureStatus.NO_ISSUER;
        }
        Certificate ca = issuer.get();
        if (ca.extendedKeyUsageOids().contains(PRECERT_SIGNING_EKU)) {
            problemOnce("The issuer given for the leaf is a precertificate signing certificate (" + ca.subject().rfc4514()
                    + "); embedded SCTs hash the key of the CA that issued the final certificate, which is missing.");
            return SctSignatureStatus.NO_ISSUER;
        }
        if (!input.leaf().issuer().matches(ca.subject())) {
            problemOnce("The issuer given for the leaf (" + ca.subject().rfc4514() + ") is not the leaf's issuer ("
                    + input.leaf().issuer().rfc4514() + "), so embedded SCTs cannot be checked.");
            return SctSignatureStatus.NO_ISSUER;
        }
        try {
            return SctVerifier.verify(sct, SignedEntry.precert(input.leaf(), ca), log.key());
        } catch (CertificateParseException e) {
            problemOnce("The leaf's TBSCertificate could not be rebuilt without its SCT extension: " + e.getMessage() + ".");
            return SctSignatureStatus.INVALID;
        }
    }

    private void problemOnce(String message) {
        if (findings.stream().noneMatch(f -> f.message().equals(message))) {
            problem(message);
        }
    }

    private void problem(String message) {
        findings.add(Finding.of(FindingId.SCT_PROBLEM, Optional.of(leafSha), message));
    }
}
