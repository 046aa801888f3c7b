package org.factdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.factdesk.model.Article;

/** The project's own sample: the seed article and an archive of sample articles, shipped on the class path. */
public final class DemoWorkspace {
    static final String SEED = "/factdesk/demo/seed-article.txt";
    static final String ARCHIVE = "/factdesk/demo/archive.jsonl";

    private DemoWorkspace() {
    }

    /** The seed article: a translated news report of 1 November 2024 on the Lavrov - Choe Son Hui meeting. */
    public static Article seedArticle() {
        String text = resourceText(SEED).replace("\r\n", "\n").strip();
        return new Article(Article.idForText(text),
                "Lavrov meets North Korea's Choe Son Hui as Pyongyang's troops deploy near the front",
                text, "Demo: translated news report", LocalDate.of(2024, 11, 1), "");
    }

    /** Copies the sample archive to a file in {@code dir}, ready for the normal importer. */
    public static Path extractArchive(Path dir) {
        try (InputStream in = open(ARCHIVE)) {
            Path file = dir.resolve("demo-archive.jsonl");
            Files.createDirectories(dir);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoWorkspace.class.getResourceAsStream(name);
        if (in == null) {
            throw new WorkspaceException("The demo workspace is missing from this build (" + name + "). Rebuild FactDesk with mvn package.");
        }
        return in;
    }
}
