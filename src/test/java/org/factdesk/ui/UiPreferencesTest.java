package org.factdesk.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UiPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void keepsReviewerDataFolderThemeFontAndLayoutAcrossLoads() {
        Path file = dir.resolve("sub/preferences.properties");
        UiPreferences p = UiPreferences.load(file);
        assertThat(p.dataDir()).isEmpty();
        assertThat(p.fontSize()).isEqualTo(UiPreferences.DEFAULT_FONT_SIZE);
        assertThat(p.number("window.width")).isNaN();
        p.setReviewer("  Ana Ruiz ");
        p.setDataDir(dir.resolve("work"));
        p.setDark(true);
        p.setFontSize(40);
        p.setNumber("divider.main.0", 0.3);
        assertThat(p.save()).isTrue();

        UiPreferences again = UiPreferences.load(file);
        assertThat(again.reviewer()).isEqualTo("Ana Ruiz");
        assertThat(again.dataDir()).contains(dir.resolve("work").toAbsolutePath());
        assertThat(again.dark()).isTrue();
        assertThat(again.fontSize()).isEqualTo(32); // clamped to a readable range
        assertThat(again.number("divider.main.0")).isEqualTo(0.3);
    }

    @Test
    void aGarbledFileMeansDefaultsNotAFailure() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "article.fontSize=huge\nwindow.x=\\u00zz\n");
        UiPreferences p = UiPreferences.load(file);
        assertThat(p.fontSize()).isEqualTo(UiPreferences.DEFAULT_FONT_SIZE);
        assertThat(p.dark()).isFalse();
    }

    @Test
    void anExplicitDataDirWinsOverThePreferenceWhichWinsOverTheDefault() {
        UiPreferences p = UiPreferences.load(dir.resolve("p.properties"));
        p.setDataDir(dir.resolve("chosen"));
        FactDeskApp.setDataDir(dir.resolve("explicit"));
        try {
            assertThat(FactDeskApp.dataDir(p)).isEqualTo(dir.resolve("explicit"));
            FactDeskApp.setDataDir(org.factdesk.app.DataDirs.defaultDataDir());
            assertThat(FactDeskApp.dataDir(p)).isEqualTo(dir.resolve("chosen").toAbsolutePath());
        } finally {
            FactDeskApp.setDataDir(null);
        }
    }
}
