package io.rootwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --db FILE}, on every command that touches the database. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", description = "SQLite database file (default: ~/.rootwatch/rootwatch.db).")
    Optional<Path> file = Optional.empty();

    Path path(Environment env) {
        return file.orElse(env.defaultDatabase());
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
