package io.rootwatch.cli;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.ScanReport;
import io.rootwatch.capture.CaptureOptions;
import io.rootwatch.capture.DuplicateEndpoints;
import io.rootwatch.capture.ScanRunner;
import io.rootwatch.capture.TargetParser;
import io.rootwatch.capture.TlsCapturer;
import io.rootwatch.model.Endpoint;
import io.rootwatch.report.TerminalText;
import io.rootwatch.store.Database;
import io.rootwatch.store.ScanRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Capture the certificate chain of each TLS endpoint, judge it as Firefox would, store it, report.",
            "TARGET: host, host:port, [v6]:port, ip:port, smtp://host[:port] (STARTTLS)."})
final class ScanCommand implements Callable<Integer> {
    @ParentCommand
    RootwatchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", arity = "0..*", description = "Endpoints to scan.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE",
            description = "File with one target per line; '#' comments; optional tags, e.g. 'host:443 criticality=public-https owner=web'.")
    Optional<Path> targetsFile = Optional.empty();

    @Option(names = "--sni", paramLabel = "NAME", description = "Server name to send (default: the target's host name).")
    Optional<String> sni = Optional.empty();

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Per-address connect deadline (default: 5).")
    Optional<Integer> connectTimeout = Optional.empty();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Total deadline per target (default: 20).")
    Optional<Integer> totalTimeout = Optional.empty();

    @Option(names = "--concurrency", paramLabel = "N", description = "Handshakes in flight at once (default: 64).")
    Optional<Integer> concurrency = Optional.empty();

    @Option(names = "--resume", paramLabel = "SCAN-ID",
            description = "Continue an interrupted scan: targets it already captured and judged are skipped.")
    Optional<String> resume = Optional.empty();

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Mixin
    AtOption at;

    @Override
    public Integer call() throws Exception {
        Environment env = parent.env;
        data.outputGuard(env).input(targetsFile, "the --targets file").check(output.output);
        var err = spec.commandLine().getErr();
        List<Endpoint> endpoints = withoutDuplicates(endpoints(), err);
        Instant evaluatedAt = at.resolve(env.clock());
        LoadedReferenceData ref = LoadedReferenceData.load(data, env, evaluatedAt);
        CaptureOptions options = captureOptions();
        String scanId = resume.orElseGet(() -> UUID.randomUUID().toString());
        List<String> warnings = new ArrayList<>(ref.warnings());
        try (Database db = Database.open(data.db.path(env))) {
            List<Endpoint> given = endpoints;
            Optional<ResumedScan> resumed = resume.isPresent()
                    ? Optional.of(ResumedScan.of(db, scanId, given)) : Optional.empty();
            if (resumed.isPresent()) {
                endpoints = resumed.get().remaining();
                warnings.addAll(resumed.get().warnings());
            }
            ref.saveSnapshots(db);
            ScanRecorder recorder = db.startScan(scanId, "scan", env.clock().instant(), evaluatedAt);
            List<Assessment> earlier = resumed.isPresent()
                    ? resumed.get().rejudge(db, ref.assessor(), recorder, evaluatedAt) : List.of();
            ScanPipeline pipeline = new ScanPipeline(
                    new ScanRunner(new TlsCapturer(env.resolver(), options, env.clock()), options),
                    new CaptureProcessor(ref.assessor(), recorder));
            Progress progress = Progress.to(err, endpoints.size());
            if (progress.visible()) {
                // Someone is watching a long scan: give them the id before they might need it.
                err.println("rootwatch: scan " + scanId + " (" + given.size() + " targets; resume an interrupted"
                        + " run with --resume " + scanId + ")");
                err.flush();
            }
            int alreadyDone = given.size() - endpoints.size();
            AtomicInteger done = new AtomicInteger();
            List<Assessment> results;
            try (InterruptNotice notice = InterruptNotice.register(err, scanId, given.size(),
                    () -> alreadyDone + done.get(), ownArguments())) {
                results = pipeline.run(endpoints, evaluatedAt, n -> {
                    done.set(n);
                    progress.update(n);
                });
            }
            progress.finish();
            recorder.finish(env.clock().instant());
            ScanReport report = new ScanReport(scanId, evaluatedAt, warnings, ref.snapshots(),
                    ResumedScan.merged(given, earlier, results));
            return ReportOutput.write(report, output, spec.commandLine().getOut());
        }
    }

    /** The arguments after "scan" (the parse result's originals start at the top command). */
    private List<String> ownArguments() {
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        int at = all.indexOf(spec.name());
        return at < 0 ? all : all.subList(at + 1, all.size());
    }

    /** Scanning one endpoint twice costs a handshake and doubles its row in the report; say what was dropped. */
    private static List<Endpoint> withoutDuplicates(List<Endpoint> endpoints, java.io.PrintWriter err) {
        DuplicateEndpoints.Result r = DuplicateEndpoints.remove(endpoints);
        for (DuplicateEndpoints.Skipped s : r.skipped()) {
            String same = s.duplicate().display().equals(s.kept().display()) ? "" : " (the same endpoint as "
                    + s.kept().display() + ")";
            err.println(TerminalText.safe("rootwatch: note: skipped duplicate target " + s.duplicate().display() + same
                    + "; it is scanned once, with the tags of its first listing"));
        }
        err.flush();
        return r.unique();
    }

    private List<Endpoint> endpoints() throws java.io.IOException {
        List<Endpoint> out = new ArrayList<>();
        for (String t : targets) {
            try {
                out.add(TargetParser.parse(t, sni, Map.of()));
            } catch (IllegalArgumentException e) {
                // TargetParser's messages already start with the target; name it once.
                throw new UsageException(e.getMessage().startsWith("target \"") ? e.getMessage()
                        : "target '" + t + "': " + e.getMessage());
            }
        }
        if (targetsFile.isPresent()) {
            List<Endpoint> listed = TargetParser.parseTargetsFile(targetsFile.get(), sni);
            if (listed.isEmpty() && out.isEmpty()) {
                throw new UsageException(targetsFile.get() + " holds no targets (only blank lines and comments)");
            }
            out.addAll(listed);
        }
        if (out.isEmpty()) {
            throw new UsageException("no targets: give host[:port] arguments or --targets FILE");
        }
        return out;
    }

    private CaptureOptions captureOptions() {
        CaptureOptions d = CaptureOptions.defaults();
        Duration connect = connectTimeout.map(s -> Duration.ofSeconds(positive("--connect-timeout", s))).orElse(d.connectTimeout());
        Duration total = totalTimeout.map(s -> Duration.ofSeconds(positive("--timeout", s))).orElse(d.totalTimeout());
        Duration handshake = total.compareTo(d.handshakeTimeout()) < 0 ? total : d.handshakeTimeout();
        int conc = concurrency.map(n -> positive("--concurrency", n)).orElse(d.maxConcurrency());
        return new CaptureOptions(connect, handshake, total, conc, d.maxPerHost());
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be at least 1, got " + value);
        }
        return value;
    }
}
