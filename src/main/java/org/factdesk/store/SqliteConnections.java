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

    /** A read-only connection to a backup (or any file FactDesk must not change while looking at it). */
    static Connection openReadOnly(Path dbFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
    }
}
