package io.rootwatch.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One target's latest result.
 *
 * @param target        the target's display form, e.g. {@code example.com:443}
 * @param capturedAt    when that capture was made
 * @param status        the capture status: {@code ok}, {@code partial} or {@code error}
 * @param verdict       the result's verdict
 * @param leafSubject   the first served certificate's subject (report {@code chain[0].subject}, else the
 *                      certificates table); empty when unknown or nothing was served
 * @param leafNotAfter  that certificate's notAfter; empty when unknown
 * @param rootName      the root ending the chosen path; empty when none
 * @param caOwner       that root's CCADB owner; empty when unknown
 * @param findingCount  how many findings the result has
 * @param worstSeverity the most severe finding's severity ({@code critical} … {@code info}), or {@code none}
 *                      when there are no findings
 * @param tags          the target's tags from the targets file (its latest capture's), keys sorted; empty when none
 */
public record InventoryRow(String target, Instant capturedAt, String status, String verdict,
                           Optional<String> leafSubject, Optional<Instant> leafNotAfter, Optional<String> rootName,
                           Optional<String> caOwner, int findingCount, String worstSeverity,
                           Map<String, String> tags) {
    public InventoryRow {
        tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
