package org.factdesk.store;

import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/** Telling a full disk from other failures, and sizes as people read them. */
public final class DiskSpace {
    private DiskSpace() {
    }

    /** SQLITE_FULL, or an I/O error whose cause is ENOSPC ("No space left on device"). */
    public static boolean isDiskFull(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 10; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() & 0xff) == 13) { // SQLITE_FULL
                return true;
            }
            String m = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("database or disk is full")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    /** "1,234 MB" (whole megabytes; "less than 1 MB" below). */
    public static String megabytes(long bytes) {
        return bytes < (1 << 20) ? "less than 1 MB" : String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
