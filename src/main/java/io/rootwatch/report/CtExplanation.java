package io.rootwatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rootwatch.assess.Assessment;
import io.rootwatch.ct.CtAssessment;
import io.rootwatch.ct.CtLogLists;
import io.rootwatch.ct.PolicyVerdict;
import io.rootwatch.ct.SctObservation;
import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.refdata.ctlogs.Log;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.trust.PathCertificate;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code rootwatch ct} prints: one leaf's SCTs (channel, log, operator, the log's state in the list,
 * timestamp to the millisecond, signature status) and each program's CT verdict with its full reason and
 * rule version, as an aligned table or as JSON. Only renders; the judgement is the {@link Assessment}'s.
 * Stateless and thread-safe.
 */
public final class CtExplanation {
    /** Output format. */
    public enum Format { TABLE, JSON }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] SCT_HEADERS = {"CHANNEL", "TIMESTAMP", "SIGNATURE", "LOG", "OPERATOR", "LOG STATE", "LOG ID"};

    private CtExplanation() {
    }

    /**
     * @param a        an assessment whose {@code ct()} is present (the caller reports the other case)
     * @param lists    the log lists judged against, for each SCT's log state (chrome's first, then apple's, then mozilla's)
     * @param warnings reference-data warnings to print after the explanation
     * @throws IllegalArgumentException when {@code a} holds no CT assessment
     */
    public static void render(Assessment a, CtLogLists lists, Instant at, List<String> warnings, Format format, Writer out)
            throws IOException {
        CtAssessment ct = a.ct().orElseThrow(() -> new IllegalArgumentException("no CT assessment to explain"));
        Certificate leaf = a.chain().get(0).parsed().orElseThrow();
        Optional<Certificate> issuer = issuer(a);
        if (format == Format.JSON) {
            MAPPER.writeValue(new NonClosing(out), json(a, ct, leaf, issuer, lists, at, warnings));
            out.write(System.lineSeparator());
        } else {
            table(ct, leaf, issuer, lists, at, warnings, out);
        }
        out.flush();
    }

    /** The certificate whose key embedded SCTs were checked against: the second of the chosen path. */
    private static Optional<Certificate> issuer(Assessment a) {
        return a.path().map(j -> j.path().certificates()).filter(p -> p.size() > 1).map(p -> p.get(1)).map(PathCertificate::certificate);
    }

    private static ObjectNode json(Assessment a, CtAssessment ct, Certificate leaf, Optional<Certificate> issuer,
            CtLogLists lists, Instant at, List<String> warnings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("input", a.capture().target().display());
        root.put("evaluatedAt", Wire.time(at));
        ObjectNode l = root.putObject("leaf");
        l.put("subject", leaf.subject().rfc4514());
        l.put("sha256", leaf.sha256());
        l.put("serial", leaf.serialHex());
        l.put("notBefore", Wire.time(leaf.notBefore()));
        l.put("notAfter", Wire.time(leaf.notAfter()));
        if (issuer.isPresent()) {
            ObjectNode i = root.putObject("issuer");
            i.put("subject", issuer.get().subject().rfc4514());
            i.put("sha256", issuer.get().sha256());
        } else {
            root.putNull("issuer");
        }
        ArrayNode given = root.putArray("logLists");
        given(lists).forEach(list -> given.add(list.label()));
        ArrayNode scts = root.putArray("scts");
        for (SctObservation s : ct.scts()) {
            ObjectNode n = scts.addObject();
            n.put("channel", Wire.kebab(s.channel()));
            n.put("logId", s.logIdBase64());
            n.put("logName", s.logName().orElse(null));
            n.put("operator", s.operator().orElse(null));
            n.put("logState", logState(s, lists, at));
            n.put("timestamp", Wire.timeMillis(s.timestamp()));
            n.put("timestampMillis", s.timestamp().toEpochMilli());
            n.put("signature", Wire.kebab(s.signature()));
        }
        ObjectNode policies = root.putObject("policies");
        for (Program p : Program.values()) {
            PolicyVerdict v = ct.policies().get(p);
            ObjectNode n = policies.putObject(p.wireName());
            n.put("program", v.program());
            n.put("ruleVersion", v.ruleVersion());
            if (v.compliant().isPresent()) {
                n.put("compliant", v.compliant().get());
            } else {
                n.putNull("compliant");
            }
            n.put("enforced", v.enforced());
            n.put("reason", v.reason());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : ct.findings()) {
            ObjectNode n = findings.addObject();
            n.put("id", f.id().wireId());
            n.put("severity", f.severity().wireName());
            n.put("message", f.message());
        }
        ArrayNode w = root.putArray("warnings");
        warnings.forEach(w::add);
        return root;
    }

    private static void table(CtAssessment ct, Certificate leaf, Optional<Certificate> issuer, CtLogLists lists,
            Instant at, List<String> warnings, Writer out) throws IOException {
        out.write("Certificate   " + TerminalText.safe(leaf.subject().rfc4514()) + "  (serial " + leaf.serialHex() + ", "
                + Wire.time(leaf.notBefore()) + " .. " + Wire.time(leaf.notAfter()) + ")\n");
        out.write("SHA-256       " + leaf.sha256() + "\n");
        out.write("Issuer        " + issuer.map(i -> TerminalText.safe(i.subject().rfc4514())).orElse("none (embedded SCTs cannot be checked)") + "\n");
        List<String> labels = given(lists).map(LogList::label).map(TerminalText::safe).toList();
        out.write("Log lists     " + (labels.isEmpty() ? "none given" : String.join("; ", labels)) + "\n");
        out.write("Evaluated at  " + Wire.time(at) + "\n\n");
        out.write("SCTs: " + ct.scts().size() + "\n");
        if (!ct.scts().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(SCT_HEADERS);
            for (SctObservation s : ct.scts()) {
                rows.add(new String[] {Wire.kebab(s.channel()), Wire.timeMillis(s.timestamp()), Wire.kebab(s.signature()),
                    s.logName().orElse("(unknown log)"), s.operator().orElse("-"), logState(s, lists, at), s.logIdBase64()});
            }
            aligned(rows, out);
        }
        out.write("\nPolicies\n");
        for (Program p : Program.values()) {
            PolicyVerdict v = ct.policies().get(p);
            String verdict = v.compliant().map(c -> c ? "compliant" : "NOT compliant").orElse("cannot be judged");
            out.write(String.format("  %-8s %s, rule %s: %s, %s%n", p.wireName(), v.program(), v.ruleVersion(), verdict,
                    v.enforced() ? "enforced" : "not enforced"));
            out.write("           " + TerminalText.safe(v.reason()) + "\n");
        }
        if (!ct.findings().isEmpty()) {
            out.write("\nFindings\n");
            for (Finding f : ct.findings()) {
                out.write(String.format("  %-7s %s: %s%n", f.severity().wireName(), f.id().wireId(), TerminalText.safe(f.message())));
            }
        }
        for (String w : warnings) {
            out.write("\nwarning: " + TerminalText.safe(w) + "\n");
        }
    }

    /** "usable since T", "rejected since T (after the evaluation time)", "no state in the list", or "not in the given lists". */
    static String logState(SctObservation s, CtLogLists lists, Instant at) {
        Optional<Log> log = given(lists).flatMap(l -> l.byId(s.logIdBase64()).stream()).findFirst();
        if (log.isEmpty()) {
            return "not in the given lists";
        }
        var state = log.get().state();
        if (state.since().isEmpty()) {
            return "no state in the list";
        }
        Instant since = state.since().get();
        return state.name() + " since " + Wire.time(since) + (since.isAfter(at) ? " (after the evaluation time)" : "");
    }

    private static Stream<LogList> given(CtLogLists lists) {
        return Stream.of(lists.chrome(), lists.apple(), lists.mozilla()).flatMap(Optional::stream);
    }

    private static void aligned(List<String[]> unsafeRows, Writer out) throws IOException {
        // Log names and operators come from a log list, which may be any file the user was handed.
        List<String[]> rows = unsafeRows.stream()
                .map(r -> Stream.of(r).map(TerminalText::safe).toArray(String[]::new)).toList();
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                sb.append(r[i]).append(" ".repeat(w[i] - r[i].length() + 2));
            }
            out.write(sb.toString().stripTrailing() + "\n");
        }
    }

    /** Jackson closes the writer it is given; the caller owns ours (it may be stdout). */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
