package io.rootwatch.refdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two root-store snapshots, matched by certificate SHA-256.
 *
 * @param added              roots INCLUDED in the newer store that were not INCLUDED in the older one
 * @param removed            roots INCLUDED in the older store that are not INCLUDED in the newer one (gone, or
 *                           now REMOVED); the older entry is given
 * @param distrustChanges    roots in both stores whose distrust-for-TLS-after date differs
 * @param trustBitChanges    roots in both stores whose trust bits differ
 * @param ownerChanges       roots in both stores whose CA owner differs (both naming an owner)
 */
public record RootStoreDiff(List<StoreRoot> added, List<StoreRoot> removed, List<DistrustChange> distrustChanges,
                            List<TrustBitChange> trustBitChanges, List<OwnerChange> ownerChanges) {
    public RootStoreDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        distrustChanges = List.copyOf(distrustChanges);
        trustBitChanges = List.copyOf(trustBitChanges);
        ownerChanges = List.copyOf(ownerChanges);
    }

    /** A root whose distrust-for-TLS-after date appeared, changed or disappeared. */
    public record DistrustChange(StoreRoot root, Optional<LocalDate> before, Optional<LocalDate> after) {
    }

    /** Trust bits before and after, each in {@link TrustBit} order so the change prints the same every run. */
    public record TrustBitChange(StoreRoot root, Set<TrustBit> before, Set<TrustBit> after) {
        public TrustBitChange {
            before = TrustBit.inOrder(before);
            after = TrustBit.inOrder(after);
        }
    }

    public record OwnerChange(StoreRoot root, Optional<String> before, Optional<String> after) {
    }

    /**
     * Compares two stores; lists are sorted by root name, then SHA-256 (names repeat across key rollovers), so
     * the same inputs always give the same output. Pure and thread-safe.
     */
    public static RootStoreDiff between(RootStore older, RootStore newer) {
        Map<String, StoreRoot> a = bySha(older);
        Map<String, StoreRoot> b = bySha(newer);
        List<StoreRoot> added = new ArrayList<>();
        List<StoreRoot> removed = new ArrayList<>();
        List<DistrustChange> distrust = new ArrayList<>();
        List<TrustBitChange> bits = new ArrayList<>();
        List<OwnerChange> owners = new ArrayList<>();
        for (StoreRoot n : b.values()) {
            StoreRoot o = a.get(n.certificate().sha256());
            if (n.status() == RootStatus.INCLUDED && (o == null || o.status() != RootStatus.INCLUDED)) {
                added.add(n);
            }
            if (o == null) {
                continue;
            }
            if (!o.distrustForTlsAfter().equals(n.distrustForTlsAfter())) {
                distrust.add(new DistrustChange(n, o.distrustForTlsAfter(), n.distrustForTlsAfter()));
            }
            if (!o.trustBits().equals(n.trustBits())) {
                bits.add(new TrustBitChange(n, o.trustBits(), n.trustBits()));
            }
            // certdata.txt and OS bundles carry no owner: "owner X -> none" would only say which kind of file
            // each side is. An owner change is news only when both sides name one.
            if (o.caOwner().isPresent() && n.caOwner().isPresent() && !o.caOwner().equals(n.caOwner())) {
                owners.add(new OwnerChange(n, o.caOwner(), n.caOwner()));
            }
        }
        for (StoreRoot o : a.values()) {
            StoreRoot n = b.get(o.certificate().sha256());
            if (o.status() == RootStatus.INCLUDED && (n == null || n.status() != RootStatus.INCLUDED)) {
                removed.add(o);
            }
        }
        Comparator<StoreRoot> byName = Comparator.comparing(StoreRoot::name).thenComparing(r -> r.certificate().sha256());
        added.sort(byName);
        removed.sort(byName);
        distrust.sort(Comparator.comparing(DistrustChange::root, byName));
        bits.sort(Comparator.comparing(TrustBitChange::root, byName));
        owners.sort(Comparator.comparing(OwnerChange::root, byName));
        return new RootStoreDiff(added, removed, distrust, bits, owners);
    }

    private static Map<String, StoreRoot> bySha(RootStore store) {
        return store.all().stream().collect(Collectors.toMap(r -> r.certificate().sha256(), Function.identity()));
    }
}
