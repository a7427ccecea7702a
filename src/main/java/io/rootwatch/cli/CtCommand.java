package io.rootwatch.cli;

import io.rootwatch.assess.Assessment;
import io.rootwatch.capture.CaptureOptions;
import io.rootwatch.capture.TargetParser;
import io.rootwatch.capture.TlsCapturer;
import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.Der;
import io.rootwatch.model.Endpoint;
import io.rootwatch.model.ExitCode;
import io.rootwatch.model.Severity;
import io.rootwatch.report.CtExplanation;
import io.rootwatch.report.TerminalText;
import io.rootwatch.store.Database;
import io.rootwatch.store.ScanRecorder;
import io.rootwatch.store.StoreException;
import io.rootwatch.x509.CertificateFileReader;
import io.rootwatch.x509.KeystorePassword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rootwatch ct}: one certificate's SCTs and CT verdicts in detail. The certificate comes from a file
 * (first certificate = leaf, second = its issuer) or from a TLS handshake; it is judged exactly as scan and
 * inspect judge it (same Assessor), and recorded in the database as they record theirs (a scan named "ct"
 * with the capture, its raw DER, the snapshots used and the result), so a check leaves evidence. Exit 1 when
 * a CT finding is high or above (a policy not met by a program that enforces CT for the chain), 2 for bad
 * input.
 */
@Command(name = "ct", mixinStandardHelpOptions = true,
        description = {"Explain one certificate's Certificate Transparency: its SCTs and each browser's CT verdict.",
            "Every SCT (embedded, TLS extension, stapled OCSP) with its log, operator, log state and signature,",
            "and each program's verdict with the rule version."})
