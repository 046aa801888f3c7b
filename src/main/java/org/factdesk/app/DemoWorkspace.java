package org.factdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factdesk.model.Article;

/**
 * The project's own sample: the seed article and an archive of sample articles, shipped on the class path. The
 * demo is a workspace of its own ({@link #folder}, under the user's data folder), never imported into the user's
 * archive (decision 40); a workspace that received it before is told, and can have it removed
 * ({@link Workbench#removeSampleData}).
 */
public final class DemoWorkspace {
    static final String SEED = "/factdesk/demo/seed-article.txt";
    static final String ARCHIVE = "/factdesk/demo/archive.jsonl";
    /** The demo workspace's folder name inside the user's data folder. */
    public static final String FOLDER = "demo";

    /** The sample archive's ids with their URLs (read once): an article is sample data when both match. */
    private static volatile Map<String, String> sampleUrls;

    private DemoWorkspace() {
    }

    /** The demo workspace's own data folder: {@code demo} inside the user's data folder. */
    public static Path folder(Path userDataDir) {
        return userDataDir.resolve(FOLDER);
    }

    /**
     * Whether an archive article is one of the demo's sample articles: its id and its URL (an example.org address)
     * both those of a shipped sample, so that a user's own "demo-001" is never taken for one.
     */
    public static boolean isSample(String docId, String url) {
        return docId != null && url != null && url.equals(sampleUrls().get(docId));
    }

    /** The sample archive's article ids, in file order. */
    public static Set<String> sampleIds() {
        return sampleUrls().keySet();
    }

    private static Map<String, String> sampleUrls() {
        Map<String, String> m = sampleUrls;
        if (m == null) {
            Map<String, String> read = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : resourceText(ARCHIVE).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = json.readTree(line);
                    read.put(n.path("id").asText(), n.path("url").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException("the demo archive in this build is damaged: " + e.getMessage(), e);
                }
            }
            m = Collections.unmodifiableMap(read);
            sampleUrls = m;
        }
        return m;
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
