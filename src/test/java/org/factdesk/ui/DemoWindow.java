package org.factdesk.ui;

import javafx.scene.control.ListView;
import org.factdesk.model.Claim;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;

import static org.factdesk.ui.FxWait.waitUntil;

/** The real FactDesk window on the demo workspace, in a test's own data folder and preferences file. */
final class DemoWindow {
    private DemoWindow() {
    }

    /** Opens the window and waits until the demo's claims are listed and the first one is shown for review. */
    static FactDeskApp open(Path dataDir) throws Exception {
        FxToolkit.registerPrimaryStage();
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        FactDeskApp.setDemo(true);
        FactDeskApp app = (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
        FxWait.waitForWorkbench(app);
        ListView<Claim> claims = new FxRobot().lookup("#claimList").queryListView();
        waitUntil(() -> claims.getItems().size() > 3 && claims.getSelectionModel().getSelectedIndex() == 0
                && app.viewModel().verdict().claimProperty().get() != null, 120);
        return app;
    }

    static void close(FactDeskApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
