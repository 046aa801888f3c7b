package org.factdesk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.factdesk.model.Article;

/**
 * What the window needs for its first frame, read while the JavaFX toolkit starts (docs/startup.md): the
 * reviewer's preferences, the data folder they point to, and the {@link ArticlePreview} to show at once.
 * {@link FactDeskApp#launchWith} starts it on its own thread; without that (tests) it is read when asked.
 */
final class StartupPreload {
    /**
     * {@code dataDir}: the user's data folder (the demo workspace is inside it); {@code stored}: the opened workspace's
     * preview file as read (the demo's preview may come from the class path).
     */
    record Loaded(UiPreferences prefs, Path dataDir, Optional<Article> preview, Optional<Article> stored) {
    }

    private static volatile CompletableFuture<Loaded> pending;

    private StartupPreload() {
    }

    static void begin() {
        CompletableFuture<Loaded> f = new CompletableFuture<>();
        pending = f;
        Thread.ofPlatform().daemon().name("factdesk-preload").start(() -> {
            try {
                f.complete(load());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
    }

    /** The preloaded values (normally ready long before the toolkit is), or read now. */
    static Loaded take() {
        CompletableFuture<Loaded> f = pending;
        pending = null;
        if (f != null) {
            try {
                return f.join();
            } catch (RuntimeException e) {
                // read again below: the error, if any, shows where it always did
            }
        }
        return load();
    }

    private static Loaded load() {
        UiPreferences prefs = UiPreferences.load(FactDeskApp.preferencesFile());
        Path dataDir = FactDeskApp.dataDir(prefs);
        boolean file = FactDeskApp.config().openFile() != null;
        // the demo is a workspace of its own, inside the user's data folder, with its own preview
        Path workspace = MainViewModel.workspaceDir(dataDir, FactDeskApp.demo());
        Optional<Article> stored = ArticlePreview.readFile(workspace.resolve(ArticlePreview.FILE_NAME));
        return new Loaded(prefs, dataDir, ArticlePreview.choose(stored, FactDeskApp.demo(), file),
                stored);
    }
}
