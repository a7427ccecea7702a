package io.rootwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one connection to one database file, used by one thread at a time. A ReentrantLock rather than
 * {@code synchronized}, so virtual threads waiting for the database do not pin their carrier on Java 21.
 * Every failure becomes a {@link StoreException} naming the file and the operation.
 */
final class Session implements AutoCloseable {
    /** Work on the connection; may throw StoreException to abort the transaction with a clear message. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException, StoreException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    Session(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} in autocommit mode: for reads and single statements. */
    <T> T read(String what, Work<T> work) throws StoreException {
        lock.lock();
        try {
            ensureOpen(what);
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * BEGIN IMMEDIATE takes the write lock up front, so a write waits (busy_timeout) for another process
     * instead of failing with SQLITE_BUSY when it would upgrade a read lock half-way.
     */
    <T> T write(String what, Work<T> work) throws StoreException {
        lock.lock();
        try {
            ensureOpen(what);
            execute("BEGIN IMMEDIATE");
            boolean committed = false;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws StoreException {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("close the database", e);
        } finally {
            lock.unlock();
        }
    }

    StoreException failure(String what, SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
            return notADatabase(file, e);
        }
        String reason = e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                ? "the file is damaged (" + e.getMessage() + ")"
                : e.getMessage();
        return new StoreException("could not " + what + " in " + file + ": " + reason, e);
    }

    static StoreException notADatabase(Path file, Exception cause) {
        return new StoreException(file + " is not a rootwatch database (file is not a database)", cause);
    }

    StoreException newerThanCode(int fileVersion, int codeVersion) {
        return new StoreException(file + " has schema version " + fileVersion
                + ", newer than this rootwatch understands (up to " + codeVersion
                + "); it was written by a newer rootwatch: upgrade rootwatch, or use another database file");
    }

    private void ensureOpen(String what) throws StoreException {
        if (closed) {
            throw new StoreException("could not " + what + ": the database " + file + " is closed");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting; "no transaction is active" means SQLite
            // already rolled back on its own.
        }
    }
}
