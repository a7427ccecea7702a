package io.rootwatch.refdata;

import io.rootwatch.model.Certificate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Merges the CCADB root reports and (optionally) NSS certdata.txt into store roots. Rules:
 * <ul>
 * <li>CCADB included → INCLUDED; removed → REMOVED (an included entry wins for the same certificate).</li>
 * <li>A root with a "Distrust for TLS After Date" keeps {@link TrustBit#WEBSITES} even when CCADB's Trust Bits
 * shows only Email: NSS keeps server-auth trust together with the date, and leaves issued on or before it
 * are still trusted (Entrust G2/EC1, Chunghwa ePKI).</li>
 * <li>certdata.txt is what Firefox ships, so where it and CCADB disagree it wins: every certdata root is
 * INCLUDED with its trust bits and server distrust-after date from certdata; name, owner, constraints and
 * audit dates still come from CCADB when CCADB knows the certificate. A CCADB-included root that certdata
 * lacks stays INCLUDED (typically approved but not yet shipped) and is named in a warning.</li>
 * <li>An upcoming-removal row annotates the included root's {@link StoreRoot#removal()}.</li>
 * </ul>
 */
final class RootStoreAssembler {
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private RootStoreAssembler() {
    }

    private record Entry(CcadbRootRow row, Certificate cert) {
    }

    static List<StoreRoot> assemble(List<CcadbRootRow> includedRows, List<CcadbRootRow> removedRows,
                                    List<CcadbRootRow> upcomingRows, Optional<List<NssRoot>> nss,
                                    Map<String, LocalDate> auditEnds, Consumer<String> warn, SkippedRows skips) {
        Map<String, Entry> included = parse(includedRows, warn, skips);
        Map<String, Entry> removed = parse(removedRows, warn, skips);
        Map<String, Entry> upcoming = parse(upcomingRows, warn, skips);
        List<StoreRoot> out = new ArrayList<>();
        for (Entry e : removed.values()) {
            out.add(new StoreRoot(e.cert(), e.row().name(), e.row().owner(), RootStatus.REMOVED,
                    e.row().trustBits(), e.row().distrustForTlsAfter(), e.row().mozillaAppliedConstraints(),
                    e.row().note(), audit(e, auditEnds)));
        }
        if (nss.isEmpty()) {
            for (Entry e : included.values()) {
                out.add(fromCcadb(e, upcoming, auditEnds));
            }
            return out;
        }
        List<String> onlyNss = new ArrayList<>();
        for (NssRoot n : nss.get()) {
            String sha = n.certificate().sha256();
            Optional<Entry> ccadb = Optional.ofNullable(included.get(sha)).or(() -> Optional.ofNullable(removed.get(sha)));
            if (!included.containsKey(sha)) {
                onlyNss.add(n.label());
            }
            Optional<LocalDate> distrust = n.serverDistrustAfter().map(i -> {
                if (!i.atOffset(ZoneOffset.UTC).toLocalTime().equals(END_OF_DAY)) {
                    warn.accept("certdata.txt: \"" + n.label() + "\": server distrust-after " + i
                            + " is not at 23:59:59Z; rootwatch treats it as the end of that UTC day");
                }
                return i.atOffset(ZoneOffset.UTC).toLocalDate();
            });
            Optional<String> removal = Optional.ofNullable(upcoming.get(sha)).flatMap(u -> u.row().note())
                    .or(() -> Optional.ofNullable(removed.get(sha)).flatMap(r -> r.row().note())
                            .map(note -> "CCADB lists it as removed (" + note + ") but certdata.txt still ships it"));
            out.add(new StoreRoot(n.certificate(), ccadb.map(e -> e.row().name()).orElse(n.label()),
                    ccadb.flatMap(e -> e.row().owner()), RootStatus.INCLUDED, n.trustBits(), distrust,
                    ccadb.flatMap(e -> e.row().mozillaAppliedConstraints()), removal,
                    ccadb.flatMap(e -> audit(e, auditEnds))));
        }
        List<String> onlyCcadb = new ArrayList<>();
        Set<String> nssShas = new java.util.HashSet<>();
        nss.get().forEach(n -> nssShas.add(n.certificate().sha256()));
        for (Map.Entry<String, Entry> e : included.entrySet()) {
            if (!nssShas.contains(e.getKey())) {
                onlyCcadb.add(e.getValue().row().name());
                out.add(fromCcadb(e.getValue(), upcoming, auditEnds));
            }
        }
        if (!included.isEmpty() && (!onlyNss.isEmpty() || !onlyCcadb.isEmpty())) {
            warn.accept("certdata.txt and the CCADB included-roots report disagree; certdata.txt wins. Only in "
                    + "certdata.txt (treated as included): " + names(onlyNss) + ". Only in CCADB (kept as "
                    + "included, not in this certdata.txt): " + names(onlyCcadb) + ".");
        }
        return out;
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static StoreRoot fromCcadb(Entry e, Map<String, Entry> upcoming, Map<String, LocalDate> auditEnds) {
        Set<TrustBit> bits = EnumSet.noneOf(TrustBit.class);
        bits.addAll(e.row().trustBits());
        if (e.row().distrustForTlsAfter().isPresent()) {
            bits.add(TrustBit.WEBSITES);
        }
        Optional<String> removal = Optional.ofNullable(upcoming.get(e.cert().sha256())).flatMap(u -> u.row().note());
        return new StoreRoot(e.cert(), e.row().name(), e.row().owner(), RootStatus.INCLUDED, bits,
                e.row().distrustForTlsAfter(), e.row().mozillaAppliedConstraints(), removal, audit(e, auditEnds));
    }

    private static Optional<LocalDate> audit(Entry e, Map<String, LocalDate> auditEnds) {
        return e.row().auditPeriodEnd().or(() -> Optional.ofNullable(auditEnds.get(e.cert().sha256())));
    }

    private static Map<String, Entry> parse(List<CcadbRootRow> rows, Consumer<String> warn, SkippedRows skips) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (CcadbRootRow r : rows) {
            CertificateBatch.parseOne(new PemRow(r.sha256(), r.pem(), r.source(), r.line()), warn, skips)
                    .ifPresent(c -> out.putIfAbsent(c.sha256(), new Entry(r, c)));
        }
        return out;
    }
}
