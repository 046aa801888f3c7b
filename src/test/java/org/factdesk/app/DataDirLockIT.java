package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockIT {
    @TempDir
    Path dir;

    /** Holds the lock in a child JVM until its stdin closes. */
    public static void main(String[] args) throws IOException {
        try (DataDirLock lock = DataDirLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            System.in.read();
        }
    }

    @Test
    void secondFactDeskOnTheSameFolderIsToldWhoHoldsIt() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DataDirLockIT.class.getName(), dir.toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String first = new String(child.getInputStream().readNBytes(7));
            assertThat(first).isEqualTo("locked\n".substring(0, 7));
            assertThatThrownBy(() -> DataDirLock.acquire(dir))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("in use by another FactDesk")
                    .hasMessageContaining("process " + child.pid())
                    .hasMessageContaining("--data-dir");
        } finally {
            child.getOutputStream().close();
            child.waitFor(10, TimeUnit.SECONDS);
            child.destroyForcibly();
        }
        // Released when the holder exits: the folder can be used again.
        try (DataDirLock again = DataDirLock.acquire(dir)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void sameProcessCannotOpenTheFolderTwice() {
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir)).isInstanceOf(WorkspaceException.class);
        }
    }
}
