package io.rootwatch.cli;

import io.rootwatch.assess.Assessor;
import io.rootwatch.ct.CtLogLists;
import io.rootwatch.model.Snapshot;
import io.rootwatch.refdata.RefDataException;
import io.rootwatch.refdata.RefDataLoader;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.fetch.CcadbSource;
import io.rootwatch.refdata.fetch.ReportFetcher;
import io.rootwatch.store.Database;
import io.rootwatch.store.StoreException;
import io.rootwatch.trust.Budget;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The reference data of one run, chosen in this order: files given with {@code --ccadb}; CCADB's reports
 * fetched into the cache (or a fresh cached copy); the operating system's Mozilla-derived bundle, with a
 * loud warning; nothing. The CT log lists come from {@link CtLogListLoader}.
 */
final class LoadedReferenceData {
    static final Path OS_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");
    /** Said whenever no OneCRL was had, so a user never mistakes "not revoked" for "checked". */
    static final String NO_ONECRL = "no OneCRL records: Mozilla's revocations (the revoked verdict) are not checked";
    static final String NO_CCADB = "CCADB data unavailable: distrust and removal checks are off";

    private final ReferenceData ccadb;
    private final CtLogLists logLists;
    private final List<Snapshot> ctSnapshots;
    private final List<String> ctWarnings;

    private LoadedReferenceData(ReferenceData ccadb, CtLogLists logLists, List<Snapshot> ctSnapshots, List<String> ctWarnings) {
        this.ccadb = ccadb;
        this.logLists = logLists;
        this.ctSnapshots = List.copyOf(ctSnapshots);
        this.ctWarnings = List.copyOf(ctWarnings);
    }

    static LoadedReferenceData load(DataOptions data, Environment env, Instant at) throws IOException {
        ReferenceData ref = ccadb(data, env);
        List<Snapshot> snapshots = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // Only "no reference data at all" (already said loudly) goes without it; an empty root store still
        // needs to hear that revocations were not checked.
        if (!ref.oneCrl().loaded() && !ref.snapshots().isEmpty()) {
            warnings.add(NO_ONECRL);
        }
        CtLogListLoader.Loaded ct = CtLogListLoader.load(data, env, at);
        snapshots.addAll(ct.snapshots());
        warnings.addAll(ct.warnings());
        return new LoadedReferenceData(ref, ct.lists(), snapshots, warnings);
    }

    private static ReferenceData ccadb(DataOptions data, Environment env) throws RefDataException {
        if (!data.ccadb.isEmpty()) {
            return RefDataLoader.load(data.ccadb);
        }
        List<String> why = new ArrayList<>();
        try (ReportFetcher fetcher = fetcher(env, data)) {
            URI base = data.ccadbUrl.or(env::ccadbBaseOverride).orElse(CcadbSource.DEFAULT_BASE_URL);
            return CcadbSource.fetchAndLoad(fetcher, base, CcadbSource.DEFAULT_MAX_AGE, env.clock());
        } catch (RefDataException e) {
            why.add(e.getMessage());
        }
        if (Files.isReadable(OS_BUNDLE)) {
            ReferenceData os = RefDataLoader.osBundle(OS_BUNDLE);
            List<String> w = new ArrayList<>(why.stream().map(m -> (data.offline ? "" : "CCADB fetch failed: ") + m).toList());
            w.addAll(os.warnings());
            return os.withWarnings(w);
        }
        ReferenceData none = ReferenceData.none(NO_CCADB + " (no CCADB data and no operating-system bundle at " + OS_BUNDLE + ")");
        return none;
    }

    /** With --offline the fetcher answers from the cache alone: a copy fetched earlier, of any age. */
    static ReportFetcher fetcher(Environment env, DataOptions data) {
        return new ReportFetcher(env.cacheDirectory(), ReportFetcher.DEFAULT_CONNECT_TIMEOUT,
                ReportFetcher.DEFAULT_REQUEST_TIMEOUT, ReportFetcher.DEFAULT_MAX_BYTES,
                data.offline ? ReportFetcher.Network.CACHE_ONLY : ReportFetcher.Network.ALLOWED);
    }

    Assessor assessor() {
        return new Assessor(ccadb, logLists, Budget.defaults());
    }

    /** The CT log lists in use (for `rootwatch ct`, which shows each SCT's log state). */
    CtLogLists logLists() {
        return logLists;
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(ccadb.warnings());
        all.addAll(ctWarnings);
        return all;
    }

    List<Snapshot> snapshots() {
        List<Snapshot> all = new ArrayList<>(ccadb.snapshots());
        all.addAll(ctSnapshots);
        return all;
    }

    void saveSnapshots(Database db) throws StoreException {
        for (Snapshot s : snapshots()) {
            db.saveSnapshot(s, Optional.empty());
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