final class CtCommand implements Callable<Integer> {
    @ParentCommand
    RootwatchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|TARGET",
            description = "A certificate file (PEM/DER/PKCS#7; first = leaf, second = issuer) or an endpoint host[:port].")
    String input;

    @Option(names = "--issuer", paramLabel = "FILE",
            description = "The certificate of the CA that issued the leaf, which embedded SCTs need (default: the file's second certificate).")
    Optional<Path> issuer = Optional.empty();

    @Option(names = "--ct-logs", paramLabel = "FILE", split = ",",
            description = "CT log list files (Google v3, Apple, or Mozilla known-logs JSON); default: fetch Chrome's and Apple's.")
    List<Path> ctLogs = new ArrayList<>();

    @Option(names = "--ccadb", paramLabel = "PATH", split = ",",
            description = "Offline CCADB data, to tell whether a program enforces CT for the chain's root.")
    List<Path> ccadb = new ArrayList<>();

    @Option(names = "--offline", description = "Never fetch reference data.")
    boolean offline;

    @Option(names = "--sni", paramLabel = "NAME", description = "Server name to send to a TARGET (default: its host name).")
    Optional<String> sni = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CtExplanation.Format format = CtExplanation.Format.TABLE;

    @Mixin
    AtOption at;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        Environment env = parent.env;
        Instant when = at.resolve(env.clock());
        List<Der> extra = issuer.isPresent() ? read(issuer.get()).subList(0, 1) : List.of();
        boolean file = isFile();
        if (!file && looksLikePath(input)) {
            // Resolving "mycert.pem" as a host name would send a file name to the DNS server.
            throw new UsageException(input + ": no such file");
        }
        Capture received = file ? fromFile(env) : fromTarget(env);
        DataOptions data = new DataOptions();
        data.ctLogs = ctLogs;
        data.ccadb = ccadb;
        data.offline = offline;
        LoadedReferenceData ref = LoadedReferenceData.load(data, env, when);
        Assessment a = recordAndAssess(env, ref, received, withIssuer(received, extra, file), when);
        if (a.ct().isEmpty() && received.error().isPresent() && !file) {
            // A target that could not be captured is a result, as in scan (capture-failed, exit 1), not bad usage.
            spec.commandLine().getErr().println("rootwatch: " + TerminalText.safe(input + ": could not capture a certificate: "
                    + received.error().get().message()));
            return ExitCode.FINDINGS.code();
        }
        if (a.ct().isEmpty()) {
            String why = received.error().map(e -> e.message())
                    .or(() -> a.chain().isEmpty() ? Optional.empty() : a.chain().get(0).parseError())
                    .orElse("no certificate");
            throw new UsageException(input + ": no leaf certificate to explain (" + why + ")");
        }
        CtExplanation.render(a, ref.logLists(), when, ref.warnings(), format, spec.commandLine().getOut());
        boolean failing = a.ct().get().findings().stream().anyMatch(f -> f.severity().atLeast(Severity.HIGH));
        return (failing ? ExitCode.FINDINGS : ExitCode.CLEAN).code();
    }

    private boolean isFile() {
        try {
            return Files.exists(Path.of(input));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** A '/' (and no scheme) or a certificate-file extension: the user meant a file, not a host. */
    static boolean looksLikePath(String argument) {
        String lower = argument.toLowerCase(java.util.Locale.ROOT);
        return (!lower.contains("://") && (lower.contains("/") || lower.contains(java.io.File.separator)))
                || CERTIFICATE_FILE_EXTENSION.matcher(lower).find();
    }

    private static final java.util.regex.Pattern CERTIFICATE_FILE_EXTENSION =
            java.util.regex.Pattern.compile("\\.(pem|crt|cer|der|p7b|p7c|p12|pfx|jks)$");

    /**
     * Stores the capture as received (the --issuer certificate was not sent or read, so it is not evidence of
     * what the target holds), then the result of judging it with that issuer, with the snapshots it used.
     */
    private Assessment recordAndAssess(Environment env, LoadedReferenceData ref, Capture received, Capture judged,
            Instant when) throws StoreException {
        try (Database database = Database.open(db.path(env))) {
            ref.saveSnapshots(database);
            ScanRecorder recorder = database.startScan(UUID.randomUUID().toString(), "ct", env.clock().instant(), when);
            String captureId = UUID.randomUUID().toString();
            recorder.recordCapture(captureId, received);
            Assessment a = ref.assessor().assess(judged, when);
            recorder.recordResult(captureId, CaptureProcessor.resultRow(a), a.findings());
            recorder.finish(env.clock().instant());
            return a;
        }
    }

    /**
     * An --issuer certificate goes right after a file's leaf, where the file's own issuer would be, and joins
     * the end of an endpoint's served pool the path is built from.
     */
    private static Capture withIssuer(Capture c, List<Der> extra, boolean file) {
        if (extra.isEmpty()) {
            return c;
        }
        List<Der> served = new ArrayList<>(c.served());
        if (file && !served.isEmpty()) {
            served.addAll(1, extra);
        } else {
            served.addAll(extra);
        }
        return new Capture(c.target(), c.address(), c.capturedAt(), c.status(), c.error(), c.tls(), served,
                c.tlsSctLists(), c.stapledOcsp(), c.deliveryProblems());
    }

    /** The file's first entry. */
    private Capture fromFile(Environment env) throws IOException {
        CertificateFileReader.FileEntry entry = CertificateFileReader.read(Path.of(input), KeystorePassword.none(), Map.of()).get(0);
        return new Capture(entry.source(), Optional.empty(), env.clock().instant(), CaptureStatus.OK, Optional.empty(), Optional.empty(),
                entry.certificates(), List.of(), Optional.empty());
    }

    /** Captures the endpoint exactly as it answered. */
    private Capture fromTarget(Environment env) {
        Endpoint endpoint;
        try {
            endpoint = TargetParser.parse(input, sni, Map.of());
        } catch (IllegalArgumentException e) {
            throw new UsageException(input + " is neither an existing file nor a target: " + e.getMessage());
        }
        return new TlsCapturer(env.resolver(), CaptureOptions.defaults(), env.clock()).capture(endpoint);
    }

    private static List<Der> read(Path file) throws IOException {
        return CertificateFileReader.read(file, KeystorePassword.none(), Map.of()).get(0).certificates();
    }
}
