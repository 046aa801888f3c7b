package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start hands its file to the running window: only with the owner's token, only a path to a file. */
class HandoffTest {
    @TempDir
    Path workspace;
    @TempDir
    Path files;

    private final LinkedBlockingQueue<Optional<Path>> received = new LinkedBlockingQueue<>();

    @Test
    void aSecondStartHandsItsFileToTheRunningWindow() throws Exception {
        Path article = Files.writeString(files.resolve("article.txt"), "Text.");
        try (Handoff running = Handoff.listen(workspace, received::add)) {
            assertThat(Handoff.send(Optional.of(article), workspace)).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).contains(article.toAbsolutePath().normalize());
            assertThat(Handoff.send(Optional.empty(), workspace)).as("no file: just show the window").isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void theHandoffFileIsTheOwnersOnlyAndGoesWhenTheWindowCloses() throws Exception {
        Path file;
        try (Handoff running = Handoff.listen(workspace, received::add)) {
            file = running.file();
            assertThat(file).isEqualTo(workspace.resolve(Handoff.FILE_NAME));
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
        }
        assertThat(file).doesNotExist();
        assertThat(Handoff.send(Optional.empty(), workspace)).as("no window: start normally").isFalse();
    }

    @Test
    void aStaleHandoffFileMeansStartNormally() throws Exception {
        Path article = Files.writeString(files.resolve("article.txt"), "Text.");
        int freePort;
        try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        Files.writeString(workspace.resolve(Handoff.FILE_NAME), freePort + " 00ff\n");
        assertThat(Handoff.send(Optional.of(article), workspace)).isFalse();
        Files.writeString(workspace.resolve(Handoff.FILE_NAME), "garbage");
        assertThat(Handoff.send(Optional.of(article), workspace)).isFalse();
    }

    @Test
    void withoutTheTokenOrWithAnythingButAnAbsoluteFilePathNothingHappens() throws Exception {
        Path article = Files.writeString(files.resolve("article.txt"), "Text.");
        try (Handoff running = Handoff.listen(workspace, received::add)) {
            int port = Integer.parseInt(Files.readString(running.file()).split(" ")[0]);
            String token = Files.readString(running.file()).strip().split(" ")[1];
            assertThat(talk(port, "0000\n" + article + "\n")).as("wrong token").isEqualTo("refused");
            assertThat(talk(port, token + "\narticle.txt\n")).as("a relative path").isEqualTo("refused");
            assertThat(talk(port, token + "\n" + files + "\n")).as("a folder").isEqualTo("refused");
            assertThat(talk(port, token + "\n" + files.resolve("missing.txt") + "\n")).as("no such file").isEqualTo("refused");
            assertThat(talk(port, token + "\n" + "x".repeat(Handoff.MAX_MESSAGE_BYTES + 10) + "\n")).as("megabytes")
                    .isEqualTo("refused");
            assertThat(received).isEmpty();
            assertThat(talk(port, token + "\n" + article + "\n")).isEqualTo("ok");
            assertThat(received.poll(5, TimeUnit.SECONDS)).contains(article);
        }
    }

    private static String talk(int port, String message) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(message.getBytes(StandardCharsets.UTF_8));
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }
}
