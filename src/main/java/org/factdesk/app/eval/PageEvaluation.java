package org.factdesk.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.factdesk.model.Article;
import org.factdesk.read.ArticleReader;
import org.factdesk.read.Format;
import org.factdesk.read.page.ReadException;

/**
 * What the extraction and metadata evaluations share: the truth file, the saved pages (KEY.html.gz or
 * KEY.html), reading each page exactly as the workbench opens an .html file, and the {@code --out} file.
 */
final class PageEvaluation {
    /** Thrown for a malformed truth file or a missing page: the run stops with exit status 2. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }

    private PageEvaluation() {
    }

    /** The truth file's entries in file order. */
    static Map<String, JsonNode> truth(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInput(file + ": not a JSON file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new BadInput(file + ": expected one JSON object {KEY: {...}, ...}");
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isObject()) {
                throw new BadInput(file + ": the entry for '" + e.getKey() + "' is not an object");
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The page's bytes: KEY.html.gz or KEY.html in {@code pages}. */
    static byte[] page(Path pages, String key) {
        Path gz = pages.resolve(key + ".html.gz");
        Path plain = pages.resolve(key + ".html");
        try {
            if (Files.exists(gz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                    return in.readAllBytes();
                }
            }
            if (Files.exists(plain)) {
                return Files.readAllBytes(plain);
            }
        } catch (IOException e) {
            throw new BadInput(gz + ": cannot read the page (" + e.getMessage() + ")");
        }
        throw new BadInput(pages + ": no page " + key + ".html.gz or " + key + ".html for the truth file's entry");
    }

    /** The page read as the workbench reads a saved .html file; null when the reader refuses it. */
    static Article read(byte[] html, String url, String key, PrintStream err) {
        try {
            return ArticleReader.read(html, Format.HTML, null, url == null ? "" : url, key + ".html").article();
        } catch (ReadException e) {
            err.println(key + ": " + e.getMessage());
            return null;
        }
    }

    static ObjectNode prediction(ObjectMapper mapper, Article a) {
        ObjectNode n = mapper.createObjectNode();
        n.put("articleBody", a == null ? "" : a.text());
        n.put("title", a == null ? "" : a.title());
        n.put("byline", a == null || a.byline().isBlank() ? null : a.byline());
        n.put("siteName", a == null || a.source().isBlank() ? null : a.source());
        n.put("publishedTime", a == null || a.published() == null ? null : a.published().toString());
        return n;
    }

    static void writeOut(Path out, ObjectNode predictions) {
        if (out == null) {
            return;
        }
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), predictions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
