package org.factdesk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A second start of the window hands its file to the window already running on the same workspace, instead of
 * meeting the data folder's lock. The running window listens on the loopback interface only and writes the port
 * with a random token into {@code factdesk.handoff} beside the lock, a file only its owner may read: whoever
 * presents the token is the same user. The message is one line, an absolute path to a regular file (or nothing:
 * "show the window"); anything else is refused, so the socket can make the window do nothing but open a file.
 */
public final class Handoff implements AutoCloseable {
    public static final String FILE_NAME = "factdesk.handoff";
    /** A path is at most a few KB; a longer message is not ours. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024;
    private static final int TIMEOUT_MS = 3000;

    private final ServerSocket server;
    private final Path file;
    private final byte[] token;
    private final Thread acceptor;

    private Handoff(ServerSocket server, Path file, byte[] token, Consumer<Optional<Path>> open) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.acceptor = Thread.ofPlatform().daemon().name("factdesk-handoff").start(() -> acceptLoop(open));
    }

    /**
     * Starts listening for the workspace in {@code workspaceDir} (which this process has locked): {@code open}
     * hears each file handed over (empty: just show the window), on the listener's thread.
     */
    public static Handoff listen(Path workspaceDir, Consumer<Optional<Path>> open) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            byte[] token = new byte[32];
            new SecureRandom().nextBytes(token);
            Path file = workspaceDir.resolve(FILE_NAME);
            writeOwnerOnly(file, server.getLocalPort() + " " + HexFormat.of().formatHex(token) + "\n");
            return new Handoff(server, file, token, open);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Creates the file readable and writable by its owner only (on POSIX systems; elsewhere the folder is per user). */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Hands {@code fileToOpen} (or nothing: show the window) to a window running on one of {@code workspaceDirs};
     * true when one took it. False when none runs, the handoff file is stale or not the user's, or the window refused.
     */
    public static boolean send(Optional<Path> fileToOpen, Path... workspaceDirs) {
        for (Path dir : workspaceDirs) {
            if (dir != null && sendTo(dir.resolve(FILE_NAME), fileToOpen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sendTo(Path handoffFile, Optional<Path> fileToOpen) {
        if (!Files.isRegularFile(handoffFile)) {
            return false;
        }
        try {
            String[] parts = Files.readString(handoffFile, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 2) {
                return false;
            }
            int port = Integer.parseInt(parts[0]);
            String path = fileToOpen.map(p -> p.toAbsolutePath().normalize().toString()).orElse("");
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
                s.setSoTimeout(TIMEOUT_MS);
                OutputStream out = s.getOutputStream();
                out.write((parts[1] + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                s.shutdownOutput();
                return "ok".equals(readLine(s.getInputStream(), 64));
            }
        } catch (IOException | RuntimeException e) {
            return false; // no window behind it (a stale file after a crash): start normally
        }
    }

    private void acceptLoop(Consumer<Optional<Path>> open) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                Optional<Optional<Path>> request = read(s.getInputStream());
                s.getOutputStream().write((request.isPresent() ? "ok\n" : "refused\n").getBytes(StandardCharsets.US_ASCII));
                request.ifPresent(open);
            } catch (IOException | RuntimeException e) {
                // a closed server ends the loop; a bad or slow client is dropped
            }
        }
    }

    /** The requested file (empty: show the window), or nothing when the message is not a valid request. */
    Optional<Optional<Path>> read(InputStream in) throws IOException {
        byte[] all;
        try {
            all = readAtMost(in, MAX_MESSAGE_BYTES + 1);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
        if (all.length > MAX_MESSAGE_BYTES) {
            return Optional.empty();
        }
        String[] lines = new String(all, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 2 || !MessageDigest.isEqual(lines[0].getBytes(StandardCharsets.US_ASCII),
                HexFormat.of().formatHex(token).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String path = lines[1];
        if (path.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && Files.isRegularFile(p) ? Optional.of(Optional.of(p)) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while (out.size() < max && (n = in.read(buf, 0, Math.min(buf.length, max - out.size()))) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static String readLine(InputStream in, int max) throws IOException {
        return new String(readAtMost(in, max), StandardCharsets.US_ASCII).strip();
    }

    /** The handoff file this window wrote (tests). */
    Path file() {
        return file;
    }

    /** Stops listening and removes the handoff file. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale file is harmless: the next start finds no one listening and starts normally
        }
        acceptor.interrupt();
    }
}
