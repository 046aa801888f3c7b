package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are written only to regular files, with the user's umask, and never leave a temporary file behind. */
class ReportFilesTest {
    @TempDir
    Path dir;

    static ReportFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".factdesk-tmp")).count();
        }
    }

    @Test
    void refusesASymbolicLinkAFolderAndADeviceAndWritesNothing() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("report.html"), victim);
        assertThatThrownBy(() -> ReportFiles.write(link, text("report"), () -> false))
                .isInstanceOf(ReportFiles.RefusedTarget.class).hasMessageContaining("is a symbolic link")
                .hasMessageContaining(victim.toString());
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        Path folder = Files.createDirectories(dir.resolve("reports"));
        assertThatThrownBy(() -> ReportFiles.write(folder, text("report"), () -> false))
                .isInstanceOf(ReportFiles.RefusedTarget.class).hasMessageContaining("is a folder");

        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            assertThatThrownBy(() -> ReportFiles.write(device, text("report"), () -> false))
                    .isInstanceOf(ReportFiles.RefusedTarget.class).hasMessageContaining("not a regular file");
            assertThat(Files.isRegularFile(device)).as("the device is still a device").isFalse();
        }
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aNewReportHasTheUmasksModeAndAReplacedOneKeepsItsOwn() throws IOException {
        Path control = Files.createFile(dir.resolve("control"));
        Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(control);
        Path report = dir.resolve("review.html");
        assertThat(ReportFiles.write(report, text("one"), () -> false)).isTrue();
        assertThat(Files.getPosixFilePermissions(report)).as("not 0600 whatever the umask").isEqualTo(umaskMode);

        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        ReportFiles.write(report, text("two"), () -> false);
        assertThat(Files.readString(report)).isEqualTo("two");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
    }

    @Test
    void aFailedOrCancelledExportLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("review.csv"), "earlier");
        assertThatThrownBy(() -> ReportFiles.write(report, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }, () -> false)).isInstanceOf(IOException.class);
        assertThat(Files.readString(report)).isEqualTo("earlier");
        assertThat(tempFiles()).isZero();

        assertThat(ReportFiles.write(report, text("later"), () -> true)).isFalse();
        assertThat(Files.readString(report)).isEqualTo("earlier");
        assertThat(tempFiles()).isZero();

        // a temporary file a killed export left is removed by the next export to that name
        Files.writeString(dir.resolve(".review.csv.0123abcd.factdesk-tmp"), "left by a kill");
        ReportFiles.write(report, text("after"), () -> false);
        assertThat(tempFiles()).isZero();
        assertThat(Files.readString(report)).isEqualTo("after");
    }
}
