package io.rootwatch.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One reference-data file that verdicts were judged against. {@code kind} is a report-contract kind
 * such as {@code ccadb-included-roots}; {@code sha256} is the hex SHA-256 of the file's bytes;
 * {@code retrievedAt} is when it was fetched (empty for a file given offline).
 */
public record Snapshot(String kind, String source, Optional<Instant> retrievedAt, String sha256) {
}
