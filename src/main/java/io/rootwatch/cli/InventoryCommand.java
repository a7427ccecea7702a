package io.rootwatch.cli;

import io.rootwatch.model.MozillaVerdict;
import io.rootwatch.store.Database;
import io.rootwatch.store.InventoryFilter;
import io.rootwatch.store.InventoryRow;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "List what the database knows: the latest result per target, filtered.")
final class InventoryCommand implements Callable<Integer> {
    @ParentCommand
    RootwatchCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--ca-owner", paramLabel = "OWNER", description = "Only chains whose root belongs to this CCADB CA owner.")
    Optional<String> caOwner = Optional.empty();

    @Option(names = "--root", paramLabel = "TEXT", description = "Only chains whose root name or SHA-256 contains TEXT.")
    Optional<String> root = Optional.empty();

    @Option(names = "--verdict", paramLabel = "VERDICT", description = "Only results with this Mozilla verdict, e.g. distrusted.")
    Optional<String> verdict = Optional.empty();

    @Option(names = "--expiring-within", paramLabel = "DAYS", description = "Only leaves expired by --at or expiring within DAYS days of it (what needs renewing).")
    Optional<Integer> expiringWithin = Optional.empty();

    @Option(names = "--tag", paramLabel = "KEY=VALUE",
            description = "Only targets tagged KEY=VALUE in their targets file (repeatable: all must match).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the inventory to FILE instead of standard output.")
    Optional<Path> output = Optional.empty();

    @Mixin
    AtOption at;

    @Override
    public Integer call() throws Exception {
        Environment env = parent.env;
        if (expiringWithin.isPresent() && expiringWithin.get() < 0) {
            throw new UsageException("--expiring-within " + expiringWithin.get() + ": DAYS must be 0 or more");
        }
        Map<String, String> wanted = tagFilter(tags);
        Path file = db.existing(env);
        new OutputOverwriteGuard().database(file).check(output);
        try (Database database = Database.openReadOnly(file)) {
            List<InventoryRow> rows = database.inventory().query(
                    new InventoryFilter(caOwner, root, verdict.map(InventoryCommand::wireVerdict), expiringWithin,
                            at.resolve(env.clock()), wanted));
            if (output.isPresent()) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8))) {
                    InventoryPrinter.print(rows, format, w);
                }
            } else {
                InventoryPrinter.print(rows, format, spec.commandLine().getOut());
            }
        }
        return 0;
    }

    private static Map<String, String> tagFilter(List<String> given) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String t : given) {
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--tag " + t + ": expected KEY=VALUE, e.g. --tag owner=web-team");
            }
            String previous = wanted.put(t.substring(0, eq), t.substring(eq + 1));
            if (previous != null && !previous.equals(t.substring(eq + 1))) {
                // Both cannot hold at once; an empty inventory would look like "nothing tagged so".
                throw new UsageException("--tag " + t.substring(0, eq) + " is given two values; a target has one");
            }
        }
        return wanted;
    }

    /** A misspelt verdict would match nothing and look like a clean inventory; say so instead. */
    private static String wireVerdict(String given) {
        List<String> valid = Arrays.stream(MozillaVerdict.values()).map(MozillaVerdict::wireName).toList();
        String wire = given.strip().toLowerCase(Locale.ROOT);
        if (!valid.contains(wire)) {
            throw new UsageException("--verdict " + given + ": not a Mozilla verdict; one of " + String.join(", ", valid));
        }
        return wire;
    }
}
