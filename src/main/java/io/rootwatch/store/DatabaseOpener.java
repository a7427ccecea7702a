package io.rootwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens a database file safely: refuses anything that is not SQLite, or SQLite of another application,
 * or a rootwatch schema newer than this code, before writing a single byte to it; only then switches to
 * write-ahead logging and migrates.
 */
final class DatabaseOpener {
    /** The first 16 bytes of every SQLite 3 database file (https://sqlite.org/fileformat.html §1.3). */
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How long a write waits for another process holding the write lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private DatabaseOpener() {
    }

    static Session open(Path file, Migrator migrator) throws StoreException {
        prepareFile(file);
        Session session = new Session(file, connect(file));
        try {
            refuseForeignOrNewer(session, migrator);
            session.read("switch to write-ahead logging", c -> {
                try (Statement s = c.createStatement()) {
                    // Readers never block the writer and a crash mid-write leaves the file consistent.
                    s.execute("PRAGMA journal_mode = WAL");
                }
                return null;
            });
            migrator.migrate(session);
            return session;
        } catch (StoreException | RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    /**
     * Opens an existing database for reading only: no journal-mode switch, no migration, no file created, so
     * {@code inventory} works on a database it may not write (a read-only directory, a copy on a read-only
     * mount). Refuses a file that is not a rootwatch database of exactly this schema, as {@link #open} would
     * have migrated an older one.
     */
    static Session openReadOnly(Path file, Migrator migrator) throws StoreException {
        refuseUnusableName(file);
        refuseUnlessSqliteHeader(file);
        Session session = new Session(file, connectReadOnly(file));
        try {
            refuseForeignOrNewer(session, migrator);
            int version = session.read("read the schema version", Migrator::userVersion);
            if (version < migrator.latestVersion()) {
                throw new StoreException(file + " has rootwatch schema version " + version + " and this version reads "
                        + migrator.latestVersion() + "; run 'rootwatch scan' or 'rootwatch inspect' once to upgrade it");
            }
            return session;
        } catch (StoreException | RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    /**
     * {@code mode=ro} first. A WAL database still needs its -shm file, which SQLite cannot create in a directory
     * it may not write; when no -wal file exists either, every committed page is in the main file and no
     * writer can be active (it would need to create the -wal there), so {@code immutable=1} is then safe.
     */
    private static Connection connectReadOnly(Path file) throws StoreException {
        String uri = file.toAbsolutePath().toUri().toString();
        try {
            Connection c = readOnlyConfig().createConnection("jdbc:sqlite:" + uri + "?mode=ro");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
                return c;
            } catch (SQLException e) {
                c.close();
                if (Files.exists(Path.of(file + "-wal"))) {
                    throw e;
                }
            }
            return readOnlyConfig().createConnection("jdbc:sqlite:" + uri + "?mode=ro&immutable=1");
        } catch (SQLException e) {
            if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw Session.notADatabase(file, e);
            }
            throw new StoreException("could not open the database " + file + " for reading: " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig readOnlyConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private static void refuseUnusableName(Path file) throws StoreException {
        if (file.toString().indexOf('?') >= 0) {
            // sqlite-jdbc reads everything after '?' in a file name as connection options.
            throw new StoreException("cannot use " + file + " as a database file: its name contains '?'");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a directory, not a rootwatch database file");
        }
    }

    private static void prepareFile(Path file) throws StoreException {
        refuseUnusableName(file);
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("could not create the directory " + parent + " for the database " + file
                    + ": " + e, e);
        }
        if (Files.exists(file)) {
            refuseUnlessSqliteHeader(file);
        }
    }

    /** Reads the header ourselves so that a non-SQLite file is refused without SQLite touching it. */
    private static void refuseUnlessSqliteHeader(Path file) throws StoreException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        } catch (IOException e) {
            throw new StoreException("could not read the database file " + file + ": " + e, e);
        }
        // An empty file is a new database to SQLite; anything else must start with the magic.
        if (head.length > 0 && !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new StoreException(file + " is not a rootwatch database (file is not a database)");
        }
    }

    private static Connection connect(Path file) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // FULL: each committed capture is on disk before recordCapture returns, even across power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw Session.notADatabase(file, e);
            }
            throw new StoreException("could not open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void refuseForeignOrNewer(Session session, Migrator migrator) throws StoreException {
        session.read("read the schema version", c -> {
            int applicationId = Migrator.intPragma(c, "application_id");
            int userVersion = Migrator.userVersion(c);
            if (applicationId == Schema.APPLICATION_ID) {
                if (userVersion > migrator.latestVersion()) {
                    throw session.newerThanCode(userVersion, migrator.latestVersion());
                }
                return null;
            }
            int objects = schemaObjectCount(c);
            if (applicationId != 0 || userVersion != 0 || objects != 0) {
                throw new StoreException(session.file() + " is not a rootwatch database (an SQLite database of"
                        + " another application: application_id " + applicationId + ", user_version "
                        + userVersion + ", " + objects + " tables/indexes/views); choose another file");
            }
            return null; // a new, empty database
        });
    }

    private static int schemaObjectCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Session session) {
        try {
            session.close();
        } catch (StoreException ignored) {
            // Already failing with a better message.
        }
    }
}
