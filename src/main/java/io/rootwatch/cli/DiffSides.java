package io.rootwatch.cli;

import io.rootwatch.model.Snapshot;
import io.rootwatch.refdata.ReferenceData;
import io.rootwatch.refdata.ReportKind;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Refuses a {@code refdata diff} whose two sides are not both root stores. A removed-roots report loaded on its
 * own holds no included root, so diffing it against an included-roots report would list every root as added:
 * a confident answer to a question nobody asked. Both sides must hold a list of included roots, which a Mozilla
 * included-roots report and NSS certdata.txt each are (and comparing one with the other is a real question:
 * what Firefox ships versus what CCADB says).
 */
final class DiffSides {
    private static final Set<String> ROOT_STORE_KINDS =
            Set.of(ReportKind.CCADB_INCLUDED_ROOTS.id(), ReportKind.NSS_CERTDATA.id());

    private DiffSides() {
    }

    static void requireComparable(Path older, ReferenceData olderData, Path newer, ReferenceData newerData) {
        Set<String> olderKinds = kinds(olderData);
        Set<String> newerKinds = kinds(newerData);
        if (isRootStore(olderKinds) && isRootStore(newerKinds)) {
            return;
        }
        throw new UsageException("cannot diff " + older + " (" + String.join(", ", olderKinds) + ") against " + newer
                + " (" + String.join(", ", newerKinds) + "): refdata diff compares two root stores, so each side needs a"
                + " Mozilla included-roots report (" + ReportKind.CCADB_INCLUDED_ROOTS.id() + ") or NSS certdata.txt ("
                + ReportKind.NSS_CERTDATA.id() + ")");
    }

    private static boolean isRootStore(Set<String> kinds) {
        return kinds.stream().anyMatch(ROOT_STORE_KINDS::contains);
    }

    private static Set<String> kinds(ReferenceData data) {
        Set<String> out = new LinkedHashSet<>();
        data.snapshots().stream().map(Snapshot::kind).forEach(out::add);
        return out;
    }
}
