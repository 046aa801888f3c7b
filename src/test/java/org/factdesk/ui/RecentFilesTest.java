package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Open Recent keeps the last ten files, newest first, across restarts. */
class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheTenNewestFirstAndSurvivesARestart() {
        Path prefsFile = dir.resolve("preferences.properties");
        RecentFiles recent = new RecentFiles(UiPreferences.load(prefsFile));
        for (int i = 1; i <= 12; i++) {
            recent.add(dir.resolve("a" + i + ".txt"));
        }
        recent.add(dir.resolve("a5.txt")); // opened again: back to the top, not listed twice
        assertThat(recent.files()).hasSize(RecentFiles.MAX).first().isEqualTo(dir.resolve("a5.txt"));
        assertThat(recent.files()).doesNotContain(dir.resolve("a1.txt"), dir.resolve("a2.txt"))
                .containsOnlyOnce(dir.resolve("a5.txt"));

        RecentFiles afterRestart = new RecentFiles(UiPreferences.load(prefsFile));
        assertThat(afterRestart.files()).isEqualTo(recent.files());
        afterRestart.clear();
        assertThat(new RecentFiles(UiPreferences.load(prefsFile)).files()).isEmpty();
    }
}
