package io.rootwatch.refdata.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A downloaded (or cached) report.
 *
 * @param file        the cached copy on disk
 * @param retrievedAt when its bytes were last confirmed by the server (download or 304 Not Modified)
 * @param sha256      lowercase hex SHA-256 of the file's bytes
 * @param source      the URL it came from
 * @param warnings    e.g. "using a stale cached copy" when the network failed; empty when all went well
 */
public record FetchedFile(Path file, Instant retrievedAt, String sha256, URI source, List<String> warnings) {
    public FetchedFile {
        warnings = List.copyOf(warnings);
    }
}
