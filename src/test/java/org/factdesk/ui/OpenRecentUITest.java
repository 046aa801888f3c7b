package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.factdesk.app.Handoff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * File > Open Recent lists the files opened, newest first, greys a file that is gone and removes it with a message;
 * a second start with a file hands it to this window instead of meeting the data folder's lock.
 */
class OpenRecentUITest {
    @TempDir
    Path dataDir;
    @TempDir
    Path articles;

    private final FxRobot robot = new FxRobot();
    private FactDeskApp app;

    @AfterEach
    void tearDown() throws Exception {
        FactDeskApp.setOpenFile(null);
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void startWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        FactDeskApp.setDemo(false);
        app = (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
        FxWait.waitForWorkbench(app);
        waitUntil(() -> app.viewModel().phaseProperty().get() == MainViewModel.Phase.READY, 120);
    }

    private Path article(String name, String title) throws Exception {
        return Files.writeString(articles.resolve(name), title + "\n\nThe ministry said 4,000 homes were built in 2023, "
                + "up from 3,100 the year before, according to the regional statistics office.\n");
    }

    private void openAndWait(Path file, String title) throws Exception {
        robot.interact(() -> app.viewModel().opening().openFile(file));
        waitUntil(() -> app.viewModel().article().articleProperty().get() != null
                && app.viewModel().article().articleProperty().get().displayTitle().contains(title), 60);
    }

    @Test
    void openRecentListsNewestFirstAndRemovesAFileThatIsGone() throws Exception {
        startWindow();
        Path first = article("first.txt", "Housing first");
        Path second = article("second_report.txt", "Housing second");
        openAndWait(first, "Housing first");
        openAndWait(second, "Housing second");
        Files.delete(first);

        Menu recent = openRecentMenu();
        robot.interact(() -> recent.getOnShowing().handle(null)); // what opening the menu does
        List<MenuItem> items = recent.getItems();
        assertThat(items.get(0).getText()).startsWith("second_report.txt — " + articles);
        assertThat(items.get(0).isDisable()).isFalse();
        assertThat(items.get(1).getText()).startsWith("first.txt").endsWith("(not found)");
        assertThat(items.get(1).isDisable()).as("a missing file is greyed").isTrue();

        MenuItem removeMissing = items.stream().filter(i -> "menuRemoveMissingRecent".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(removeMissing::fire);
        assertThat(app.viewModel().noticeProperty().get()).contains("Removed first.txt").contains("no longer there");
        assertThat(app.view().recentFiles().files()).containsExactly(second);
        // kept in the preferences: the next start lists the same files
        assertThat(new RecentFiles(UiPreferences.load(dataDir.resolve("preferences.properties"))).files())
                .containsExactly(second);

        // reopening from the menu
        openAndWait(article("third.txt", "Housing third"), "Housing third");
        robot.interact(() -> recent.getOnShowing().handle(null));
        MenuItem secondItem = recent.getItems().stream().filter(i -> i.getText().startsWith("second_report.txt"))
                .findFirst().orElseThrow();
        robot.interact(secondItem::fire);
        waitUntil(() -> app.viewModel().article().articleProperty().get().displayTitle().contains("Housing second"), 60);
    }

    @Test
    void aSecondStartWithAFileOpensItInTheRunningWindow() throws Exception {
        startWindow();
        waitUntil(() -> app.handoff() != null, 30);
        assertThat(dataDir.resolve(Handoff.FILE_NAME)).exists();
        Path file = article("handed.txt", "Handed over");

        FactDeskApp.setOpenFile(file);
        assertThat(FactDeskApp.handedToRunningWindow()).as("taken by the running window, no lock dialog")
                .hasValueSatisfying(said -> assertThat(said).contains("opened " + file.toAbsolutePath()));
        waitUntil(() -> app.viewModel().article().articleProperty().get() != null
                && app.viewModel().article().articleProperty().get().displayTitle().contains("Handed over"), 60);
        assertThat(robot.lookup("#fatalDialog").tryQuery()).isEmpty();
        assertThat(app.view().recentFiles().files()).first().isEqualTo(file);
    }

    private Menu openRecentMenu() {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().getFirst().getItems().stream().filter(i -> "menuOpenRecent".equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
