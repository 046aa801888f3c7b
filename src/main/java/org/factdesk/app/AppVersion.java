package org.factdesk.app;

/** FactDesk's version, from the jar's manifest (Implementation-Version, written by the build from the pom). */
public final class AppVersion {
    private AppVersion() {
    }

    /** "0.1.0", or "development build" when running from classes (tests, the IDE). */
    public static String text() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development build" : v;
    }
}
