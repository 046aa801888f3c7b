package org.factdesk.ui;

import org.testfx.api.FxToolkit;

import java.nio.file.Path;

/** The real FactDesk window on the demo workspace, in a test's own data folder and preferences file. */
final class DemoWindow {
    private DemoWindow() {
    }

    static FactDeskApp open(Path dataDir) throws Exception {
        FxToolkit.registerPrimaryStage();
        FactDeskApp.setDataDir(dataDir);
        FactDeskApp.setPreferencesFile(dataDir.resolve("preferences.properties"));
        FactDeskApp.setDemo(true);
        return (FactDeskApp) FxToolkit.setupApplication(FactDeskApp::new);
    }

    static void close(FactDeskApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
