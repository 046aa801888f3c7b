package org.factdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look: AtlantaFX Primer (light by default, dark on request) plus FactDesk's own stylesheet. */
public final class FactDeskTheme {
    private FactDeskTheme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static String stylesheet() {
        return FactDeskTheme.class.getResource("factdesk.css").toExternalForm();
    }
}
