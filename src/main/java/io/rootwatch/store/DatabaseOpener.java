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

    private static void prepareFile(Path file) throws StoreException {
        if (file.toString().indexOf('?') >= 0) {
            // sqlite-jdbc reads everything after '?' in a file name as connection options.
            throw new StoreException("cannot use " + file + " as a database file: its name contains '?'");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a directory, not a rootwatch database file");
        }
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
