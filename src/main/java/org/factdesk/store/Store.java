package org.factdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictChange;

/**
 * The review database: articles, their claims, verdicts with their full history, and settings, in one
 * SQLite file. One connection does all the work (SQLite allows one writer; methods are synchronized), every
 * write is one transaction, and a verdict change writes the current row and an append-only history row
 * together, so nothing a reviewer did is lost and undo and redo are reads of history (an undo row names
 * the change it took back in {@code undoes_seq}; a redo row names the undo it took back there).
 *
 * <p>Opening checks the file (quick_check), refuses a schema newer than this version knows, takes a backup
 * (beside the database in {@code backups/}) when something changed since the newest one and the full check passes,
 * and then migrates; a missing, empty or damaged database is never replaced (docs/decisions/0022).
 */
public final class Store implements ReviewStore {
    private static final ReviewRows ROWS = ReviewRows.SQLITE;
    private static final ReviewWrites WRITES = new ReviewWrites(ROWS);

    /** Renews the change stamp in every write transaction (schema 3 on), so that an open can tell whether a backup is due. */
    private static final String RENEW_STAMP =
            "UPDATE store_state SET value = lower(hex(randomblob(8))) WHERE key = 'change_stamp'";

    /**
     * Writes are refused, with a message, while the database's disk has less free than this: a save needs room for
     * its write-ahead log and checkpoint, and a refusal that says "disk full" beats SQLite failing half-way. Reads go
     * on; writes work again as soon as there is room (docs/decisions/0024).
     */
    static final long WRITE_RESERVE = 8L << 20;

    private final Path dbFile;
    private final Backups backups;
    private final Connection conn;
    private final List<String> notices;
    private final FreeSpace freeSpace;
    private boolean closed;

    private Store(Path dbFile, Backups backups, Connection conn, List<String> notices, FreeSpace freeSpace) {
        this.dbFile = dbFile;
        this.backups = backups;
        this.conn = conn;
        this.notices = List.copyOf(notices);
        this.freeSpace = freeSpace;
    }

    // ---- opening -------------------------------------------------------------------------------

    /** What is at the database's path before it is opened. */
    private enum FileState { MISSING, EMPTY, PRESENT }

    /** Free bytes on the disk of a folder (tests: a full disk). */
    @FunctionalInterface
    interface FreeSpace {
        FreeSpace DISK = folder -> Files.getFileStore(folder).getUsableSpace();

        long usableBytes(Path folder) throws IOException;

        /** The same, with the disk looked up once (finding a path's file store reads the mount table). */
        default FreeSpace cached(Path folder) {
            if (this != DISK) {
                return this;
            }
            try {
                java.nio.file.FileStore store = Files.getFileStore(folder);
                return f -> store.getUsableSpace();
            } catch (IOException e) {
                return this;
            }
        }
    }

    /**
     * Opens (creating if needed) the database at {@code dbFile}.
     *
     * <p>A missing or empty file while backups exist, and a damaged one, are never replaced: the exception says what
     * happened and names the newest good backup ({@link StoreException#latestBackup()}), which
     * {@link #restoreBackup} puts back. A backup is taken when something changed since the newest one, and only of
     * a database that passed the full check (docs/decisions/0022).
     *
     * @throws StoreException with a message for the user when the file is missing or empty while backups exist, is
     *                        damaged, was written by a newer FactDesk, or cannot be opened
     */
    public static Store open(Path dbFile) {
        return open(dbFile, FreeSpace.DISK);
    }

