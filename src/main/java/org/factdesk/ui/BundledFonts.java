package org.factdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/**
 * The Chinese, Japanese and Korean font FactDesk ships for its PDF reports (WenQuanYi Micro Hei, cut down to CJK
 * and Hangul), registered with JavaFX as well: once loaded, JavaFX falls back to it for every character the
 * system's fonts lack, so a Korean or Chinese article reads on a desktop without CJK fonts instead of showing empty
 * boxes. Loading takes 50-400 ms, so the window does it in the background once it is shown, or before its first
 * frame when the article it opens with needs it.
 */
public final class BundledFonts {
    public static final String CJK_FAMILY = "WenQuanYi Micro Hei";
    private static final String CJK_RESOURCE = "/factdesk/fonts/WenQuanYiMicroHei-CJK.ttf";
    /** Enough of an article to tell whether it is written in CJK characters (one pass, capped). */
    private static final int LOOK_AT = 20_000;
    private static final Logger LOG = Logger.getLogger(BundledFonts.class.getName());

    private static volatile boolean registered;
    private static boolean tried; // guarded by the class's lock
    /** What waits for the font while one thread loads it (many evidence cells may ask at once). */
    private static final List<Runnable> WAITING = new ArrayList<>();
    private static boolean loading; // guarded by WAITING

    private BundledFonts() {
    }

    /** Whether the text has Han, Hangul, Hiragana or Katakana characters among its first 20,000. */
    public static boolean needsCjk(String text) {
        int end = Math.min(text.length(), LOOK_AT);
        for (int i = 0; i < end; i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL
                    || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                return true;
            }
        }
        return false;
    }

    /**
     * The style that shows {@code text} in the bundled CJK font where it needs it and the font is registered, else
     * empty; {@code onRegistered} runs on the JavaFX thread once a font still loading is ready, to restyle.
     */
    public static String styleFor(String text, Runnable onRegistered) {
        if (!needsCjk(text)) {
            return "";
        }
        if (registered) {
            return "-fx-font-family: \"" + CJK_FAMILY + "\";";
        }
        whenRegistered(onRegistered);
        return "";
    }

    /** Registers the CJK font with JavaFX, once; false (logged once) when it cannot be read, and the system's fonts serve. */
    static synchronized boolean register() {
        if (registered || tried) {
            return registered;
        }
        tried = true;
        try (InputStream in = BundledFonts.class.getResourceAsStream(CJK_RESOURCE)) {
            if (in == null) {
                LOG.warning("The CJK font " + CJK_RESOURCE + " is missing from this FactDesk installation; Chinese,"
                        + " Japanese and Korean text shows only with the system's own fonts. Reinstall FactDesk.");
                return false;
            }
            registered = Font.loadFont(in, Font.getDefault().getSize()) != null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not load the bundled CJK font " + CJK_RESOURCE, e);
        }
        return registered;
    }

    /**
     * Runs {@code onFxThread} on the JavaFX thread once the font is registered: at once when it is, else after loading
     * it on one background thread (never on the JavaFX thread: it takes 50-400 ms). Not run when the font cannot load.
     */
    public static void whenRegistered(Runnable onFxThread) {
        if (registered) {
            if (javafx.application.Platform.isFxApplicationThread()) {
                onFxThread.run();
            } else {
                javafx.application.Platform.runLater(onFxThread);
            }
            return;
        }
        synchronized (WAITING) { // not the class's lock, which register() holds while loading
            WAITING.add(onFxThread);
            if (loading) {
                return;
            }
            loading = true;
        }
        Thread.ofPlatform().daemon().name("factdesk-fonts").start(() -> {
            boolean ok = register();
            List<Runnable> ready;
            synchronized (WAITING) {
                ready = List.copyOf(WAITING);
                WAITING.clear();
                loading = false;
            }
            if (ok) {
                javafx.application.Platform.runLater(() -> ready.forEach(Runnable::run));
            }
        });
    }
}
