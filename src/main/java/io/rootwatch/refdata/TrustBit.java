package io.rootwatch.refdata;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Root-store trust bits as CCADB and NSS name them. */
public enum TrustBit { WEBSITES, EMAIL;

    /**
     * An unmodifiable copy that iterates (and prints) in declaration order, always: {@code Set.copyOf}'s
     * order changes from one JVM run to the next, which made reports and {@code refdata diff} flicker.
     */
    public static Set<TrustBit> inOrder(Collection<TrustBit> bits) {
        return Collections.unmodifiableSet(bits.isEmpty() ? EnumSet.noneOf(TrustBit.class) : EnumSet.copyOf(bits));
    }
}
