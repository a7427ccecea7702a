package io.rootwatch.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where reference data and the database come from; shared by scan, inspect and refdata. */
final class DataOptions {
    @picocli.CommandLine.Mixin
    DbOption db = new DbOption();

    // One value per occurrence (repeat the option, or separate with commas): a greedy multi-value
    // option would swallow the positional arguments that follow it.
    @Option(names = "--ccadb", paramLabel = "PATH", split = ",",
            description = "Offline CCADB data: report CSV files, certdata.txt, or directories of them, in any mix "
                    + "(repeat or comma-separate); each file is recognised by its header row, not its name.")
    List<Path> ccadb = new ArrayList<>();

    @Option(names = "--ccadb-url", paramLabel = "URL", hidden = true,
            description = "Base URL of the CCADB report server (a mirror); default: CCADB's public host.")
    Optional<URI> ccadbUrl = Optional.empty();

    @Option(names = "--ct-logs", paramLabel = "FILE", split = ",",
            description = "CT log list files (Google v3, Apple, or Mozilla known-logs JSON; repeat or comma-separate), "
                    + "recognised by content.")
    List<Path> ctLogs = new ArrayList<>();

    @Option(names = "--ct-logs-key", paramLabel = "PEM",
            description = "Google's log-list signing key (log_list_pubkey.pem): use a Google CT log list only when its "
                    + "detached signature verifies (FILE.sig beside a --ct-logs FILE, or the .sig beside a fetched list).")
    Optional<Path> ctLogsKey = Optional.empty();

    @Option(names = "--ct-log-url", paramLabel = "URL", split = ",", hidden = true,
            description = "CT log list URLs to fetch instead of Chrome's and Apple's published ones (mirrors).")
    List<URI> ctLogUrls = new ArrayList<>();

    @Option(names = "--offline", description = "Never use the network for reference data: --ccadb / --ct-logs, else the cache (any age), else the OS bundle.")
    boolean offline;

    /** The database and every reference-data input, which {@code -o} must never overwrite. */
    OutputOverwriteGuard outputGuard(Environment env) {
        return new OutputOverwriteGuard().database(db.path(env)).inputTree(ccadb, "a --ccadb input")
                .inputs(ctLogs, "a --ct-logs file").input(ctLogsKey, "the --ct-logs-key file");
    }
}
