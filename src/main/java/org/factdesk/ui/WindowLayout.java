package org.factdesk.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers where the window was and how its panes were divided, in the reviewer's preferences. */
final class WindowLayout {
    private WindowLayout() {
    }

    /** Puts the window where it was, when that place is still on a screen. */
    static void restore(Stage stage, UiPreferences prefs, Rectangle2D primary) {
        double x = prefs.number("window.x");
        double y = prefs.number("window.y");
        double w = prefs.number("window.width");
        double h = prefs.number("window.height");
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(w) && !Double.isNaN(h)
                && !Screen.getScreensForRectangle(x, y, Math.max(1, w), Math.max(1, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.flag("window.maximized"));
    }

    static void remember(Stage stage, UiPreferences prefs) {
        prefs.setFlag("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            prefs.setNumber("window.x", stage.getX());
            prefs.setNumber("window.y", stage.getY());
            prefs.setNumber("window.width", stage.getWidth());
            prefs.setNumber("window.height", stage.getHeight());
        }
    }

    static void rememberDividers(String name, SplitPane pane, UiPreferences prefs) {
        double[] d = pane.getDividerPositions();
        for (int i = 0; i < d.length; i++) {
            prefs.setNumber("divider." + name + "." + i, d[i]);
        }
    }

    static void restoreDividers(String name, SplitPane pane, UiPreferences prefs) {
        double[] d = pane.getDividerPositions();
        for (int i = 0; i < d.length; i++) {
            double v = prefs.number("divider." + name + "." + i);
            if (!Double.isNaN(v) && v > 0.05 && v < 0.95) {
                pane.setDividerPosition(i, v);
            }
        }
    }
}
