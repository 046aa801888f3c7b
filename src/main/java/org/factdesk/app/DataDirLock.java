package org.factdesk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An OS-level lock on the data folder, so that two FactDesks never write the same database and
 * index. The lock file names its holder, so the second one can tell the user who it is.
 */
public final class DataDirLock implements AutoCloseable {
    static final String FILE_NAME = "factdesk.lock";
    /** Folders locked by this JVM: closing a second channel on the lock file would drop the OS lock. */
    private static final java.util.Set<Path> HELD_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final FileChannel channel;
    private final FileLock lock;

    private final Path key;

    private DataDirLock(FileChannel channel, FileLock lock, Path key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    public static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Path key = dataDir.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) {
            throw new WorkspaceException("The data folder " + dataDir + " is already open in this FactDesk. "
                    + "Use the open window, or start with --data-dir pointing at another folder.");
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                HELD_HERE.remove(key);
                throw new WorkspaceException("The data folder " + dataDir + " is in use by another FactDesk"
                        + (holder.isBlank() ? "" : " (" + holder + ")")
                        + ". Close that FactDesk first, or start this one with --data-dir pointing at another folder.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new DataDirLock(channel, lock, key);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_HERE.remove(key);
            throw new WorkspaceException("Cannot use the data folder " + dataDir + ": " + e.getMessage()
                    + ". Check that it exists and is writable, or pass --data-dir with another folder.", e);
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(512);
        int n = channel.read(buf, 0);
        return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "process " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + host + ", since "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
        HELD_HERE.remove(key);
    }
}
