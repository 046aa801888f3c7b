package org.factdesk.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Waiting in TestFX tests for what the background tasks and the FX thread will show. */
final class FxWait {
    private FxWait() {
    }

    /** Waits until the condition, checked on the FX thread after its pending events, holds (fails after the timeout). */
    static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }

    /** Waits until the window shows the workbench's views (they replace the light first frame, FirstFrame). */
    static void waitForWorkbench(FactDeskApp app) throws Exception {
        waitUntil(() -> app.view() != null, 60);
    }
}
