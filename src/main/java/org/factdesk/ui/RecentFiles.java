package org.factdesk.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File > Open Recent: the article files opened last, newest first, at most {@link #MAX}, kept in the reviewer's
 * preferences ({@code recent.0} ... {@code recent.9}) so they survive a restart. A file that is gone stays listed
 * (greyed) until the reviewer picks it or clears the list: a network drive may only be unmounted.
 */
final class RecentFiles {
    static final int MAX = 10;
    private static final String KEY = "recent.";

    private final UiPreferences prefs;
    private final List<Path> files = new ArrayList<>();

    RecentFiles(UiPreferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String p = prefs.text(KEY + i);
            if (p == null || p.isBlank()) {
                continue;
            }
            try {
                Path file = Path.of(p);
                if (file.isAbsolute() && !files.contains(file)) {
                    files.add(file);
                }
            } catch (InvalidPathException e) {
                // a path this system cannot read (written under another OS or locale): left out
            }
        }
    }

    /** Newest first. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /** Puts a file at the top (moving it there if listed); the oldest beyond {@link #MAX} drops off. */
    void add(Path file) {
        Path f = file.toAbsolutePath().normalize();
        files.remove(f);
        files.addFirst(f);
        while (files.size() > MAX) {
            files.removeLast();
        }
        store();
    }

    void remove(Path file) {
        files.remove(file);
        store();
    }

    void clear() {
        files.clear();
        store();
    }

    /** Into the preferences and onto the disk at once: a crash must not lose the list. */
    private void store() {
        for (int i = 0; i < MAX; i++) {
            prefs.setText(KEY + i, i < files.size() ? files.get(i).toString() : null);
        }
        prefs.save();
    }
}