    static Store open(Path dbFile, FreeSpace freeSpace) {
        Path file = dbFile.toAbsolutePath();
        Backups backups = new Backups(file);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + file.getParent() + ": " + e.getMessage()
                    + ". Check that it is writable or choose another data folder.", e);
        }
        FileState state = fileState(file);
        if (state != FileState.PRESENT && !backups.list().isEmpty()) {
            throw lost(file, backups, state);
        }
        if (state == FileState.EMPTY) {
            throw new StoreException("The review database " + file + " is empty (0 bytes), and there is no backup in "
                    + backups.folder() + ". A failed copy or a sync client can leave an empty file. Put back a copy of "
                    + file.getFileName() + " if you have one; to start a new, empty database, delete the empty file.");
        }
        Connection c;
        try {
            c = openConnection(file, freeSpace);
        } catch (SQLException e) {
            throw openFailure(file, backups, e);
        }
        List<String> notices = new ArrayList<>();
        try {
            if (state == FileState.PRESENT) {
                requireIntact(c, file, backups);
            }
            int version = Migrations.userVersion(c);
            int latest = Migrations.latestVersion();
            if (version > latest) {
                throw new StoreException("This database (" + file + ") was written by a newer FactDesk (schema "
                        + version + "; this version knows up to " + latest
                        + "). Update FactDesk or open another data folder.");
            }
            if (state == FileState.PRESENT && version > 0) {
                boolean migrating = version < latest;
                String stamp = changeStamp(c);
                if (migrating || stamp == null || !stamp.equals(newestStamp(backups))) {
                    List<String> problems = StoreCheck.run(c);
                    if (!problems.isEmpty()) {
                        throw damaged(file, backups, String.join("; ", problems), null);
                    }
                    backUpAtOpen(c, file, backups, version, migrating, freeSpace, notices);
                }
            }
            Migrations.migrate(c, version);
            try {
                backups.removeLeftovers();
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".restoring")); // a restore cut short
            } catch (IOException e) {
                // a leftover costs only space; the next open tries again
            }
            if (free(freeSpace, file.getParent()) < WRITE_RESERVE) {
                notices.add("The disk holding " + file.getParent() + " is full (" + DiskSpace.megabytes(
                        free(freeSpace, file.getParent())) + " free): the workspace opened read-only. Reading works;"
                        + " saving needs about " + DiskSpace.megabytes(WRITE_RESERVE) + " free and works again as soon"
                        + " as there is room.");
            }
            return new Store(file, backups, c, notices, freeSpace.cached(file.getParent()));
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            if (e instanceof SQLException sql) {
                throw openFailure(file, backups, sql);
            }
            throw new StoreException("Cannot open the review database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store's connection. On a disk without room for the WAL's shared-memory file SQLite cannot open the database
     * at all (SQLITE_IOERR_SHMSIZE), and a failed attempt spoils a second one in the same process; so with less than
     * {@link #WRITE_RESERVE} free, the connection is made without it from the start, and reading still works (writes
     * are refused until there is room).
     */
    private static Connection openConnection(Path file, FreeSpace freeSpace) throws SQLException {
        return free(freeSpace, file.getParent()) < WRITE_RESERVE && Files.exists(file)
                ? SqliteConnections.openWithoutSharedMemory(file) : SqliteConnections.open(file);
    }

    private static FileState fileState(Path file) {
        try {
            if (!Files.exists(file)) {
                return FileState.MISSING;
            }
            if (Files.size(file) > 0) {
                return FileState.PRESENT;
            }
            // an empty main file whose write-ahead log holds pages still has data: SQLite reads it from the log
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0 ? FileState.PRESENT : FileState.EMPTY;
        } catch (IOException e) {
            return FileState.PRESENT; // let SQLite say what is wrong with it
        }
    }

    /**
     * Takes the backup an open owes: before a migration (required: without room for it the database is not
     * upgraded) or because something changed since the newest backup (skipped with a notice when the disk has no
     * room: the workspace still opens).
     */
    private static void backUpAtOpen(Connection c, Path file, Backups backups, int version, boolean migrating,
                                     FreeSpace freeSpace, List<String> notices) throws SQLException, IOException {
        long needed = backupBytes(file);
        long free = free(freeSpace, file.getParent());
        String full = null;
        if (free < needed) {
            full = "the disk holding " + backups.folder() + " has " + DiskSpace.megabytes(free)
                    + " free and a backup needs about " + DiskSpace.megabytes(needed);
        } else {
            try {
                backups.create(c, version, migrating ? Backups.BEFORE_MIGRATION : "changed");
                return;
            } catch (SQLException | IOException e) {
                if (!DiskSpace.isDiskFull(e)) {
                    throw e;
                }
                full = "the disk holding " + backups.folder() + " filled up while writing it (about "
                        + DiskSpace.megabytes(needed) + " needed)";
            }
        }
        if (migrating) {
            throw new StoreException("FactDesk backs up " + file + " before upgrading it to schema "
                    + Migrations.latestVersion() + ", but " + full + ". Free some space on that disk and start"
                    + " FactDesk again; the database was not changed.");
        }
        notices.add("No backup was taken at this start: " + full + ". Free some space; FactDesk backs up at the next"
                + " start.");
    }

    /** About what a backup of the database takes: the file and its write-ahead log, plus a margin. */
    private static long backupBytes(Path file) {
        long bytes = 1 << 20;
        for (String suffix : List.of("", "-wal")) {
            try {
                bytes += Files.size(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // no log: nothing to add
            }
        }
        return bytes;
    }

    private static long free(FreeSpace freeSpace, Path folder) {
        try {
            return freeSpace.usableBytes(folder);
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: try, and let a failure say what it is
        }
    }

    /** The change stamp (schema 3 on), or null before. */
    private static String changeStamp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_state WHERE key = 'change_stamp'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                return null;
            }
            throw e;
        }
    }

    /** The change stamp of the newest backup, or null when there is none or it cannot be read. */
    private static String newestStamp(Backups backups) {
        return backups.latest().map(b -> {
            try (Connection c = SqliteConnections.openReadOnly(b.file())) {
                return changeStamp(c);
            } catch (SQLException e) {
                return null;
            }
        }).orElse(null);
    }

    private static void requireIntact(Connection c, Path file, Backups backups) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("PRAGMA quick_check");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw damaged(file, backups, "SQLite: " + String.join("; ", problems.subList(0, Math.min(3, problems.size()))),
                    null);
        }
    }

    private static StoreException openFailure(Path file, Backups backups, SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        if (primary == 11 || primary == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
            return damaged(file, backups, "SQLite: " + e.getMessage(), e);
        }
        if (primary == 5 || primary == 6) { // SQLITE_BUSY, SQLITE_LOCKED
            return new StoreException("The review database " + file + " is in use by another program. Close"
                    + " the other FactDesk (or program) using it, or open another data folder.", e);
        }
        if (DiskSpace.isDiskFull(e) || (e.getMessage() != null && e.getMessage().contains("SHMSIZE"))) {
            return new StoreException("Cannot open the review database " + file + ": the disk holding "
                    + file.getParent() + " is full. Free some space on that disk and start FactDesk again.", e);
        }
        return new StoreException("Cannot open the review database " + file + ": " + e.getMessage()
                + ". Check that the file and its folder are readable and writable.", e);
    }

    private static StoreException damaged(Path file, Backups backups, String detail, Throwable cause) {
        Optional<BackupInfo> good = newestGoodBackup(backups);
        return new StoreException("The review database " + file + " is damaged and was not changed (" + detail + ")."
                + restoreOffer(backups, good), good.map(BackupInfo::file).orElse(null), cause);
    }

    /** The database file is missing or empty while backups exist: never replaced by a new, empty one. */
    private static StoreException lost(Path file, Backups backups, FileState state) {
        Optional<BackupInfo> good = newestGoodBackup(backups);
        String what = state == FileState.MISSING ? "is missing" : "is empty (0 bytes: a failed copy or a sync client"
                + " can leave this)";
        return new StoreException("The review database " + file + " " + what + ", but there are backups in "
                + backups.folder() + ". FactDesk did not create a new, empty database in its place."
                + restoreOffer(backups, good) + " To start an empty workspace instead, use another data folder"
                + " (--data-dir).", good.map(BackupInfo::file).orElse(null), null);
    }

    private static String restoreOffer(Backups backups, Optional<BackupInfo> good) {
        return good.map(b -> " The newest good backup is " + b.file() + " (" + b.summary() + "). Restore it with"
                        + " `factdesk restore` or File > Restore backup; the file it replaces is kept beside it.")
                .orElse(backups.list().isEmpty()
                        ? " There is no backup in " + backups.folder() + ". Keep the file for recovery and open"
                        + " another data folder."
                        : " None of the backups in " + backups.folder() + " passes the check either. Keep the files"
                        + " for recovery and open another data folder.");
    }

    /** Backups of the database at {@code dbFile}, newest first, each checked and described. */
    public static List<BackupInfo> backups(Path dbFile) {
        return new Backups(dbFile.toAbsolutePath()).list().stream().map(Store::describe).toList();
    }

    /** The newest backup of {@code dbFile} that passes the full check, if any. */
    public static Optional<BackupInfo> newestGoodBackup(Path dbFile) {
        return newestGoodBackup(new Backups(dbFile.toAbsolutePath()));
    }

    private static Optional<BackupInfo> newestGoodBackup(Backups backups) {
        for (Backups.Backup b : backups.list()) {
            BackupInfo info = describe(b);
            if (info.good()) {
                return Optional.of(info);
            }
        }
        return Optional.empty();
    }

    /** A backup file (in the backups folder or anywhere else) with what it holds, or what is wrong with it. */
    public static BackupInfo describeBackup(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new Backups(abs.getParent().resolveSibling("factdesk.db")).list().stream()
                .filter(b -> b.file().equals(abs)).findFirst().map(Store::describe)
                .orElseGet(() -> describe(new Backups.Backup(abs, Instant.EPOCH, 0, "")));
    }

    /** A backup with what it holds, or what is wrong with it. */
    static BackupInfo describe(Backups.Backup b) {
        try (Connection c = SqliteConnections.openReadOnly(b.file())) {
            List<String> problems = StoreCheck.run(c);
            if (!problems.isEmpty()) {
                return BackupInfo.damaged(b, String.join("; ", problems));
            }
            return new BackupInfo(b.file(), b.takenAt(), b.schemaVersion(), b.reason(), count(c, "articles"),
                    count(c, "claims"), count(c, "verdict_history"), null);
        } catch (SQLException | RuntimeException e) {
            return BackupInfo.damaged(b, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        // the table name is one of ours, never user input
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Puts {@code backup} in place of {@code dbFile} after checking it (a damaged backup is refused). The file it
     * replaces (and its -wal/-shm) is kept, renamed {@code <name>.before-restore-<time>}: nothing is overwritten.
     * The copy is written to a temporary name, synced and renamed, so a crash leaves either database whole.
     * Call with the database closed (the data folder's lock held).
     *
     * @return where the replaced file was moved, or empty when there was none
     */
    public static Optional<Path> restoreBackup(Path backup, Path dbFile) {
        Path file = dbFile.toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("There is no backup " + backup + ". List the backups with `factdesk restore"
                    + " --list`.");
        }
        BackupInfo info = describeBackup(backup);
        if (!info.good()) {
            throw new StoreException("The backup " + backup + " does not pass the check (" + info.problem()
                    + ") and was not restored. Choose another one: `factdesk restore --list`.");
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("UTC")).format(Instant.now());
        Path tmp = file.resolveSibling(file.getFileName() + ".restoring");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(tmp);
            Files.copy(backup, tmp);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Path kept = null;
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path f = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path target = file.resolveSibling(file.getFileName() + suffix + ".before-restore-" + stamp);
                    Files.move(f, target);
                    if (suffix.isEmpty()) {
                        kept = target;
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return Optional.ofNullable(kept);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next restore removes it
            }
            throw new StoreException("Could not restore " + backup + " to " + file + ": " + e.getMessage()
                    + (DiskSpace.isDiskFull(e) ? ". The disk is full: free some space and try again."
                    : ". Check that the data folder is writable."), e);
        }
    }

    public Path file() {
        return dbFile;
    }

    @Override
    public String location() {
        return dbFile.toString();
    }

    /** What the user should know about this open (a backup that could not be taken), or empty. */
    public List<String> notices() {
        return notices;
    }

    /** The newest backup, if any. */
    public Optional<Path> latestBackup() {
        return backups.latest().map(Backups.Backup::file);
    }

    /** Checks the database and writes a backup now (rotated like the automatic ones). */
    public synchronized Path backup() {
        ensureOpen();
        try {
            List<String> problems = StoreCheck.run(conn);
            if (!problems.isEmpty()) {
                throw new StoreException("The review database " + dbFile + " does not pass the check ("
                        + String.join("; ", problems) + "), so it was not backed up."
                        + restoreOffer(backups, newestGoodBackup(backups)));
            }
            return backups.create(conn, Migrations.userVersion(conn), "manual");
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not back up " + dbFile + " to " + backups.folder() + ": "
                    + e.getMessage() + (DiskSpace.isDiskFull(e) ? ". The disk is full: free some space." : ""), e);
        }
    }

    /** The full check (integrity and the store's logical checks): empty when the database is sound. */
    public synchronized List<String> fullCheck() {
        return read("check the database", () -> StoreCheck.run(conn));
    }

    /** {@code PRAGMA integrity_check}: {@code ["ok"]} when the file is sound. */
    public List<String> integrityCheck() {
        return read("check the database", () -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("PRAGMA integrity_check");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    // ---- articles ------------------------------------------------------------------------------

    /** Inserts or updates an article; keeps when it was added and last opened. */
    public void saveArticle(Article a) {
        Objects.requireNonNull(a, "article");
        write("save article " + a.id(), () -> {
            WRITES.saveArticle(conn, a);
            return null;
        });
    }

    public Optional<Article> article(String id) {
        return read("read article " + id, () -> ROWS.article(conn, id));
    }

    /**
     * Removes an article and its claims, but only when no verdict was ever recorded on it (a reviewer's work is never
     * deleted this way).
     *
     * @return true when it was removed; false when it is not stored or has a verdict or verdict history
     */
    public boolean deleteUnreviewedArticle(String id) {
        return write("remove article " + id, () -> WRITES.deleteUnreviewedArticle(conn, id));
    }

    /** Every stored article with its progress, most recently opened (or added) first. */
    public List<ArticleSummary> articles() {
        return read("list articles", () -> {
            List<ArticleSummary> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT a.*,
                      (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.dismissed = 0) AS n_claims,
                      (SELECT count(*) FROM claims c JOIN verdicts v ON v.claim_id = c.id
                        WHERE c.article_id = a.id AND c.dismissed = 0 AND v.status <> 'UNREVIEWED') AS n_reviewed
                    FROM articles a
                    ORDER BY coalesce(a.opened_at, a.added_at) DESC, a.rowid DESC""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleSummary(ROWS.article(rs), rs.getInt("n_claims"), rs.getInt("n_reviewed"),
                            Instants.parse(rs.getString("opened_at"))));
                }
            }
            return out;
        });
    }

    /** Records that the reviewer opened the article now, for "reopen where you left off". */
    public void markOpened(String articleId) {
        write("mark article " + articleId + " opened", () -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE articles SET opened_at = ? WHERE id = ?")) {
                ps.setString(1, Instants.format(Instant.now()));
                ps.setString(2, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The article the reviewer opened last, if any. */
    public Optional<Article> lastOpenedArticle() {
        return read("find the last opened article", () -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT * FROM articles WHERE opened_at IS NOT NULL ORDER BY opened_at DESC, rowid DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ROWS.article(rs)) : Optional.empty();
            }
        });
    }

    /**
     * Articles with any verdict change in [from, to), most recently reviewed first: the input of a report
     * "for all articles reviewed in a date range".
     */
    public List<Article> articlesReviewedBetween(Instant from, Instant to) {
        return read("list articles reviewed between " + from + " and " + to,
                () -> ROWS.articlesReviewedBetween(conn, from, to));
    }

    // ---- claims --------------------------------------------------------------------------------

    /**
     * Replaces the extracted claims of an article with {@code claims}. Manual claims stay (a manual claim
     * wins over an extracted one with the same id); dismissed claims stay dismissed, even when this
     * extraction did not find them; verdicts and history are never touched.
     *
     * @throws StoreException if the article is not stored
     */
    public void saveClaims(String articleId, List<Claim> claims) {
        ReviewWrites.requireClaimsOf(articleId, claims);
        write("save the claims of article " + articleId, () -> {
            WRITES.replaceExtractedClaims(conn, articleId, claims);
            return null;
        });
    }

    @Override
    public java.util.Set<String> manualClaimIds(String articleId) {
        return read("read the reviewer's claims of article " + articleId, () -> ROWS.manualClaimIds(conn, articleId));
    }

    @Override
    public void replaceReading(Article article, List<Claim> kept, java.util.Set<String> madeManual, List<Claim> extracted) {
        ReviewWrites.requireClaimsOf(article.id(), kept);
        ReviewWrites.requireClaimsOf(article.id(), extracted);
        write("read article " + article.id() + " again", () -> {
            WRITES.replaceReading(conn, article, kept, madeManual, extracted);
            return null;
        });
    }

    /** Adds or updates a claim the reviewer made or edited; re-extraction never replaces it. */
    public void saveManualClaim(Claim c) {
        write("save claim " + c.id(), () -> {
            WRITES.saveManualClaim(conn, c);
            return null;
        });
    }

    /** Dismisses a claim as not check-worthy (or brings it back); its verdict and history stay. */
    public void setDismissed(String claimId, boolean dismissed) {
        write("dismiss claim " + claimId, () -> {
            WRITES.setDismissed(conn, claimId, dismissed);
            return null;
        });
    }

    /** The claims of an article that are not dismissed, in text order. */
    public List<Claim> claims(String articleId) {
        return claims(articleId, false);
    }

    /** The claims of an article the reviewer dismissed, in text order. */
    public List<Claim> dismissedClaims(String articleId) {
        return claims(articleId, true);
    }

    private List<Claim> claims(String articleId, boolean dismissed) {
        return read("read the claims of article " + articleId, () -> ROWS.claims(conn, articleId, dismissed));
    }

    public Optional<Claim> claim(String claimId) {
        return read("read claim " + claimId, () -> ROWS.claim(conn, claimId));
    }

    // ---- verdicts ------------------------------------------------------------------------------

    /** The current verdict; Unreviewed (updatedAt null) for a claim never reviewed. */
    public Verdict verdict(String claimId) {
        return read("read the verdict of claim " + claimId, () -> currentVerdict(claimId));
    }

    /**
     * Verdicts of an article's claims by claim id: every stored claim (Unreviewed when never reviewed),
     * plus verdicts of claims that re-extraction no longer finds.
     */
    public Map<String, Verdict> verdicts(String articleId) {
        return read("read the verdicts of article " + articleId, () -> ROWS.verdicts(conn, articleId));
    }

    /**
     * Saves a verdict: the current row and an append-only history row, in one transaction.
     *
     * @param action what changed ("status", "rationale", "evidence", ...), shown in the history
     * @return the verdict as stored, with {@code updatedAt} set to now
     */
    public Verdict saveVerdict(Verdict v, String action) {
        Objects.requireNonNull(v.claimId(), "claimId");
        String what = action == null || action.isBlank() ? "change" : action.strip();
        return write("save the verdict of claim " + v.claimId(), () -> apply(v, what, null));
    }

    @Override
    public VersionedVerdict versionedVerdict(String claimId) {
        return read("read the verdict of claim " + claimId,
                () -> new VersionedVerdict(currentVerdict(claimId), historyCount(claimId)));
    }

    @Override
    public VersionedVerdict saveVerdict(Verdict v, String action, long expectedVersion) {
        Objects.requireNonNull(v.claimId(), "claimId");
        String what = action == null || action.isBlank() ? "change" : action.strip();
        return write("save the verdict of claim " + v.claimId(), () -> {
            long current = historyCount(v.claimId());
            if (current != expectedVersion) {
                throw new VerdictConflictException(v, expectedVersion,
                        new VersionedVerdict(currentVerdict(v.claimId()), current));
            }
            return new VersionedVerdict(apply(v, what, null), current + 1);
        });
    }

    /** The version of a claim's verdict: one per history row (one writer, so counting is exact). */
    private long historyCount(String claimId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM verdict_history WHERE claim_id = ?")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** All changes to a claim's verdict, oldest first. */
    public List<VerdictChange> history(String claimId) {
        return read("read the history of claim " + claimId, () -> readHistory(claimId).changes());
    }

    /** True when {@link #undo} has a change to take back. */
    public boolean canUndo(String claimId) {
        return read("read the history of claim " + claimId, () -> readHistory(claimId).canUndo());
    }

    /** True when {@link #redo} has an undo to take back: the latest undo(s) with no new change since. */
    public boolean canRedo(String claimId) {
        return read("read the history of claim " + claimId, () -> readHistory(claimId).canRedo());
    }

    /**
     * Takes back the latest change not yet undone, restoring the verdict as it was before it; repeated
     * undos walk further back. The undo is itself a history row (action "undo"), so it survives a restart
     * and can be seen. With nothing to undo, returns the current verdict unchanged.
     */
    public Verdict undo(String claimId) {
        return write("undo the last change of claim " + claimId, () -> {
            Optional<VerdictHistory.Step> step = readHistory(claimId).undo();
            return step.isPresent() ? apply(step.get()) : currentVerdict(claimId);
        });
    }

    /**
     * Takes back the latest undo, restoring the verdict as it was before that undo; repeated redos walk
     * forward again. Derived from the history alone (a redo is a history row "redo" naming the undo it
     * takes back), so redo survives a restart; a new change since the undo ends what can be redone. With
     * nothing to redo, returns the current verdict unchanged.
     */
    public Verdict redo(String claimId) {
        return write("redo the last undone change of claim " + claimId, () -> {
            Optional<VerdictHistory.Step> step = readHistory(claimId).redo();
            return step.isPresent() ? apply(step.get()) : currentVerdict(claimId);
        });
    }

    /** Sets the verdict back to how it was after history row {@code seq} (action "revert"). */
    public Verdict revertTo(String claimId, long seq) {
        return write("revert claim " + claimId, () -> apply(readHistory(claimId).revertTo(seq)));
    }

    private Verdict apply(VerdictHistory.Step step) throws SQLException {
        return apply(step.verdict(), step.action(), step.undoes());
    }

    /** Writes current + history rows; call inside a transaction. */
    private Verdict apply(Verdict v, String action, Long undoes) throws SQLException {
        Instant now = Instant.now();
        Verdict saved = new Verdict(v.claimId(), v.status(), v.rationale(), v.confidence(), v.reviewer(), now,
                v.evidence());
        String articleId = null;
        try (PreparedStatement ps = conn.prepareStatement("SELECT article_id FROM claims WHERE id = ?")) {
            ps.setString(1, v.claimId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    articleId = rs.getString(1);
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO verdicts (claim_id, article_id, status, rationale, confidence, reviewer, updated_at, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(claim_id) DO UPDATE SET article_id = coalesce(excluded.article_id, verdicts.article_id),
                    status = excluded.status, rationale = excluded.rationale, confidence = excluded.confidence,
                    reviewer = excluded.reviewer, updated_at = excluded.updated_at, evidence = excluded.evidence""")) {
            ps.setString(1, saved.claimId());
            ps.setString(2, articleId);
            ps.setString(3, saved.status().name());
            ps.setString(4, saved.rationale());
            ps.setInt(5, saved.confidence());
            ps.setString(6, saved.reviewer());
            ps.setString(7, Instants.format(now));
            ps.setString(8, StoreJson.evidence(saved.evidence()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO verdict_history (claim_id, at, action, undoes_seq, snapshot) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, saved.claimId());
            ps.setString(2, Instants.format(now));
            ps.setString(3, action);
            if (undoes == null) {
                ps.setNull(4, java.sql.Types.INTEGER);
            } else {
                ps.setLong(4, undoes);
            }
            ps.setString(5, StoreJson.verdict(saved));
            ps.executeUpdate();
        }
        return saved;
    }

    private Verdict currentVerdict(String claimId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM verdicts WHERE claim_id = ?")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ROWS.verdict(rs) : Verdict.unreviewed(claimId);
            }
        }
    }

    /** Every claim with a verdict other than Unreviewed, newest change first: what the desk has checked. */
    public List<CheckedClaim> checkedClaims() {
        return read("list the checked claims", () -> ROWS.checkedClaims(conn));
    }

    /** The claim's history rows, read in the caller's transaction. */
    private VerdictHistory readHistory(String claimId) throws SQLException {
        List<VerdictHistory.Row> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT seq, at, action, undoes_seq, snapshot FROM verdict_history WHERE claim_id = ? ORDER BY seq")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long undoes = rs.getLong("undoes_seq");
                    Long undoesSeq = rs.wasNull() ? null : undoes;
                    rows.add(new VerdictHistory.Row(rs.getLong("seq"), Instants.parse(rs.getString("at")),
                            rs.getString("action"), undoesSeq, StoreJson.verdict(rs.getString("snapshot"))));
                }
            }
        }
        return new VerdictHistory(claimId, rows);
    }

    // ---- the archive's import log ------------------------------------------------------------------

    /** Records an import into the archive (see ArchiveImport). */
    public void recordArchiveImport(String source, Long bytes, Instant modified, int added, int updated, int articles) {
        write("record the import of " + source, () -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO archive_imports"
                    + " (source, at, bytes, modified, added, updated, articles) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, source);
                ps.setString(2, Instants.format(Instant.now()));
                ps.setObject(3, bytes);
                ps.setString(4, Instants.format(modified));
                ps.setInt(5, added);
                ps.setInt(6, updated);
                ps.setInt(7, articles);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets the imports of a source whose articles were taken out of the archive (the demo's samples). */
    public void forgetArchiveImports(String source) {
        write("forget the imports of " + source, () -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM archive_imports WHERE source = ?")) {
                ps.setString(1, source);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every import recorded, oldest first. */
    public List<ArchiveImport> archiveImports() {
        return read("read the archive's import log", () -> {
            List<ArchiveImport> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM archive_imports ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long bytes = rs.getLong("bytes");
                    Long size = rs.wasNull() ? null : bytes;
                    out.add(new ArchiveImport(rs.getLong("seq"), rs.getString("source"),
                            Instants.parse(rs.getString("at")), size, Instants.parse(rs.getString("modified")),
                            rs.getInt("added"), rs.getInt("updated"), rs.getInt("articles")));
                }
            }
            return out;
        });
    }

    // ---- settings ------------------------------------------------------------------------------

    public Optional<String> setting(String key) {
        return read("read setting " + key, () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Sets a setting; a null value removes it. */
    public void setSetting(String key, String value) {
        write("save setting " + key, () -> {
            String sql = value == null ? "DELETE FROM settings WHERE key = ?"
                    : "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setString(1, key);
                if (value != null) {
                    ps.setString(2, value);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- plumbing ------------------------------------------------------------------------------

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private synchronized <T> T read(String what, SqlWork<T> work) {
        ensureOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw rowFailure(what, e);
        }
    }

    /** Runs {@code work} in one transaction (which also renews the change stamp): all of it is stored, or none. */
    private synchronized <T> T write(String what, SqlWork<T> work) {
        ensureOpen();
        long free = free(freeSpace, dbFile.getParent());
        if (free < WRITE_RESERVE) {
            throw new StoreException("Could not " + what + ": the disk holding " + dbFile.getParent() + " is full ("
                    + DiskSpace.megabytes(free) + " free; saving needs about " + DiskSpace.megabytes(WRITE_RESERVE)
                    + "). Nothing was changed, and reading goes on. Free some space on that disk and try again.");
        }
        try {
            conn.setAutoCommit(false);
            T result;
            try {
                result = work.run();
                try (PreparedStatement ps = conn.prepareStatement(RENEW_STAMP)) {
                    ps.executeUpdate();
                }
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                // SQLite rolls back by itself on some errors (a full disk), and then ending the transaction fails
                // too: the first error is the one to tell
                try {
                    conn.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                try {
                    conn.setAutoCommit(true);
                } catch (SQLException reset) {
                    e.addSuppressed(reset);
                }
                throw e;
            }
            conn.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw rowFailure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        if (DiskSpace.isDiskFull(e)) {
            return new StoreException("Could not " + what + ": the disk holding " + dbFile.getParent()
                    + " is full. Nothing was changed; free some space on that disk and try again.", e);
        }
        return new StoreException("Could not " + what + " in " + dbFile + " (SQLite: " + e.getMessage()
                + "). Nothing was changed.", e);
    }

    /** A row the store cannot read (an unknown status, broken JSON): the database is damaged; say which backup helps. */
    private StoreException rowFailure(String what, RuntimeException e) {
        Optional<BackupInfo> good = newestGoodBackup(backups);
        return new StoreException("Could not " + what + ": the review database " + dbFile + " holds a row FactDesk"
                + " cannot read (" + readableReason(e) + "), so it is damaged." + restoreOffer(backups, good),
                good.map(BackupInfo::file).orElse(null), e);
    }

    /** A short reason for a row that could not be read ("unknown value 'VERIFIXD'"). */
    static String readableReason(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.startsWith("No enum constant ")) {
            return "unknown value '" + m.substring(m.lastIndexOf('.') + 1) + "'";
        }
        if (e instanceof java.time.format.DateTimeParseException dt) {
            return "unreadable date or time '" + dt.getParsedString() + "'";
        }
        return m;
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The review database " + dbFile + " is closed.");
        }
    }

    /** Tests: the database may not grow beyond this many pages, so that SQLite fails with SQLITE_FULL for real. */
    synchronized void limitPagesForTest(int pages) {
        try (PreparedStatement ps = conn.prepareStatement("PRAGMA max_page_count = " + pages)) {
            ps.execute();
        } catch (SQLException e) {
            throw failure("limit the database's size", e);
        }
    }

    /** A PRAGMA's current value on the store's connection (for checks and tests). */
    String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        return read("read pragma " + name, () -> {
            try (PreparedStatement ps = conn.prepareStatement("PRAGMA " + name);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeQuietly(conn);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the first error is the one to report.
        }
    }
}
