package org.factdesk.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A backup of the review database and what it holds, for choosing one to restore.
 *
 * @param problem why it does not pass the full check, or null when it does
 */
public record BackupInfo(Path file, Instant takenAt, int schemaVersion, String reason, int articles, int claims,
                         int verdictChanges, String problem) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    static BackupInfo damaged(Backups.Backup b, String problem) {
        return new BackupInfo(b.file(), b.takenAt(), b.schemaVersion(), b.reason(), 0, 0, 0, problem);
    }

    /** True when the backup passes the full check and can be restored. */
    public boolean good() {
        return problem == null;
    }

    /** "taken 2026-12-06 22:10, 3 articles, 36 claims, 12 verdict changes" or what is wrong with it. */
    public String summary() {
        String when = takenAt.equals(Instant.EPOCH) ? "" : "taken " + WHEN.format(takenAt) + ", ";
        return good() ? when + articles + (articles == 1 ? " article, " : " articles, ") + claims
                + (claims == 1 ? " claim, " : " claims, ") + verdictChanges
                + (verdictChanges == 1 ? " verdict change" : " verdict changes")
                : when + "damaged: " + problem;
    }
}
