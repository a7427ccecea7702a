package io.rootwatch.refdata;

import io.rootwatch.files.InputFile;
import io.rootwatch.files.InputFileException;
import io.rootwatch.model.Certificate;
import io.rootwatch.model.Snapshot;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.Pem;
import io.rootwatch.x509.ShortNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads reference data from local files: the entry point behind {@code --ccadb PATH...}.
 *
 * <p>Each file is recognised by its header row (certdata.txt by its content), never by its name. At most one
 * file per report kind, except {@link ReportKind#CCADB_CA_PEMS}, whose files add up. Files of kinds rootwatch
 * does not use (the Microsoft report, the Websites-only PEM report, upcoming inclusions) and non-text files are
 * skipped with a warning naming them. The CA-certificate pool comes from the public-intermediates report when
 * given (what Firefox preloads), else from the all-CA PEM reports (a superset), and always includes the store
 * roots. See {@link RootStoreAssembler} for how CCADB and certdata.txt are merged.
 *
 * <p>Stateless and thread-safe. Never prints; everything the user should know is in
 * {@link ReferenceData#warnings()}.
 */
public final class RefDataLoader {
    /** Largest single input file accepted; the biggest CCADB report (all records, V5) is about 9 MB. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private RefDataLoader() {
    }

    /**
     * One file to load and how its snapshot names it.
     *
     * @param file        the local file
     * @param source      the snapshot's source: the path, or the URL it was downloaded from
     * @param retrievedAt when it was downloaded; empty for a file given offline
     */
    public record Input(Path file, String source, Optional<Instant> retrievedAt) {
        public static Input offline(Path file) {
            return new Input(file, file.toString(), Optional.empty());
        }
    }

    /**
     * Loads files and directories in any mix (directories are walked to depth 4, following symbolic links;
     * hidden files skipped).
     *
     * @throws RefDataException when a path does not exist, a recognised file is broken (message names file
     *                          and line), two files share a single kind (message names both), or none of the
     *                          inputs is a report rootwatch uses
     */
    public static ReferenceData load(List<Path> paths) throws RefDataException {
        InputFiles.Expanded expanded = InputFiles.expand(paths);
        ReferenceData loaded = loadInputs(expanded.inputs());
        List<String> warnings = new ArrayList<>(expanded.warnings());
        warnings.addAll(loaded.warnings());
        return loaded.withWarnings(warnings);
    }

    /** Loads individual files with their snapshot source and retrieval time (used after downloading). */
    public static ReferenceData loadInputs(List<Input> inputs) throws RefDataException {
        return loadInputs(inputs, true);
    }

    /**
     * Loads the files of {@code inputs} that are CCADB reports, certdata.txt or OneCRL records, for a caller that
     * has other inputs of its own (CT log lists): when none of them is such a file, the result holds no
     * snapshot and only the warnings that skipped them, instead of an error.
     */
    public static ReferenceData loadReportsAmong(List<Input> inputs) throws RefDataException {
        return loadInputs(inputs, false);
    }

    private static ReferenceData loadInputs(List<Input> inputs, boolean noneIsAnError) throws RefDataException {
        List<String> warnings = new ArrayList<>();
        Map<ReportKind, List<Recognised>> byKind = new EnumMap<>(ReportKind.class);
        List<Recognised> order = new ArrayList<>();
        for (Input in : inputs) {
            Optional<Recognised> r = recognise(in, warnings);
            r.ifPresent(rec -> {
                byKind.computeIfAbsent(rec.kind(), k -> new ArrayList<>()).add(rec);
                order.add(rec);
            });
        }
        for (Map.Entry<ReportKind, List<Recognised>> e : byKind.entrySet()) {
            if (!e.getKey().additive() && e.getValue().size() > 1) {
                throw new RefDataException("two files of kind " + e.getKey().id() + ": "
                        + e.getValue().get(0).input().file() + " and " + e.getValue().get(1).input().file()
                        + "; give at most one file of this kind");
            }
        }
        if (order.isEmpty() && !noneIsAnError) {
            return new ReferenceData(RootStore.empty(), CaCertificatePool.empty(), List.of(), warnings);
        }
        if (order.isEmpty()) {
            throw new RefDataException("none of the given reference-data inputs is a report rootwatch uses"
                    + (inputs.isEmpty() ? " (no files)" : ": " + inputs.stream().map(i -> i.file().toString()).toList()));
        }
        ReportSet set = ReportSet.parse(byKind, warnings::add);
        if (set.usesIntermediates() && byKind.containsKey(ReportKind.CCADB_CA_PEMS)) {
            warnings.add("both the public-intermediates report and " + byKind.get(ReportKind.CCADB_CA_PEMS).size()
                    + " all-CA-PEM file(s) were given; the intermediates report is used (it is what Firefox "
                    + "preloads) and the all-CA-PEM files are ignored");
            order.removeIf(r -> r.kind() == ReportKind.CCADB_CA_PEMS);
        }
        if (!byKind.containsKey(ReportKind.CCADB_INCLUDED_ROOTS) && !byKind.containsKey(ReportKind.NSS_CERTDATA)) {
            warnings.add("no included-roots report and no certdata.txt among the reference data: no root is "
                    + "trusted, so every chain will be reported untrusted");
        }
        List<Snapshot> snapshots = order.stream().map(r -> new Snapshot(r.kind().id(), r.input().source(),
                r.input().retrievedAt(), r.sha256())).toList();
        return new ReferenceData(set.rootStore(), set.pool(), set.oneCrl(), snapshots, warnings);
    }

    /**
     * Falls back to an operating-system PEM bundle (e.g. /etc/ssl/certs/ca-certificates.crt): every certificate
     * becomes an INCLUDED root with Websites trust and no owner, named by its short name (CN, else OU, else O, else the DN)
     * as CCADB names roots, and the result carries the warning
     * "CCADB data unavailable: distrust and removal checks are off (using the operating system's bundle PATH)".
     *
     * @throws RefDataException when the file cannot be read or holds no certificate
     */
    public static ReferenceData osBundle(Path bundle) throws RefDataException {
        byte[] bytes = read(bundle);
        String text = Texts.decode(bytes).orElseThrow(() -> new RefDataException(bundle + ": not a PEM text file"));
        List<String> warnings = new ArrayList<>();
        warnings.add("CCADB data unavailable: distrust and removal checks are off (using the operating system's bundle "
                + bundle + ")");
        List<StoreRoot> roots = new ArrayList<>();
        List<byte[]> ders;
        try {
            ders = Pem.certificates(text);
        } catch (IllegalArgumentException e) {
            throw new RefDataException(bundle + ": " + e.getMessage(), e);
        }
        int n = 0;
        for (byte[] der : ders) {
            n++;
            try {
                Certificate c = CertificateParser.parse(der);
                roots.add(new StoreRoot(c, ShortNames.of(c.subject()), Optional.empty(), RootStatus.INCLUDED,
                        Set.of(TrustBit.WEBSITES), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            } catch (CertificateParseException e) {
                warnings.add(bundle + ": certificate " + n + " skipped: " + e.getMessage());
            }
        }
        if (roots.isEmpty()) {
            throw new RefDataException(bundle + ": no certificate found in the bundle");
        }
        RootStore store = new RootStore(roots);
        return new ReferenceData(store, new CaCertificatePool(roots.stream().map(StoreRoot::certificate).toList()),
                List.of(new Snapshot(ReportKind.OS_BUNDLE.id(), bundle.toString(), Optional.empty(), Texts.sha256Hex(bytes))),
                warnings);
    }

    /** A file whose kind is known, with its text and hash. */
    record Recognised(Input input, ReportKind kind, String text, String sha256) {
    }

    private static Optional<Recognised> recognise(Input in, List<String> warnings) throws RefDataException {
        byte[] bytes = read(in.file());
        Optional<String> text = Texts.decode(bytes);
        if (text.isEmpty()) {
            warnings.add(in.file() + ": skipped: not a UTF-8 text file, so not a CCADB report or certdata.txt");
            return Optional.empty();
        }
        Optional<ReportKind> kind = ReportKindDetector.detect(text.get());
        if (kind.isEmpty()) {
            List<String> header = CsvTable.header(text.get());
            String shown = String.join(",", header.subList(0, Math.min(4, header.size())));
            warnings.add(in.file() + ": skipped: not a report kind rootwatch uses"
                    + (header.isEmpty() ? "" : " (header starts " + shown + (header.size() > 4 ? ",…" : "") + ")"));
            return Optional.empty();
        }
        return Optional.of(new Recognised(in, kind.get(), text.get(), Texts.sha256Hex(bytes)));
    }

    private static byte[] read(Path file) throws RefDataException {
        try {
            return InputFile.read(file, "reference-data file", MAX_FILE_BYTES);
        } catch (InputFileException e) {
            throw new RefDataException(e.getMessage(), e);
        }
    }
}
