package org.factdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

import java.util.prefs.Preferences;

/**
 * The look: AtlantaFX Primer (light by default, dark on request) plus FactDesk's own stylesheet, whose
 * {@code .dark} root class swaps the claim tints for deep ones. The choice is remembered per user.
 */
public final class FactDeskTheme {
    private static final String DARK_KEY = "darkTheme";
    private static final BooleanProperty DARK = new SimpleBooleanProperty(false);

    static {
        DARK.addListener((o, was, now) -> Application.setUserAgentStylesheet(now
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
    }

    private FactDeskTheme() {
    }

    /** Applies the remembered theme, or dark when the {@code factdesk.dark} system property says so. */
    public static void applyInitial() {
        String prop = System.getProperty("factdesk.dark");
        boolean dark = prop != null ? Boolean.parseBoolean(prop) : prefs().getBoolean(DARK_KEY, false);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        DARK.set(dark);
    }

    public static BooleanProperty darkProperty() {
        return DARK;
    }

    public static void remember() {
        try {
            prefs().putBoolean(DARK_KEY, DARK.get());
        } catch (RuntimeException e) {
            // preferences unavailable (read-only home): the theme still applies for this session
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

    private static Preferences prefs() {
        return Preferences.userNodeForPackage(FactDeskTheme.class);
    }
}
