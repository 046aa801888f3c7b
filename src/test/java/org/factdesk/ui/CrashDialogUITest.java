package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.factdesk.app.AppLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error no code caught shows a dialog that says so, writes a crash report, and copies its details. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogUITest {
    @TempDir
    Path logFolder;

    private Stage stage;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("FactDesk")), 600, 400));
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        AppLog.uninstall();
    }

    @Test
    void anUncaughtErrorShowsTheDialogWritesAReportAndCopiesItsDetails(FxRobot robot) throws Exception {
        AppLog.install(logFolder);
        Thread.setDefaultUncaughtExceptionHandler(CrashDialog.handler(() -> stage));
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug nobody expected");
        });

        waitUntil(() -> robot.lookup("#crashDialog").tryQuery().isPresent(), 30);
        DialogPane pane = robot.lookup("#crashDialog").queryAs(DialogPane.class);
        List<Path> reports;
        try (var files = Files.list(logFolder)) {
            reports = files.filter(f -> f.getFileName().toString().startsWith("crash-")).toList();
        }
        assertThat(reports).hasSize(1);
        assertThat(Files.readString(reports.getFirst())).contains("IllegalStateException: a bug nobody expected", "at ");
        String said = ((Label) pane.getContent()).getText();
        assertThat(said).contains("a bug nobody expected").contains(reports.getFirst().toString())
                .contains("Your verdicts are saved");

        Button copy = (Button) pane.lookupButton(CrashDialog.COPY);
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("IllegalStateException: a bug nobody expected", "FactDesk ", "Java: ");
        assertThat(robot.lookup("#crashDialog").tryQuery()).as("copying keeps the dialog open").isPresent();
        assertThat(copy.getText()).isEqualTo("Copied");

        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertThat(Files.readString(logFolder.resolve("factdesk0.log"))).contains("SEVERE", "a bug nobody expected");
    }
}
