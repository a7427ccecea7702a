package io.rootwatch.cli;

import io.rootwatch.model.Snapshot;
import io.rootwatch.refdata.RefDataLoader;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.RootStoreDiff;
import io.rootwatch.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "refdata", mixinStandardHelpOptions = true,
        description = "Reference data: CCADB reports, NSS certdata.txt, CT log lists; snapshots with time and SHA-256.",
        subcommands = {RefdataCommand.Update.class, RefdataCommand.Import.class, RefdataCommand.ListSnapshots.class,
            RefdataCommand.Diff.class})
final class RefdataCommand {
    @ParentCommand
    RootwatchCommand parent;

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Fetch CCADB's reports and the CT log lists into the cache now (or reuse a fresh copy) and record the snapshots.")
    static final class Update implements Callable<Integer> {
        @ParentCommand
        RefdataCommand refdata;
        @Spec
        CommandSpec spec;
        @Mixin
        DataOptions data;
        @Mixin
        AtOption at;

        @Override
        public Integer call() throws Exception {
            Environment env = refdata.parent.env;
            LoadedReferenceData ref = LoadedReferenceData.load(data, env, at.resolve(env.clock()));
            try (Database db = Database.open(data.db.path(env))) {
                ref.saveSnapshots(db);
            }
            Summary.print(ref.snapshots(), ref.warnings(), spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Check reference-data files and record them as snapshots, bytes included.",
                "Takes CCADB CSVs, certdata.txt, OneCRL records, and CT log lists (Google v3,",
                "Apple or Mozilla known-logs JSON), each recognised by its content."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        RefdataCommand refdata;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
        List<Path> paths = new ArrayList<>();
        @Mixin
        DbOption db;

        @Override
        public Integer call() throws Exception {
            Environment env = refdata.parent.env;
            RefdataImport.Result imported = RefdataImport.read(paths);
            ReferenceData ref = imported.reports();
            List<Snapshot> snapshots = new ArrayList<>(ref.snapshots());
            try (Database database = Database.open(db.path(env))) {
                for (Snapshot s : ref.snapshots()) {
                    Path file = Path.of(s.source());
                    database.saveSnapshot(s, Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty());
                }
                for (RefdataImport.ImportedLogList l : imported.logLists()) {
                    database.saveSnapshot(l.snapshot(), Optional.of(l.bytes()));
                    snapshots.add(l.snapshot());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (imported.hasReports()) {
                long included = ref.roots().all().stream().filter(r -> r.status() == RootStatus.INCLUDED).count();
                out.println("roots: " + included + " included, " + (ref.roots().size() - included) + " removed; CA certificates: "
                        + ref.caCertificates().size());
            }
            for (RefdataImport.ImportedLogList l : imported.logLists()) {
                out.println("CT log list: " + l.list().label() + ", " + l.list().logs().size() + " logs");
            }
            Summary.print(snapshots, imported.warnings(), out);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the snapshots recorded in the database.")
    static final class ListSnapshots implements Callable<Integer> {
        @ParentCommand
        RefdataCommand refdata;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;

        @Override
        public Integer call() throws Exception {
            try (Database database = Database.openReadOnly(db.existing(refdata.parent.env))) {
                Summary.print(database.snapshots(), List.of(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"What changed in the root store between two snapshots: added, removed, distrust dates, trust bits, owners.",
                "Each side needs a Mozilla included-roots report or NSS certdata.txt (the two may be compared with each other)."})
    static final class Diff implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OLD", description = "Older report file or directory.")
        Path older;
        @Parameters(index = "1", paramLabel = "NEW", description = "Newer report file or directory.")
        Path newer;

        @Override
        public Integer call() throws Exception {
            ReferenceData olderData = RefDataLoader.load(List.of(older));
            ReferenceData newerData = RefDataLoader.load(List.of(newer));
            DiffSides.requireComparable(older, olderData, newer, newerData);
            RootStoreDiff d = RootStoreDiff.between(olderData.roots(), newerData.roots());
            PrintWriter out = spec.commandLine().getOut();
            d.added().forEach(r -> out.println("added     " + r.name() + r.caOwner().map(o -> " (" + o + ")").orElse("")));
            d.removed().forEach(r -> out.println("removed   " + r.name() + r.caOwner().map(o -> " (" + o + ")").orElse("")));
            d.distrustChanges().forEach(c -> out.println("distrust  " + c.root().name() + ": "
                    + c.before().map(Object::toString).orElse("none") + " -> " + c.after().map(Object::toString).orElse("none")));
            d.trustBitChanges().forEach(c -> out.println("trust     " + c.root().name() + ": " + c.before() + " -> " + c.after()));
            d.ownerChanges().forEach(c -> out.println("owner     " + c.root().name() + ": "
                    + c.before().orElse("none") + " -> " + c.after().orElse("none")));
            out.println(d.added().size() + " added, " + d.removed().size() + " removed, " + d.distrustChanges().size()
                    + " distrust-date changes, " + d.trustBitChanges().size() + " trust-bit changes, "
                    + d.ownerChanges().size() + " owner changes");
            return 0;
        }
    }

    /** Prints snapshots one per line, then warnings. */
    static final class Summary {
        private Summary() {
        }

        static void print(List<Snapshot> snapshots, List<String> warnings, PrintWriter out) {
            for (Snapshot s : snapshots) {
                out.println(String.format("%-24s %s  %s  %s", s.kind(), s.sha256().substring(0, 16),
                        s.retrievedAt().map(Object::toString).orElse("(offline)"), s.source()));
            }
            warnings.forEach(w -> out.println("warning: " + w));
            out.flush();
        }
    }
}
