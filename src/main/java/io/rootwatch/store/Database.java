package io.rootwatch.store;

import io.rootwatch.model.Capture;
import io.rootwatch.model.Snapshot;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rootwatch SQLite database file (schema: {@code docs/database.md}). Holds one connection, in
 * write-ahead-logging mode with foreign keys enforced and a busy timeout, so other processes may read
 * while a scan writes. Thread-safe: all calls are serialized on that connection. Close it when done;
 * every method except {@link #close()} then fails with a StoreException.
 */
public final class Database implements AutoCloseable {
    private final Session session;
    private final Inventory inventory;

    private Database(Session session) {
        this.session = session;
        this.inventory = new Inventory(session);
    }

    /**
     * Opens {@code file}, creating it and its parent directories when missing, and migrates it to the
     * newest schema in one transaction. Refuses, without changing the file: a file that is not SQLite
     * ("… is not a rootwatch database (file is not a database)"), an SQLite file of another application,
     * and a rootwatch database written by a newer version.
     *
     * @throws StoreException with a message naming the file
     */
    public static Database open(Path file) throws StoreException {
        return open(file, new Migrator(Schema.MIGRATIONS));
    }

    static Database open(Path file, Migrator migrator) throws StoreException {
        Objects.requireNonNull(file, "file");
        return new Database(DatabaseOpener.open(file, migrator));
    }

    /**
     * Opens an existing database for commands that only read (inventory, refdata list): read-only, never
     * migrated, nothing created beside it. Writing through it fails.
     *
     * @throws StoreException with a message naming the file, also when its schema is older than this code's
     */
    public static Database openReadOnly(Path file) throws StoreException {
        Objects.requireNonNull(file, "file");
        return new Database(DatabaseOpener.openReadOnly(file, new Migrator(Schema.MIGRATIONS)));
    }

    /** {@code ~/.rootwatch/rootwatch.db}, with {@code ~} from the {@code user.home} system property. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".rootwatch", "rootwatch.db");
    }

    /** The schema version this code writes ({@code PRAGMA user_version} of a migrated file). */
    public static int schemaVersion() {
        return Schema.MIGRATIONS.size();
    }

    public Path file() {
        return session.file();
    }

    /**
     * Records the start of a scan and returns its recorder. Resuming: when {@code scanId} is already
     * stored, its row keeps its first started_at, command and evaluated_at, it is marked unfinished again,
     * and {@link ScanRecorder#completedTargets()} tells which targets need no new capture.
     */
    public ScanRecorder startScan(String scanId, String command, Instant startedAt, Instant evaluatedAt)
            throws StoreException {
        if (scanId == null || scanId.isBlank()) {
            throw new IllegalArgumentException("scan id must not be blank");
        }
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        Scans.start(session, scanId, command, startedAt, evaluatedAt);
        return new ScanRecorder(session, scanId);
    }

    /**
     * The display names of targets that have a capture with a recorded result in scan {@code scanId},
     * sorted; empty when the scan is unknown or has none. A re-run of an interrupted scan skips these.
     * A target captured but never given a result is not complete: it is captured again.
     */
    public Set<String> completedTargets(String scanId) throws StoreException {
        return Scans.completedTargets(session, scanId);
    }

    /** Every recorded run (scan, inspect, ct), newest start first, with its capture and result counts. */
    public List<ScanSummary> scans() throws StoreException {
        return Scans.summaries(session);
    }

    /** Ids of scans never marked finished (running elsewhere, or interrupted), newest start first. */
    public List<String> unfinishedScans() throws StoreException {
        return Scans.unfinished(session);
    }

    /**
     * The ids of the captures of scan {@code scanId} that have a result, oldest first; empty when none. Read
     * back with {@link #capture(String)}, they let a resumed scan report what it judged before the interruption.
     */
    public List<String> judgedCaptures(String scanId) throws StoreException {
        return Scans.judgedCaptures(session, scanId);
    }

    /**
     * The per-result report JSON objects stored for scan {@code scanId}, oldest capture first; empty when
     * none. With {@link #completedTargets} this rebuilds the full report of a resumed scan.
     */
    public List<String> resultReports(String scanId) throws StoreException {
        return Scans.reports(session, scanId);
    }

    /**
     * The capture recorded under {@code captureId}, read back as it was recorded — target, served DER in order,
     * TLS facts, TLS SCT lists, stapled OCSP and delivery problems — to be judged again without a new
     * handshake; empty when no such capture is stored. A capture recorded before schema version 2 reads back
     * with no delivery problems: that version did not keep them.
     */
    public Optional<Capture> capture(String captureId) throws StoreException {
        Objects.requireNonNull(captureId, "captureId");
        return session.read("read capture '" + captureId + "'", c -> CaptureReader.read(c, captureId));
    }

    /**
     * Stores a reference-data snapshot. Idempotent on (kind, sha256): saving the same snapshot again
     * changes nothing, except that bytes given now fill bytes not given before.
     *
     * @throws IllegalArgumentException when {@code bytes} is present and its SHA-256 is not {@code s.sha256()}
     */
    public void saveSnapshot(Snapshot s, Optional<byte[]> bytes) throws StoreException {
        Objects.requireNonNull(s, "snapshot");
        Objects.requireNonNull(bytes, "bytes");
        bytes.ifPresent(b -> requireHash(s, b));
        session.write("save the " + s.kind() + " snapshot " + s.sha256(), c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO snapshots (kind, source, retrieved_at, sha256, bytes) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (kind, sha256) DO UPDATE SET bytes = coalesce(snapshots.bytes, excluded.bytes)""")) {
                p.setString(1, s.kind());
                p.setString(2, s.source());
                p.setString(3, s.retrievedAt().map(Times::format).orElse(null));
                p.setString(4, s.sha256());
                if (bytes.isPresent()) {
                    p.setBytes(5, bytes.get());
                } else {
                    p.setNull(5, Types.BLOB);
                }
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Every stored snapshot, newest retrieval first (offline imports, which have no time, last). */
    public List<Snapshot> snapshots() throws StoreException {
        return session.read("list snapshots", c -> {
            List<Snapshot> out = new java.util.ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT kind, source, retrieved_at, sha256 FROM snapshots ORDER BY retrieved_at IS NULL, retrieved_at DESC, kind");
                 java.sql.ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Snapshot(rs.getString(1), rs.getString(2), Times.tryParse(rs.getString(3)), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** The read side: latest result per target. Shares this database's connection and lifetime. */
    public Inventory inventory() {
        return inventory;
    }

    /** Closes the connection; idempotent. Everything recorded before is already durable. */
    @Override
    public void close() throws StoreException {
        session.close();
    }

    private static void requireHash(Snapshot s, byte[] bytes) {
        try {
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!actual.equalsIgnoreCase(s.sha256())) {
                throw new IllegalArgumentException("snapshot " + s.kind() + " from " + s.source() + " says sha256 "
                        + s.sha256() + " but its bytes hash to " + actual);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
