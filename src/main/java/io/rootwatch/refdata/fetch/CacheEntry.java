package io.rootwatch.refdata.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rootwatch.refdata.RefDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One cached download: the data file and its JSON sidecar ({@code <name>.meta.json}: url, retrievedAt, sha256,
 * etag, lastModified). Both are written to a temporary file and moved into place atomically, data first, so a
 * reader never sees a sidecar for bytes that are not there; a sidecar whose hash does not match the data is
 * ignored (treated as no cache).
 */
final class CacheEntry {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sidecar's fields; absent validators are "". */
    record Meta(String url, String retrievedAt, String sha256, String etag, String lastModified) {
    }

    private final Path data;
    private final Path sidecar;

    CacheEntry(Path cacheDir, String url) {
        String name = sanitize(url) + "-" + sha256Hex(url.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        this.data = cacheDir.resolve(name + ".data");
        this.sidecar = cacheDir.resolve(name + ".meta.json");
    }

    Path data() {
        return data;
    }

    /** The cached copy when present and consistent (sidecar hash equals the data's hash). */
    Optional<Meta> read() {
        try {
            if (!Files.isRegularFile(data) || !Files.isRegularFile(sidecar)) {
                return Optional.empty();
            }
            Meta m = JSON.readValue(sidecar.toFile(), Meta.class);
            if (!sha256Hex(Files.readAllBytes(data)).equals(m.sha256())) {
                return Optional.empty();
            }
            Instant.parse(m.retrievedAt());
            return Optional.of(m);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(byte[] bytes, Meta meta) throws RefDataException {
        try {
            Files.createDirectories(data.getParent());
            atomicWrite(data, bytes);
            atomicWrite(sidecar, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
        } catch (IOException e) {
            throw new RefDataException(data + ": cannot write cache: " + e.getMessage(), e);
        }
    }

    private static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String sanitize(String url) {
        String s = url.replaceFirst("^[a-zA-Z]+://", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.length() > 80 ? s.substring(s.length() - 80) : s;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
