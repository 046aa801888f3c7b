package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import org.factdesk.app.Workbench;
import org.factdesk.model.Claim;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The window never opens a new, empty database in place of a missing one: it says what happened and offers the
 * newest good backup; File > Restore backup puts a chosen backup back while the workspace is open, keeping the
 * database it replaces.
 */
class RestoreBackupUITest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FactDeskApp app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aMissingDatabaseIsOfferedItsBackupAndFileRestoreBackupKeepsTheReplacedOne() throws Exception {
        try (Workbench wb = Workbench.open(dataDir)) {
            wb.installDemo(Progress.NONE);
        }
        Workbench.open(dataDir).close(); // the demo changed the database: this open backs it up
        Files.delete(dataDir.resolve("factdesk.db"));

        FxToolkit.registerPrimaryStage();
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        FactDeskApp.setDemo(false);
        app = (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
        FxWait.waitForWorkbench(app);

        waitUntil(() -> robot.lookup("#restorableDialog").tryQuery().isPresent(), 60);
        DialogPane offer = robot.lookup("#restorableDialog").queryAs(DialogPane.class);
        assertThat(((javafx.scene.control.Label) offer.getContent()).getText()).contains("is missing")
                .contains("did not create a new, empty database");
        robot.clickOn((Button) offer.lookupButton(offer.getButtonTypes().getFirst()));

        ListView<Claim> claims = robot.lookup("#claimList").queryListView();
        waitUntil(() -> !claims.getItems().isEmpty(), 120);
        assertThat(dataDir.resolve("factdesk.db")).exists();
        assertThat(app.viewModel().noticeProperty().get()).contains("Restored the backup");

        // File > Restore backup while the workspace is open: the database in use is kept beside the restored one
        robot.interact(() -> app.view().restoreBackupDialog());
        waitUntil(() -> robot.lookup("#restoreBackupDialog").tryQuery().isPresent(), 30);
        DialogPane choose = robot.lookup("#restoreBackupDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) choose.lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Restore the backup")), 30);
        DialogPane confirm = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Restore the backup"))
                .findFirst().orElseThrow();
        robot.clickOn((Button) confirm.lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil(() -> app.viewModel().noticeProperty().get().contains("kept as factdesk.db.before-restore-"), 60);
        waitUntil(() -> !claims.getItems().isEmpty(), 120);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("factdesk.db.before-restore-"));
        }
    }
}
