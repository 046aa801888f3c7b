package org.factdesk.ui;

import org.factdesk.app.DataDirs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The reviewer's own preferences, kept apart from any workspace: a small properties file,
 * {@code preferences.properties} in the default data folder (so it can name another data folder for the
 * next start). Reviewer name, data folder, theme, article font size, window geometry and split dividers.
 * A missing or unreadable file means defaults; a failed save is reported once on stderr and never stops work.
 */
public final class UiPreferences {
    /** In the log file (app/AppLog): the window shows what matters (a save that failed says so in the status bar). */
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(UiPreferences.class.getName());

    public static final String FILE_NAME = "preferences.properties";
    static final double DEFAULT_FONT_SIZE = 15;

    private final Path file;
    private final Properties props = new Properties();

    private UiPreferences(Path file) {
        this.file = file;
    }

    public static Path defaultFile() {
        return DataDirs.defaultDataDir().resolve(FILE_NAME);
    }

    public static UiPreferences load(Path file) {
        UiPreferences p = new UiPreferences(file);
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warning("could not read preferences " + file + " (" + e.getMessage() + "); using defaults.");
            }
        }
        return p;
    }

    public Path file() {
        return file;
    }

    public String reviewer() {
        return props.getProperty("reviewer", System.getProperty("user.name", ""));
    }

    public void setReviewer(String name) {
        props.setProperty("reviewer", name == null ? "" : name.strip());
    }

    /** The data folder chosen for the next start, if any. */
    public Optional<Path> dataDir() {
        String d = props.getProperty("dataDir", "").strip();
        return d.isEmpty() ? Optional.empty() : Optional.of(Path.of(d));
    }

    public void setDataDir(Path dir) {
        if (dir == null) {
            props.remove("dataDir");
        } else {
            props.setProperty("dataDir", dir.toAbsolutePath().normalize().toString());
        }
    }

    public boolean dark() {
        return Boolean.parseBoolean(props.getProperty("theme.dark", "false"));
    }

    public boolean hasTheme() {
        return props.containsKey("theme.dark");
    }

    public void setDark(boolean dark) {
        props.setProperty("theme.dark", Boolean.toString(dark));
    }

    public double fontSize() {
        return number("article.fontSize", DEFAULT_FONT_SIZE, 9, 32);
    }

    public void setFontSize(double size) {
        props.setProperty("article.fontSize", Double.toString(Math.max(9, Math.min(32, size))));
    }

    /** A remembered number (window geometry, divider position), or NaN when none is stored. */
    public double number(String key) {
        return number(key, Double.NaN, -1e6, 1e6);
    }

    public void setNumber(String key, double value) {
        props.setProperty(key, Double.toString(value));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(props.getProperty(key, "false"));
    }

    public void setFlag(String key, boolean value) {
        props.setProperty(key, Boolean.toString(value));
    }

    /** A text value, or null when none is set. */
    public String text(String key) {
        return props.getProperty(key);
    }

    /** Sets a text value; null removes it. */
    public void setText(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
    }

    private double number(String key, double fallback, double min, double max) {
        try {
            double v = Double.parseDouble(props.getProperty(key, ""));
            return Double.isFinite(v) && v >= min && v <= max ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Writes the file (atomically); false when it could not be written. */
    public boolean save() {
        if (file == null) {
            return false;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".preferences", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "FactDesk preferences");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warning("could not save preferences to " + file + ": " + e.getMessage());
            return false;
        }
    }
}
