package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Writes a report file so that only a regular file is ever written and nothing half-written is left: a path that
 * is a device, a folder, a pipe or a symbolic link is refused (renaming over it would replace the link or the
 * device, never write through it, but either would surprise); the report goes to a temporary file beside the
 * target, created with the user's umask (not 0600), synced, then renamed over it. A replaced file's permissions are
 * kept. The temporary file is removed on every failure, and ones a crash left are removed by the next export.
 */
public final class ReportFiles {
    private static final String TEMP_SUFFIX = ".factdesk-tmp";

    /** Writes the report's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A target FactDesk will not write to: the message says why and what to give instead. */
    public static final class RefusedTarget extends IOException {
        RefusedTarget(String message) {
            super(message);
        }
    }

    private ReportFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, or leaves everything as it was.
     *
     * @param cancelled checked before the rename: a cancelled export leaves no file and the earlier one untouched
     * @return false when cancelled
     */
    public static boolean write(Path target, Content content, BooleanSupplier cancelled) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        requireWritableTarget(file);
        Path folder = file.getParent();
        Files.createDirectories(folder);
        removeLeftovers(folder, file.getFileName().toString());
        Path tmp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + TEMP_SUFFIX);
        try {
            // CREATE_NEW: fails rather than follow anything already at that name; the mode is 0666 less the umask
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream os = Channels.newOutputStream(ch)) {
                content.writeTo(os);
                os.flush();
                ch.force(true);
            }
            if (cancelled.getAsBoolean()) {
                return false;
            }
            keepPermissions(file, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Refuses a target that is not a regular file (or missing), with what to give instead. */
    static void requireWritableTarget(Path file) throws RefusedTarget {
        if (file.getFileName() == null) {
            throw new RefusedTarget(file + " is not a file name. Give the report's file name, e.g. review.html.");
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // nothing there yet
        }
        if (a.isSymbolicLink()) {
            String to;
            try {
                to = " (to " + Files.readSymbolicLink(file) + ")";
            } catch (IOException e) {
                to = "";
            }
            throw new RefusedTarget(file + " is a symbolic link" + to + ". FactDesk writes reports only to regular"
                    + " files, never through a link: give the file the link points to, or another name.");
        }
        if (a.isDirectory()) {
            throw new RefusedTarget(file + " is a folder. Give a file name inside it, e.g. " + file.resolve(
                    "review.html") + ".");
        }
        if (!a.isRegularFile()) {
            throw new RefusedTarget(file + " is not a regular file (a device, a pipe or a socket). Give the name of a"
                    + " file to write the report to.");
        }
    }

    private static void keepPermissions(Path replaced, Path tmp) {
        PosixFileAttributeView from = Files.getFileAttributeView(replaced, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (from == null || !Files.isRegularFile(replaced, LinkOption.NOFOLLOW_LINKS)) {
            return; // a new file keeps the umask's mode
        }
        try {
            Files.setPosixFilePermissions(tmp, from.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // the umask's mode then: still not more open than the user's default
        }
    }

    /** Temporary files of earlier exports to this name that a crash or a kill left behind. */
    private static void removeLeftovers(Path folder, String name) {
        String prefix = "." + name + ".";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX) && n.length() == prefix.length() + 8
                        + TEMP_SUFFIX.length();
            }).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // leftovers cost only space; the export itself goes on
        }
    }
}
