package io.rootwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --db FILE}, on every command that touches the database. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", description = "SQLite database file (default: ~/.rootwatch/rootwatch.db).")
    Optional<Path> file = Optional.empty();

    /**
     * The database to open, creating it if need be. The default's directory (~/.rootwatch) is rootwatch's own
     * and is created; an explicit --db whose directory is missing is refused, because creating it would hide a
     * mistyped path behind a fresh, empty database.
     */
    Path path(Environment env) {
        if (file.isEmpty()) {
            return env.defaultDatabase();
        }
        Path parent = file.get().toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException(parent + (Files.exists(parent) ? ": not a directory" : ": no such directory")
                    + "; create it first or choose another --db");
        }
        return file.get();
    }

    /** For read-only commands: a database that does not exist yet is a usage error, not a new empty file. */
    Path existing(Environment env) {
        Path p = path(env);
        if (!Files.exists(p)) {
            throw new UsageException("no database at " + p + " yet: run 'rootwatch scan' or 'rootwatch inspect' first");
        }
        return p;
    }
}
