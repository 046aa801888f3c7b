package org.factdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the database in a {@code backups/} folder beside it:
 * {@code <db name>-<UTC time>-v<schema>-<reason>.db}. A copy is written with {@code VACUUM INTO} (a consistent
 * snapshot taken through SQLite, safe while the database is open) to a temporary name, synced, then renamed, so a
 * crash never leaves a half-written file under a backup's name. Only a database that passed the full check is
 * copied (the caller's job, see Store.open); rotation keeps generations (docs/decisions/0022).
 */
final class Backups {
    /** The newest this many are kept whatever their age. */
    static final int KEEP_RECENT = 5;
    /** Then the newest of each of this many days ... */
    static final int KEEP_DAYS = 7;
    /** ... and the newest of each of this many weeks. */
    static final int KEEP_WEEKS = 5;
    static final String BEFORE_MIGRATION = "before-migration";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".partial";

    /** A backup file: when it was taken, of which schema, why. */
    record Backup(Path file, Instant takenAt, int schemaVersion, String reason) {
    }

    private final Path dbFile;
    private final Path folder;
    private final Pattern name;

    Backups(Path dbFile) {
        this.dbFile = dbFile.toAbsolutePath();
        this.folder = this.dbFile.resolveSibling("backups");
        this.name = Pattern.compile(Pattern.quote(baseName()) + "-(\\d{8}-\\d{6}-\\d{3})-v(\\d+)(?:-([a-z-]+?))?(?:-\\d+)?\\.db");
    }

    Path folder() {
        return folder;
    }

    /** Writes a backup through {@code c}, then rotates. The caller has checked the database. */
    Path create(Connection c, int schemaVersion, String reason) throws SQLException, IOException {
        return create(c, schemaVersion, reason, Instant.now());
    }

    Path create(Connection c, int schemaVersion, String reason, Instant now) throws SQLException, IOException {
        Files.createDirectories(folder);
        String base = baseName() + "-" + STAMP.format(now) + "-v" + schemaVersion + (reason.isEmpty() ? "" : "-" + reason);
        Path target = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".db");
        }
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        Files.deleteIfExists(partial);
        try {
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            }
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            Files.deleteIfExists(partial); // a disk that filled up mid-copy keeps no half backup
            throw e;
        }
        rotate(now);
        return target;
    }

    /** Backups, newest first (by the time in their name). */
    List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Backup> out = new ArrayList<>();
            for (Path p : files.toList()) {
                Matcher m = name.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    try {
                        Instant at = Instant.from(STAMP.parse(m.group(1)));
                        out.add(new Backup(p, at, Integer.parseInt(m.group(2)), m.group(3) == null ? "" : m.group(3)));
                    } catch (DateTimeParseException | NumberFormatException e) {
                        // not one of ours after all
                    }
                }
            }
            out.sort(Comparator.comparing(Backup::takenAt).thenComparing(b -> b.file().getFileName().toString())
                    .reversed());
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /**
     * Deletes the backups that no generation keeps: the newest {@link #KEEP_RECENT}, the newest of each of the last
     * {@link #KEEP_DAYS} days and of each of the last {@link #KEEP_WEEKS} weeks, and the newest taken before each
     * migration stay. Files a crash left half-written go too.
     */
    void rotate(Instant now) throws IOException {
        List<Backup> all = list();
        Set<Path> keep = keep(all, now);
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                Files.deleteIfExists(b.file());
            }
        }
        removeLeftovers();
    }

    /** The backups that rotation keeps (see {@link #rotate}); {@code all} newest first. */
    static Set<Path> keep(List<Backup> all, Instant now) {
        Set<Path> keep = new LinkedHashSet<>();
        all.stream().limit(KEEP_RECENT).forEach(b -> keep.add(b.file()));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        Set<Integer> migrations = new HashSet<>();
        for (Backup b : all) {
            LocalDate day = LocalDate.ofInstant(b.takenAt(), ZoneOffset.UTC);
            long daysAgo = ChronoUnit.DAYS.between(day, today);
            if (daysAgo < KEEP_DAYS && days.add(day)) {
                keep.add(b.file());
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (daysAgo < KEEP_WEEKS * 7L && weeks.add(week)) {
                keep.add(b.file());
            }
            if (b.reason().equals(BEFORE_MIGRATION) && migrations.add(b.schemaVersion())) {
                keep.add(b.file());
            }
        }
        return keep;
    }

    /** Half-written backups a crash or a full disk left behind. */
    void removeLeftovers() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(PARTIAL)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private String baseName() {
        String name = dbFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
