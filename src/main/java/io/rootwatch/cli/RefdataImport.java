package io.rootwatch.cli;

import io.rootwatch.files.InputFile;
import io.rootwatch.files.InputFileException;
import io.rootwatch.model.Der;
import io.rootwatch.model.Snapshot;
import io.rootwatch.refdata.InputFiles;
import io.rootwatch.refdata.RefDataException;
import io.rootwatch.refdata.RefDataLoader;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.LogListDetector;
import io.rootwatch.refdata.ctlogs.LogListParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code refdata import} was given, sorted by content: CT log lists (Google v3, Apple, Mozilla known-logs
 * JSON, recognised by {@link LogListDetector}) and everything else, which {@link RefDataLoader} recognises
 * (CCADB reports, certdata.txt, OneCRL). A log list is checked by parsing it, so a broken one is refused
 * rather than stored.
 */
final class RefdataImport {
    /** One log list that parsed: the snapshot to record, its bytes, and what it holds. */
    record ImportedLogList(Snapshot snapshot, byte[] bytes, LogList list) {
    }

    /** The reference data (possibly none) and the log lists found among the inputs, with every warning. */
    record Result(ReferenceData reports, List<ImportedLogList> logLists, List<String> warnings) {
        boolean hasReports() {
            return !reports.snapshots().isEmpty();
        }
    }

    private RefdataImport() {
    }

    static Result read(List<java.nio.file.Path> paths) throws RefDataException {
        InputFiles.Expanded expanded = InputFiles.expand(paths);
        List<RefDataLoader.Input> others = new ArrayList<>();
        List<ImportedLogList> lists = new ArrayList<>();
        for (RefDataLoader.Input in : expanded.inputs()) {
            byte[] bytes = read(in);
            if (LogListDetector.looksLikeLogList(bytes)) {
                lists.add(new ImportedLogList(new Snapshot("ct-log-list", in.source(), Optional.empty(),
                        Der.of(bytes).sha256Hex()), bytes, parse(bytes, in)));
            } else {
                others.add(in);
            }
        }
        ReferenceData reports = lists.isEmpty() ? RefDataLoader.loadInputs(others) : RefDataLoader.loadReportsAmong(others);
        List<String> warnings = new ArrayList<>(expanded.warnings());
        warnings.addAll(reports.warnings());
        return new Result(reports, lists, warnings);
    }

    private static byte[] read(RefDataLoader.Input in) throws RefDataException {
        try {
            return InputFile.read(in.file(), "reference-data file", RefDataLoader.MAX_FILE_BYTES);
        } catch (InputFileException e) {
            throw new RefDataException(e.getMessage(), e);
        }
    }

    private static LogList parse(byte[] bytes, RefDataLoader.Input in) throws RefDataException {
        try {
            return LogListDetector.parseAny(bytes, in.file().toString());
        } catch (LogListParseException e) {
            throw new RefDataException(e.getMessage(), e);
        }
    }
}
