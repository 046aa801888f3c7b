package org.factdesk.ui;

import javafx.scene.control.ListView;
import org.factdesk.model.Claim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/**
 * Base of the UI tests that drive the real window on the demo workspace: each test gets its own data folder,
 * the window opened on it with the demo's claims listed ({@link DemoWindow#open}), and the window closed after.
 */
abstract class DemoWindowUITest {
    @TempDir
    Path dataDir;

    final FxRobot robot = new FxRobot();
    FactDeskApp app;
    ListView<Claim> claims;

    @BeforeEach
    void startOnDemo() throws Exception {
        app = DemoWindow.open(dataDir);
        claims = robot.lookup("#claimList").queryListView();
    }

    @AfterEach
    void stop() throws Exception {
        DemoWindow.close(app);
    }
}
