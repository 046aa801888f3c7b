package org.factdesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Running something after a frame of a scene is laid out, or after it is on screen (startup, docs/startup.md). */
final class FramePulses {
    private FramePulses() {
    }

    /** After the next pulse has laid out the scene (a pulse is asked for, so it comes even with nothing to redo). */
    static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * After the frame the next pulse lays out has been drawn: a pulse first waits for the render thread to finish
     * the previous frame, so the pulse after that one is past the drawing (at most one 60 Hz pulse late).
     */
    static void afterFrameShown(Scene scene, Runnable action) {
        afterNextLayout(scene, () -> afterNextLayout(scene, action));
    }
}
