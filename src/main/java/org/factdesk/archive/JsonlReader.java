package org.factdesk.archive;

import org.factdesk.read.page.Dates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factdesk.model.Article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * JSON Lines, one article a line: {@code {id, title, text, source, published, url}}. Streams the
 * file line by line (memory bounded by the longest line); a malformed line is reported with its
 * number and skipped, the rest is imported.
 */
final class JsonlReader implements SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Path path, ImportSink sink) throws IOException {
        String file = path.toString();
        long total = Files.size(path);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            ByteLines lines = new ByteLines(in);
            long lineNo = 0;
            byte[] line;
            while ((line = lines.next()) != null) {
                lineNo++;
                sink.position(lines.bytesRead(), total);
                TextDecoding.Decoded decoded = TextDecoding.decode(line, 0, lines.length());
                String text = decoded.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (decoded.fallback()) {
                    sink.note(new ImportProblem(file, lineNo, "not valid UTF-8; read as windows-1252"));
                }
                Article a = parse(text, file, lineNo, sink);
                if (a != null) {
                    sink.accept(a, file, lineNo);
                }
            }
        }
    }

    private static Article parse(String line, String file, long lineNo, ImportSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.skip(new ImportProblem(file, lineNo, "malformed JSON (" + e.getOriginalMessage()
                    + "); line skipped. Each line must be one JSON object {id, title, text, ...}"));
            return null;
        }
        if (node == null || !node.isObject()) {
            sink.skip(new ImportProblem(file, lineNo, "malformed JSON: expected an object {id, title, text, ...};"
                    + " line skipped"));
            return null;
        }
        for (String field : FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && v.isContainerNode()) {
                sink.skip(new ImportProblem(file, lineNo, "field '" + field + "' is " + (v.isArray() ? "a list" : "an"
                        + " object") + " where text was expected; line skipped. Give " + field + " as a string"));
                return null;
            }
        }
        String text = str(node, "text");
        String id = str(node, "id");
        if (id.isBlank()) {
            if (text.isBlank()) {
                sink.skip(new ImportProblem(file, lineNo, "no id and no text; line skipped"));
                return null;
            }
            id = Article.idForText(text);
            sink.note(new ImportProblem(file, lineNo, "no id; using '" + id + "' derived from the text"));
        }
        LocalDate published = null;
        try {
            published = Dates.parse(str(node, "published"));
        } catch (DateTimeParseException e) {
            sink.note(new ImportProblem(file, lineNo, "published date unreadable (" + e.getMessage()
                    + "); imported without a date"));
        }
        return new Article(id, str(node, "title"), text, str(node, "source"), published, str(node, "url"));
    }

    /** The fields FactDesk reads; each must be a string (a number or true/false is read as its text). */
    private static final String[] FIELDS = {"id", "title", "text", "source", "published", "url"};

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** Lines as bytes, so that each line is decoded on its own (a bad byte spoils one line, not the file). */
    static final class ByteLines {
        private final InputStream in;
        private byte[] buf = new byte[8192];
        private int len;
        private long bytesRead;

        ByteLines(InputStream in) {
            this.in = in;
        }

        /** The next line's bytes in a shared buffer (valid until the next call; see {@link #length()}), or null. */
        byte[] next() throws IOException {
            len = 0;
            int b;
            boolean any = false;
            while ((b = in.read()) != -1) {
                any = true;
                bytesRead++;
                if (b == '\n') {
                    break;
                }
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                buf[len++] = (byte) b;
            }
            if (!any) {
                return null;
            }
            if (len > 0 && buf[len - 1] == '\r') {
                len--;
            }
            return buf;
        }

        int length() {
            return len;
        }

        long bytesRead() {
            return bytesRead;
        }
    }
}
