package io.rootwatch.refdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Reads the three CCADB root reports (included, removed, upcoming removals) into {@link CcadbRootRow}s.
 * Pure: takes a parsed table, does no I/O. Columns are found by name; each kind requires only the columns
 * it cannot do without.
 */
final class CcadbRootReports {
    static final String PEM = "PEM Info";
    static final String SHA256 = "SHA-256 Fingerprint";
    static final String OWNER = "Owner";
    static final String TRUST_BITS = "Trust Bits";
    static final String DISTRUST_TLS = "Distrust for TLS After Date";
    static final String CONSTRAINTS = "Mozilla Applied Constraints";
    static final String[] NAME = {"Common Name or Certificate Name", "Root Certificate Name", "Certificate Name"};
    static final String[] OWNER_COLUMNS = {OWNER, "CA Owner"};

    private CcadbRootReports() {
    }

    static List<CcadbRootRow> included(CsvTable t, Consumer<String> warn) throws RefDataException {
        t.require(PEM, TRUST_BITS, DISTRUST_TLS);
        String nameCol = t.requireOneOf(NAME);
        List<String> auditEnds = t.columnsEndingWith("Audit Period End Date");
        List<CcadbRootRow> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            var bits = CcadbValues.trustBits(r.get(TRUST_BITS), bit -> warn.accept(r.where(TRUST_BITS)
                    + ": unknown trust bit \"" + bit + "\" ignored"));
            out.add(new CcadbRootRow(Texts.normalizeFingerprint(r.get(SHA256)), r.raw(PEM), t.source(), r.line(),
                    r.get(nameCol), owner(t, r), bits, r.date(DISTRUST_TLS), r.optional(CONSTRAINTS),
                    Optional.empty(), latest(r, auditEnds)));
        }
        return out;
    }

    static List<CcadbRootRow> removed(CsvTable t, Consumer<String> warn) throws RefDataException {
        t.require(PEM);
        String nameCol = t.requireOneOf(NAME);
        List<CcadbRootRow> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            StringJoiner note = new StringJoiner("; ");
            r.optional("Firefox Release When Removed").ifPresent(note::add);
            r.optional("NSS Release When Removed").ifPresent(note::add);
            r.optional("Removal Bug No. or Date").map(CcadbRootReports::bug).ifPresent(note::add);
            var bits = CcadbValues.trustBits(r.get(TRUST_BITS), bit -> warn.accept(r.where(TRUST_BITS)
                    + ": unknown trust bit \"" + bit + "\" ignored"));
            out.add(new CcadbRootRow(Texts.normalizeFingerprint(r.get(SHA256)), r.raw(PEM), t.source(), r.line(),
                    r.get(nameCol), owner(t, r), bits, r.date(DISTRUST_TLS), r.optional(CONSTRAINTS),
                    Optional.of(note.length() == 0 ? "removed" : note.toString()), Optional.empty()));
        }
        return out;
    }

    static List<CcadbRootRow> upcomingRemovals(CsvTable t, Consumer<String> warn) throws RefDataException {
        t.require(PEM);
        String nameCol = t.requireOneOf(NAME);
        List<CcadbRootRow> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String note = "scheduled for removal"
                    + r.optional("Removal Bug No. or Date").map(b -> " (" + bug(b) + ")").orElse("");
            var bits = CcadbValues.trustBits(r.get(TRUST_BITS), bit -> warn.accept(r.where(TRUST_BITS)
                    + ": unknown trust bit \"" + bit + "\" ignored"));
            out.add(new CcadbRootRow(Texts.normalizeFingerprint(r.get(SHA256)), r.raw(PEM), t.source(), r.line(),
                    r.get(nameCol), owner(t, r), bits, Optional.empty(), Optional.empty(), Optional.of(note),
                    Optional.empty()));
        }
        return out;
    }

    /** "2032223" → "bug 2032223"; URLs and dates stay as written. */
    private static String bug(String value) {
        return value.chars().allMatch(Character::isDigit) ? "bug " + value : value;
    }

    private static Optional<String> owner(CsvTable t, CsvTable.Row r) {
        return t.firstPresent(OWNER_COLUMNS).flatMap(r::optional);
    }

    private static Optional<LocalDate> latest(CsvTable.Row r, List<String> columns) throws RefDataException {
        Optional<LocalDate> best = Optional.empty();
        for (String c : columns) {
            Optional<LocalDate> d = r.date(c);
            if (d.isPresent() && (best.isEmpty() || d.get().isAfter(best.get()))) {
                best = d;
            }
        }
        return best;
    }
}
