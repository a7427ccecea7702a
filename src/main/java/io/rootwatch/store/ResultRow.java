package io.rootwatch.store;

import java.util.List;
import java.util.Optional;

/**
 * What the analysis concluded for one capture, as stored in the {@code results} table.
 *
 * @param verdict       the report's {@code mozilla.verdict}, e.g. {@code trusted}
 * @param rootSha256    the store root ending the chosen path; empty when the path ends at no store root
 * @param rootName      that root's name
 * @param caOwner       the root's CCADB owner; empty when unknown
 * @param distrustAfter the root's Distrust for TLS After Date as {@code YYYY-MM-DD}; empty when none
 * @param path          SHA-256 of each certificate on the chosen path, leaf first; empty when no leaf
 * @param reportJson    the full per-result JSON object of the report contract (one element of
 *                      {@code results}); must be a JSON object
 */
public record ResultRow(String verdict, Optional<String> rootSha256, Optional<String> rootName,
                        Optional<String> caOwner, Optional<String> distrustAfter, List<String> path,
                        String reportJson) {
    public ResultRow {
        if (verdict == null || rootSha256 == null || rootName == null || caOwner == null || distrustAfter == null
                || path == null || reportJson == null) {
            throw new IllegalArgumentException("result row parts must not be null");
        }
        path = List.copyOf(path);
    }
}
