package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opens SQLite connections with FactDesk's settings, so that every connection (the writer, a check, a
 * restore) behaves the same.
 *
 * <p>synchronous=FULL: in WAL mode, NORMAL can lose the last committed transactions on a power cut or OS
 * crash (only an application crash is safe). A reviewer's verdict is acknowledged in the UI once saved, so
 * it must survive a power cut: FULL fsyncs the WAL at every commit. Verdicts are written at human speed, so
 * the cost (one fsync, a few ms) is invisible.
 */
final class SqliteConnections {
    static final int BUSY_TIMEOUT_MS = 5000;

    private SqliteConnections() {
    }

    static Connection open(Path dbFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // Writers take the lock at BEGIN, so busy_timeout applies instead of failing on lock upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
    }

    /**
     * The same settings without the WAL's shared-memory file: with exclusive locking from the start, SQLite keeps the
     * WAL index in memory, so a database whose disk is too full to create or grow {@code -shm} still opens and reads
     * (docs/decisions/0024). The journal mode is not set (it is kept in the file): setting it would touch the WAL first.
     */
    static Connection openWithoutSharedMemory(Path dbFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
        // synchronous only once exclusive locking holds: the driver may set it first, and it touches the WAL
        try (var st = c.createStatement()) {
            st.executeQuery("PRAGMA user_version").close();
            st.execute("PRAGMA synchronous = FULL");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** A read-only connection to a backup (or any file FactDesk must not change while looking at it). */
    static Connection openReadOnly(Path dbFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
    }
}
