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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rotated copies of the database in a {@code backups/} folder beside it:
 * {@code <db name>-<UTC time>-v<schema>[-<reason>].db}. A copy is written with {@code VACUUM INTO} (a
 * consistent snapshot taken through SQLite, safe while the database is open) to a temporary name, synced,
 * then renamed, so a crash never leaves a half-written file under a backup's name.
 */
final class Backups {
    static final int KEEP = 5;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".partial";

    private final Path dbFile;
    private final Path folder;

    Backups(Path dbFile) {
        this.dbFile = dbFile.toAbsolutePath();
        this.folder = this.dbFile.resolveSibling("backups");
    }

    Path folder() {
        return folder;
    }

    /** Writes a backup through {@code c} and deletes all but the newest {@link #KEEP}. */
    Path create(Connection c, int schemaVersion, String reason) throws SQLException, IOException {
        Files.createDirectories(folder);
        String base = baseName() + "-" + STAMP.format(Instant.now()) + "-v" + schemaVersion
                + (reason.isEmpty() ? "" : "-" + reason);
        Path target = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".db");
        }
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        Files.deleteIfExists(partial);
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
        rotate();
        return target;
    }

    /** Backups, newest first. */
    List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = baseName() + "-";
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> out = new ArrayList<>(files
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(".db"))
                    .toList());
            // The name carries a sortable UTC time stamp right after the prefix.
            out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    Optional<Path> latest() {
        return list().stream().findFirst();
    }

    private void rotate() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        // Left over by a crash during a backup.
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
