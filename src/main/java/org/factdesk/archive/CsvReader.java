package org.factdesk.archive;

import org.factdesk.read.page.Dates;
import org.factdesk.model.Article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV with a header row. Columns are mapped to article fields by name (id, title, text, source,
 * published, url and their common synonyms such as headline, body, outlet, date, link), or by an
 * explicit mapping {@code field -> column}. Streams record by record (CsvRecords): a malformed record, an unclosed
 * quote included, is one problem at its line, and the rest of the file is read.
 */
public final class CsvReader implements SourceReader {
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "id", List.of("id", "guid", "key", "doc_id", "article_id"),
            "title", List.of("title", "headline", "heading", "name"),
            "text", List.of("text", "body", "content", "article", "story", "full_text"),
            "source", List.of("source", "outlet", "publisher", "site", "publication"),
            "published", List.of("published", "date", "pubdate", "published_at", "publish_date", "datetime"),
            "url", List.of("url", "link", "href", "permalink"));

    private final Map<String, String> mapping;

    /** Columns found by name. */
    public CsvReader() {
        this(Map.of());
    }

    /** @param mapping article field (id, title, text, source, published, url) to CSV column name */
    public CsvReader(Map<String, String> mapping) {
        this.mapping = Map.copyOf(mapping);
    }

    @Override
    public void read(Path path, ImportSink sink) throws IOException {
        String file = path.toString();
        boolean utf8 = isUtf8(path);
        if (!utf8) {
            sink.note(new ImportProblem(file, 0, "not valid UTF-8; read as windows-1252"));
        }
        long total = Files.size(path);
        try (CountingReader counted = new CountingReader(new InputStreamReader(new BufferedInputStream(
                Files.newInputStream(path)), utf8 ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252))) {
            CsvRecords records = new CsvRecords(counted);
            CsvRecords.Record header;
            try {
                header = records.next();
            } catch (CsvRecords.BadRecord e) {
                throw new IOException(file + ":" + e.line + ": the header line cannot be read (" + e.getMessage()
                        + "). The first line must name the columns, e.g. id,title,text,source,published,url");
            }
            if (header == null) {
                throw new IOException(file + ": the file is empty. The first line must name the columns, e.g."
                        + " id,title,text,source,published,url");
            }
            List<String> names = header.values().stream().map(h -> h.startsWith("\uFEFF") ? h.substring(1) : h).toList();
            if (names.stream().anyMatch(String::isEmpty) || names.stream().distinct().count() < names.size()) {
                throw new IOException(file + ":" + header.line() + ": the header line is not usable (a column has no"
                        + " name, or two have the same: " + names + "). Give every column a distinct name, e.g."
                        + " id,title,text,source,published,url");
            }
            Map<String, Integer> columns = resolve(names);
            if (!columns.containsKey("text")) {
                throw new IOException(file + ": no text column. The header must name one of "
                        + SYNONYMS.get("text") + " (found " + names + ")");
            }
            while (true) {
                CsvRecords.Record r;
                try {
                    r = records.next();
                } catch (CsvRecords.BadRecord e) {
                    sink.skip(new ImportProblem(file, e.line, "malformed CSV: " + e.getMessage()));
                    continue;
                }
                if (r == null) {
                    break;
                }
                long line = r.line();
                sink.position(Math.min(total, counted.chars()), total);
                String text = get(r, columns, "text");
                String id = get(r, columns, "id");
                if (id.isBlank()) {
                    id = text.isBlank() ? "" : Article.idForText(text);
                }
                if (text.isBlank()) {
                    sink.skip(new ImportProblem(file, line, "row has no text; skipped"));
                    continue;
                }
                LocalDate published = null;
                try {
                    published = Dates.parse(get(r, columns, "published"));
                } catch (DateTimeParseException e) {
                    sink.note(new ImportProblem(file, line, "published date unreadable (" + e.getMessage()
                            + "); imported without a date"));
                }
                sink.accept(new Article(id, get(r, columns, "title"), text, get(r, columns, "source"), published,
                        get(r, columns, "url")), file, line);
            }
        }
    }

    /** Article field -> column index, by the explicit mapping or by name. */
    private Map<String, Integer> resolve(List<String> headers) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (var e : SYNONYMS.entrySet()) {
            String explicit = mapping.get(e.getKey());
            for (int i = 0; i < headers.size(); i++) {
                String h = headers.get(i);
                if (explicit != null ? h.equals(explicit) : e.getValue().contains(h.strip().toLowerCase(Locale.ROOT))) {
                    out.put(e.getKey(), i);
                    break;
                }
            }
        }
        return out;
    }

    private static String get(CsvRecords.Record r, Map<String, Integer> columns, String field) {
        Integer col = columns.get(field);
        return col == null || col >= r.values().size() ? "" : r.values().get(col);
    }

    /** Characters read so far, for the progress bar. */
    private static final class CountingReader extends java.io.FilterReader {
        private long chars;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            if (n > 0) {
                chars += n;
            }
            return n;
        }

        long chars() {
            return chars;
        }
    }

    private static boolean isUtf8(Path path) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            byte[] buf = new byte[1 << 16];
            int n;
            java.nio.ByteBuffer carry = java.nio.ByteBuffer.allocate(0);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 17);
            while ((n = in.read(buf)) > 0) {
                java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(carry.remaining() + n);
                bb.put(carry).put(buf, 0, n).flip();
                out.clear();
                if (d.decode(bb, out, false).isError()) {
                    return false;
                }
                carry = bb.slice();
            }
            out.clear();
            return !d.decode(carry, out, true).isError();
        }
    }
}
