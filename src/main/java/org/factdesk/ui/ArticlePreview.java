package org.factdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import org.factdesk.app.DemoWorkspace;
import org.factdesk.model.Article;

/**
 * A copy of the article last shown in a workspace ({@value #FILE_NAME} in its data folder), so that the next
 * start shows its text in the first frame, before the database, the archive and the models are open
 * (docs/startup.md). Only a preview: the workspace's own copy replaces it once it is open, and a missing,
 * unreadable or stale file just means no preview.
 */
final class ArticlePreview {
    static final String FILE_NAME = "last-article.preview";

    private ArticlePreview() {
    }

    /**
     * The article the window will most likely open, given the workspace's stored preview ({@code last}): the
     * demo's seed article (from the class path) when the demo is asked for, else the stored one; empty when a
     * file is to be opened.
     */
    static Optional<Article> choose(Optional<Article> last, boolean demo, boolean fileToOpen) {
        if (fileToOpen) {
            return Optional.empty();
        }
        if (!demo) {
            return last;
        }
        Article seed = DemoWorkspace.seedArticle();
        // The reviewer may have edited the demo article's details: prefer the stored copy of the same text.
        return Optional.of(last.filter(a -> a.id().equals(seed.id())).orElse(seed));
    }

    static Optional<Article> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            String id = p.getProperty("id");
            String text = p.getProperty("text");
            if (id == null || text == null) {
                return Optional.empty();
            }
            String published = p.getProperty("published", "");
            return Optional.of(new Article(id, p.getProperty("title", ""), text, p.getProperty("source", ""),
                    published.isEmpty() ? null : LocalDate.parse(published), p.getProperty("url", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a preview is a convenience: the workspace shows the real article anyway
        }
    }

    /** Writes (atomically) the preview of the article now shown; {@code null} removes it. */
    static void write(Path dataDir, Article a) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (a == null) {
            Files.deleteIfExists(file);
            return;
        }
        Properties p = new Properties();
        p.setProperty("id", a.id());
        p.setProperty("title", a.title());
        p.setProperty("text", a.text());
        p.setProperty("source", a.source());
        p.setProperty("published", a.published() == null ? "" : a.published().toString());
        p.setProperty("url", a.url());
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "FactDesk: the article last shown, for a fast first frame (safe to delete)");
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void writeQuietly(Path dataDir, Article a) {
        try {
            write(dataDir, a);
        } catch (IOException | UncheckedIOException e) {
            // no preview next time; nothing else depends on it
        }
    }
}
