package io.rootwatch.cli;

import io.rootwatch.ct.CtLogLists;
import io.rootwatch.files.InputFile;
import io.rootwatch.files.InputFileException;
import io.rootwatch.model.Snapshot;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.LogListDetector;
import io.rootwatch.refdata.ctlogs.LogListParseException;
import io.rootwatch.refdata.ctlogs.PinnedLogListKey;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.refdata.fetch.CtLogListSource;
import io.rootwatch.refdata.fetch.FetchedFile;
import io.rootwatch.refdata.fetch.ReportFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CT log lists of one run: the {@code --ct-logs} files, else Chrome's and Apple's published lists (fetched
 * into the cache, or a cached copy); each checked against the pinned key when {@code --ct-logs-key} is given,
 * and warned about when older than browsers tolerate at the evaluation instant.
 */
final class CtLogListLoader {
    /**
     * Google's v3 list is about 100 KiB and has grown slowly for a decade; 64 MiB leaves room for any real
     * list and still stops a wrong file (an image, /dev/zero) before it fills the heap.
     */
    static final long MAX_LOG_LIST_BYTES = 64L * 1024 * 1024;
    /** A detached signature or a PEM public key is a few hundred bytes. */
    static final long MAX_KEY_OR_SIGNATURE_BYTES = 64L * 1024;

    record Loaded(CtLogLists lists, List<Snapshot> snapshots, List<String> warnings) {
    }

    private CtLogListLoader() {
    }

    static Loaded load(DataOptions data, Environment env, Instant at) throws IOException {
        List<Snapshot> snapshots = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Program, LogList> lists = new EnumMap<>(Program.class);
        Optional<PinnedLogListKey> key = pinnedKey(data);
        if (!data.ctLogs.isEmpty()) {
            for (Path p : data.ctLogs) {
                byte[] bytes = readInput(p);
                LogList list;
                try {
                    list = parse(bytes, p.toString());
                } catch (IOException e) {
                    throw new UsageException("--ct-logs " + e.getMessage());
                }
                if (key.isPresent() && list.source() == Program.CHROME) {
                    requireSigned(key.get(), bytes, p);
                }
                addList(lists, list, p.toString(), warnings);
                snapshots.add(new Snapshot("ct-log-list", p.toString(), Optional.empty(), sha256(bytes)));
            }
        } else {
            try (ReportFetcher fetcher = LoadedReferenceData.fetcher(env, data)) {
                for (URI uri : data.ctLogUrls.isEmpty() ? CtLogListSource.defaults() : data.ctLogUrls) {
                    try {
                        FetchedFile f = CtLogListSource.fetch(fetcher, uri, env.clock());
                        warnings.addAll(f.warnings());
                        byte[] bytes = Files.readAllBytes(f.file());
                        LogList list = parse(bytes, uri.toString());
                        if (key.isPresent() && list.source() == Program.CHROME) {
                            FetchedFile sig = CtLogListSource.fetchSignature(fetcher, uri, env.clock());
                            verify(key.get(), bytes, Files.readAllBytes(sig.file()), uri.toString());
                        }
                        addList(lists, list, uri.toString(), warnings);
                        snapshots.add(new Snapshot("ct-log-list", uri.toString(), Optional.of(f.retrievedAt()), f.sha256()));
                    } catch (IOException e) {
                        if (!data.offline) { // offline, a missing cache is expected; the summary warning below says it
                            warnings.add("CT log list " + uri + " unavailable: " + e.getMessage());
                        }
                    }
                }
            }
        }
        if (lists.isEmpty()) {
            warnings.add("no CT log list: CT compliance cannot be judged (give --ct-logs FILE)");
        }
        lists.values().forEach(list -> staleness(list, at).ifPresent(warnings::add));
        CtLogLists given = new CtLogLists(Optional.ofNullable(lists.get(Program.MOZILLA)),
                Optional.ofNullable(lists.get(Program.CHROME)), Optional.ofNullable(lists.get(Program.APPLE)));
        return new Loaded(given, snapshots, warnings);
    }

    /**
     * Chrome stops enforcing CT with a list more than 70 days old, Firefox with one more than 10 weeks old
     * (REFERENCE-DATA.md); a list that old when judged says little about what browsers accept.
     */
    static Optional<String> staleness(LogList list, Instant at) {
        return list.timestamp().filter(t -> java.time.Duration.between(t, at).toDays() > 70).map(t ->
                "CT log list " + list.label() + " is " + java.time.Duration.between(t, at).toDays() + " days old at "
                        + at + "; Chrome stops enforcing CT after 70 days without an update and Firefox after 10 weeks,"
                        + " so Chrome and Firefox report compliance as unknown when judged with it (Apple sets no such"
                        + " limit)");
    }

    private static void addList(Map<Program, LogList> lists, LogList list, String source, List<String> warnings) {
        if (lists.containsKey(list.source())) {
            throw new UsageException("two " + list.source().name().toLowerCase(java.util.Locale.ROOT)
                    + " CT log lists given; keep one (" + source + ")");
        }
        lists.put(list.source(), list);
    }

    private static LogList parse(byte[] bytes, String name) throws IOException {
        try {
            return LogListDetector.parseAny(bytes, name);
        } catch (LogListParseException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Optional<PinnedLogListKey> pinnedKey(DataOptions data) throws IOException {
        if (data.ctLogsKey.isEmpty()) {
            return Optional.empty();
        }
        Path p = data.ctLogsKey.get();
        byte[] pem = readNamed("--ct-logs-key", p, "PEM public key", MAX_KEY_OR_SIGNATURE_BYTES);
        try {
            return Optional.of(PinnedLogListKey.fromPem(new String(pem, java.nio.charset.StandardCharsets.ISO_8859_1),
                    "--ct-logs-key " + p));
        } catch (LogListParseException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Google publishes log_list.json with log_list.sig beside it; a copy may also be saved as FILE.json.sig. */
    private static void requireSigned(PinnedLogListKey key, byte[] bytes, Path list) throws IOException {
        String name = list.getFileName().toString();
        List<Path> candidates = new ArrayList<>();
        if (name.endsWith(".json")) {
            candidates.add(list.resolveSibling(name.substring(0, name.length() - 5) + ".sig"));
        }
        candidates.add(list.resolveSibling(name + ".sig"));
        Optional<Path> sig = candidates.stream().filter(Files::isRegularFile).findFirst();
        if (sig.isEmpty()) {
            throw new UsageException("--ct-logs " + list + ": --ct-logs-key was given but there is no signature file "
                    + candidates.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(" or ")));
        }
        try {
            verify(key, bytes, readNamed("--ct-logs", sig.get(), "log-list signature", MAX_KEY_OR_SIGNATURE_BYTES), list.toString());
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void verify(PinnedLogListKey key, byte[] list, byte[] sig, String what) throws IOException {
        try {
            key.requireValid(list, sig, what);
        } catch (LogListParseException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static byte[] readInput(Path p) {
        return readNamed("--ct-logs", p, "CT log list", MAX_LOG_LIST_BYTES);
    }

    /** The file's bytes; a missing, special or oversized file is a usage error naming the option. */
    private static byte[] readNamed(String option, Path p, String what, long maxBytes) {
        try {
            return InputFile.read(p, what, maxBytes);
        } catch (InputFileException e) {
            throw new UsageException(option + " " + e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        return io.rootwatch.model.Der.of(bytes).sha256Hex();
    }
}
