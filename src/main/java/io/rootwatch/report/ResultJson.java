package io.rootwatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.ServedCertificate;
import io.rootwatch.ct.CtAssessment;
import io.rootwatch.ct.PolicyVerdict;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.ct.SctObservation;
import io.rootwatch.model.Capture;
import io.rootwatch.model.Certificate;
import io.rootwatch.model.Finding;
import io.rootwatch.model.GeneralName;
import io.rootwatch.trust.PathCertificate;
import io.rootwatch.trust.PathJudgement;
import java.util.Map;

/** One entry of the report's {@code results} array. */
final class ResultJson {
    private ResultJson() {
    }

    static ObjectNode of(Assessment a, ObjectMapper mapper) {
        Capture c = a.capture();
        ObjectNode n = mapper.createObjectNode();
        n.put("target", c.target().display());
        n.put("address", c.address().orElse(null));
        n.put("capturedAt", Wire.time(c.capturedAt()));
        ObjectNode tags = n.putObject("tags");
        c.target().tags().forEach(tags::put);
        n.put("status", c.status().wireName());
        if (c.error().isPresent()) {
            ObjectNode e = n.putObject("error");
            e.put("kind", c.error().get().kind().wireName());
            e.put("message", c.error().get().message());
        } else {
            n.putNull("error");
        }
        if (c.tls().isPresent()) {
            ObjectNode t = n.putObject("tls");
            t.put("version", c.tls().get().version());
            t.put("cipher", c.tls().get().cipher());
            t.put("sni", c.tls().get().sni().orElse(null));
        } else {
            n.putNull("tls");
        }
        ArrayNode chain = n.putArray("chain");
        for (ServedCertificate sc : a.chain()) {
            chain.add(certificate(sc, mapper));
        }
        writePath(n, a);
        writeCt(n, a);
        ArrayNode findings = n.putArray("findings");
        for (Finding f : a.findings()) {
            ObjectNode fn = findings.addObject();
            fn.put("id", f.id().wireId());
            fn.put("severity", f.severity().wireName());
            fn.put("cwe", f.cwe().orElse(null));
            fn.put("certificate", f.certificate().orElse(null));
            fn.put("message", f.message());
        }
        return n;
    }

    private static ObjectNode certificate(ServedCertificate sc, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        n.put("sha256", sc.sha256());
        if (sc.parsed().isEmpty()) {
            n.put("parseError", sc.parseError().orElse("does not parse"));
            return n;
        }
        Certificate c = sc.parsed().get();
        n.put("subject", c.subject().rfc4514());
        n.put("issuer", c.issuer().rfc4514());
        n.put("serial", c.serialHex());
        n.put("notBefore", Wire.time(c.notBefore()));
        n.put("notAfter", Wire.time(c.notAfter()));
        n.put("keyAlgorithm", c.publicKey().algorithm());
        n.put("keySize", c.publicKey().bits());
        c.publicKey().curve().ifPresent(curve -> n.put("curve", curve));
        n.put("signatureAlgorithm", c.signatureAlgorithm().name());
        ArrayNode san = n.putArray("san");
        for (GeneralName g : c.subjectAltNames()) {
            if (g.kind() == GeneralName.Kind.DNS || g.kind() == GeneralName.Kind.IP) {
                san.add(g.value());
            }
        }
        return n;
    }

    private static void writePath(ObjectNode n, Assessment a) {
        if (a.path().isEmpty()) {
            n.putNull("path");
            n.putArray("pathCertificates");
            n.putNull("root");
            n.putNull("mozilla");
            return;
        }
        PathJudgement j = a.path().get();
        ArrayNode path = n.putArray("path");
        ArrayNode pathCerts = n.putArray("pathCertificates");
        for (PathCertificate pc : j.path().certificates()) {
            path.add(pc.certificate().sha256());
            ObjectNode p = pathCerts.addObject();
            p.put("sha256", pc.certificate().sha256());
            p.put("subject", pc.certificate().subject().rfc4514());
            p.put("source", Wire.kebab(pc.source()));
        }
        if (j.path().root().isPresent()) {
            var r = j.path().root().get();
            ObjectNode root = n.putObject("root");
            root.put("sha256", r.certificate().sha256());
            root.put("name", r.name());
            root.put("caOwner", r.caOwner().orElse(null));
        } else {
            n.putNull("root");
        }
        ObjectNode m = n.putObject("mozilla");
        m.put("verdict", j.verdict().wireName());
        m.put("distrustAfter", j.distrustAfter().map(Object::toString).orElse(null));
        m.put("reason", j.reason());
        ArrayNode reasons = m.putArray("reasons");
        j.reasons().forEach(reasons::add);
    }

    private static void writeCt(ObjectNode n, Assessment a) {
        ObjectNode ct = n.putObject("ct");
        ArrayNode scts = ct.putArray("scts");
        ObjectNode policies = ct.putObject("policies");
        if (a.ct().isEmpty()) {
            return;
        }
        CtAssessment cta = a.ct().get();
        for (SctObservation s : cta.scts()) {
            ObjectNode sn = scts.addObject();
            sn.put("channel", Wire.kebab(s.channel()));
            sn.put("logId", s.logIdBase64());
            sn.put("logName", s.logName().orElse(null));
            sn.put("operator", s.operator().orElse(null));
            sn.put("timestamp", Wire.timeMillis(s.timestamp()));
            sn.put("signature", Wire.kebab(s.signature()));
        }
        for (Map.Entry<Program, PolicyVerdict> e : cta.policies().entrySet()) {
            ObjectNode p = policies.putObject(Wire.kebab(e.getKey()));
            PolicyVerdict v = e.getValue();
            if (v.compliant().isPresent()) {
                p.put("compliant", v.compliant().get());
            } else {
                p.putNull("compliant");
            }
            p.put("enforced", v.enforced());
            p.put("reason", v.reason());
            p.put("ruleVersion", v.ruleVersion());
        }
    }
}
