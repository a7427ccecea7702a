package io.rootwatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.ScanReport;
import io.rootwatch.model.Snapshot;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report of shared/contract/report-v1.md ("rootwatch.report/v1"). Field names are the contract:
 * add fields freely, never rename or drop one. Built as a tree so the names sit in one place.
 */
public final class JsonRenderer implements Renderer {
    public static final String SCHEMA = "rootwatch.report/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        MAPPER.writeValue(new NonClosingWriter(out), toTree(report));
        out.write(System.lineSeparator());
    }

    public static ObjectNode toTree(ScanReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("evaluatedAt", Wire.time(report.evaluatedAt()));
        root.put("scanId", report.scanId());
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ArrayNode refdata = root.putArray("refdata");
        for (Snapshot s : report.refdata()) {
            ObjectNode n = refdata.addObject();
            n.put("kind", s.kind());
            n.put("source", s.source());
            n.put("retrievedAt", s.retrievedAt().map(Wire::time).orElse(null));
            n.put("sha256", s.sha256());
        }
        ArrayNode results = root.putArray("results");
        for (Assessment a : report.results()) {
            results.add(ResultJson.of(a, MAPPER));
        }
        return root;
    }

    /** One result object as the report writes it; the store keeps it verbatim for later queries. */
    public static String resultJson(Assessment a) {
        return ResultJson.of(a, MAPPER).toString();
    }

    /** Jackson closes the writer it is given; the caller owns ours (it may be stdout). */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
