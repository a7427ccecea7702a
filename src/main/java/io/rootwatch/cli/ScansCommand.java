package io.rootwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rootwatch.store.Database;
import io.rootwatch.store.ScanSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the recorded runs, so that an interrupted scan's id can be found for {@code scan --resume}. */
@Command(name = "scans", mixinStandardHelpOptions = true,
        description = "List the recorded runs (scan, inspect, ct), newest first: the id to give scan --resume, "
                + "when it started and finished, how many targets it captured and judged.")
final class ScansCommand implements Callable<Integer> {
    private static final String[] HEADERS = {"SCAN ID", "COMMAND", "STARTED", "FINISHED", "EVALUATED AT", "CAPTURED", "JUDGED"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    RootwatchCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--unfinished", description = "Only runs never marked finished (interrupted, or still running).")
    boolean unfinished;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Override
    public Integer call() throws Exception {
        List<ScanSummary> scans;
        try (Database database = Database.openReadOnly(db.existing(parent.env))) {
            scans = database.scans().stream().filter(s -> !unfinished || s.finishedAt().isEmpty()).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> table(scans, out);
            case "json" -> json(scans, out);
            default -> throw new UsageException("--format " + format + ": scans prints table or json");
        }
        out.flush();
        return 0;
    }

    private static void table(List<ScanSummary> scans, PrintWriter out) {
        List<String[]> rows = scans.stream().map(s -> new String[] {s.id(), s.command(), s.startedAt().toString(),
            s.finishedAt().map(Object::toString).orElse("unfinished"), s.evaluatedAt().toString(),
            String.valueOf(s.captures()), String.valueOf(s.judged())}).toList();
        AlignedColumns.print(HEADERS, rows, out);
        out.println(scans.size() + " run(s)");
    }

    private static void json(List<ScanSummary> scans, PrintWriter out) throws Exception {
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode list = doc.putArray("scans");
        for (ScanSummary s : scans) {
            ObjectNode o = list.addObject();
            o.put("id", s.id());
            o.put("command", s.command());
            o.put("startedAt", s.startedAt().toString());
            o.put("finishedAt", s.finishedAt().map(Object::toString).orElse(null));
            o.put("evaluatedAt", s.evaluatedAt().toString());
            o.put("captures", s.captures());
            o.put("judged", s.judged());
        }
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    }
}
