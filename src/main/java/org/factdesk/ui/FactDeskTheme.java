package org.factdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;


/**
 * The look: AtlantaFX Primer (light by default, dark on request) plus FactDesk's own stylesheet, whose
 * {@code .dark} root class swaps the claim tints for deep ones. The choice is remembered in the reviewer's {@link UiPreferences}.
 */
public final class FactDeskTheme {
    private static final BooleanProperty DARK = new SimpleBooleanProperty(false);
    private static volatile UiPreferences preferences;

    static {
        DARK.addListener((o, was, now) -> Application.setUserAgentStylesheet(now
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
    }

    private FactDeskTheme() {
    }

    /** Applies the theme asked for at start ({@code asked}, null for none), else the remembered one. */
    public static void applyInitial(Boolean asked, UiPreferences prefs) {
        preferences = prefs;
        boolean dark = darkRequested(asked, prefs);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        DARK.set(dark);
    }

    /** Dark when the start asked for it ({@code asked} not null), else as the reviewer chose. */
    static boolean darkRequested(Boolean asked, UiPreferences prefs) {
        return asked != null ? asked : prefs != null && prefs.dark();
    }

    public static BooleanProperty darkProperty() {
        return DARK;
    }

    /** Stores the theme in the reviewer's preferences (a failed write still leaves it applied for this session). */
    public static void remember() {
        UiPreferences p = preferences;
        if (p != null) {
            p.setDark(DARK.get());
            p.save();
        }
    }

    /** Keeps a window's root in step with the theme. */
    public static void follow(Parent root) {
        root.getStyleClass().remove("dark");
        if (DARK.get()) {
            root.getStyleClass().add("dark");
        }
        DARK.addListener((o, was, now) -> {
            root.getStyleClass().remove("dark");
            if (now) {
                root.getStyleClass().add("dark");
            }
        });
    }

    public static String stylesheet() {
        return FactDeskTheme.class.getResource("factdesk.css").toExternalForm();
    }
}
