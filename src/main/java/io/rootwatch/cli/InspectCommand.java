package io.rootwatch.cli;

import io.rootwatch.assess.Assessment;
import io.rootwatch.assess.ScanReport;
import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureStatus;
import io.rootwatch.model.ExitCode;
import io.rootwatch.model.FileSource;
import io.rootwatch.store.Database;
import io.rootwatch.x509.CertificateFileException;
import io.rootwatch.x509.CertificateFileReader;
import io.rootwatch.x509.CertificateFileReader.FileEntry;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Judge certificates in files: PEM (bundle: first = leaf), DER, PKCS#7, PKCS#12, JKS.",
            "Keystores give one result per entry; only certificates are read, never private keys."})
final class InspectCommand implements Callable<Integer> {
    @ParentCommand
    RootwatchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Certificate or keystore files.")
    List<Path> files = new ArrayList<>();

    @Mixin
    KeystorePasswordOptions password;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Mixin
    AtOption at;

    @Override
    public Integer call() throws Exception {
        Environment env = parent.env;
        data.outputGuard(env).inputs(files, "an input certificate file").input(password.file, "the --password-file")
                .check(output.output);
        Instant evaluatedAt = at.resolve(env.clock());
        LoadedReferenceData ref = LoadedReferenceData.load(data, env, evaluatedAt);
        String scanId = UUID.randomUUID().toString();
        boolean unreadable = false;
        List<Assessment> results = new ArrayList<>();
        try (Database db = Database.open(data.db.path(env))) {
            ref.saveSnapshots(db);
            var recorder = db.startScan(scanId, "inspect", env.clock().instant(), evaluatedAt);
            CaptureProcessor processor = new CaptureProcessor(ref.assessor(), recorder);
            for (Path file : files) {
                List<Capture> captures;
                try {
                    captures = new ArrayList<>();
                    for (FileEntry entry : CertificateFileReader.read(file, password.resolve(env), Map.of())) {
                        captures.add(FileCaptures.of(entry, env.clock().instant()));
                    }
                } catch (CertificateFileException e) {
                    unreadable = true;
                    captures = List.of(Capture.failed(new FileSource(file, Optional.empty(), Map.of()), Optional.empty(),
                            env.clock().instant(), new CaptureError(
                            e.unreadable() ? CaptureError.Kind.IO : CaptureError.Kind.PARSE, e.getMessage())));
                }
                for (Capture c : captures) {
                    // A leaf that does not parse is unreadable input too, however sound its container.
                    unreadable |= c.status() == CaptureStatus.ERROR;
                    results.add(processor.process(c, evaluatedAt));
                }
            }
            recorder.finish(env.clock().instant());
        }
        ScanReport report = new ScanReport(scanId, evaluatedAt, ref.warnings(), ref.snapshots(), results);
        int code = ReportOutput.write(report, output, spec.commandLine().getOut());
        return unreadable ? ExitCode.USAGE_OR_INPUT.code() : code;
    }
}
