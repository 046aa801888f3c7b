package org.factdesk.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File > Open Recent, rebuilt each time it opens: the files of {@link RecentFiles}, newest first; a file that is no
 * longer there is greyed and marked "not found", and "Remove missing files" takes those out.
 */
final class RecentMenu {
    private RecentMenu() {
    }

    /**
     * @param recent the list (read when the menu opens: the preferences arrive after the menu bar is built)
     * @param open   opens a file that is there
     * @param notice tells the reviewer what happened to a file that is gone
     */
    static Menu create(Supplier<RecentFiles> recent, Consumer<Path> open, Consumer<String> notice) {
        Menu menu = new Menu("Open _recent");
        menu.setId("menuOpenRecent");
        menu.getItems().add(new MenuItem("(no recent files)")); // a menu without items does not open
        menu.setOnShowing(e -> fill(menu, recent.get(), open, notice));
        return menu;
    }

    static void fill(Menu menu, RecentFiles recent, Consumer<Path> open, Consumer<String> notice) {
        List<Path> files = recent.files();
        menu.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(no recent files)");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        boolean anyMissing = false;
        for (Path f : files) {
            boolean there = Files.isRegularFile(f);
            anyMissing |= !there;
            MenuItem item = new MenuItem(label(f, there));
            item.setMnemonicParsing(false); // file names have underscores
            item.setDisable(!there);
            item.getProperties().put(Path.class, f);
            item.setOnAction(ev -> {
                if (Files.isRegularFile(f)) {
                    open.accept(f);
                } else { // gone since the menu opened
                    recent.remove(f);
                    notice.accept(f + " is no longer there (moved or deleted); removed from Open recent.");
                }
            });
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        if (anyMissing) {
            MenuItem removeMissing = new MenuItem("Remove missing files");
            removeMissing.setId("menuRemoveMissingRecent");
            removeMissing.setOnAction(ev -> {
                List<Path> gone = recent.files().stream().filter(p -> !Files.isRegularFile(p)).toList();
                gone.forEach(recent::remove);
                notice.accept(gone.size() == 1 ? "Removed " + gone.getFirst().getFileName()
                        + " from Open recent: it is no longer there." : "Removed " + gone.size()
                        + " files that are no longer there from Open recent.");
            });
            menu.getItems().add(removeMissing);
        }
        MenuItem clear = new MenuItem("Clear list");
        clear.setId("menuClearRecent");
        clear.setOnAction(ev -> recent.clear());
        menu.getItems().add(clear);
    }

    /** "article.html — /home/me/Downloads", and "(not found)" for a file that is gone. */
    static String label(Path f, boolean there) {
        Path parent = f.getParent();
        return f.getFileName() + (parent == null ? "" : " — " + parent) + (there ? "" : "  (not found)");
    }
}
