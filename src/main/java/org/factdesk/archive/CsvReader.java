package org.factdesk.archive;

import org.factdesk.read.Dates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * explicit mapping {@code field -> column}. Streams record by record.
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

    /** Commons CSV rejects a header with an empty or repeated name with an unchecked exception; say where. */
    private static CSVParser parseWithHeader(Reader reader, String file) throws IOException {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(file + ":1: the header line is not usable (" + e.getMessage()
                    + "). Give every column a distinct name, e.g. id,title,text,source,published,url");
        }
    }

    @Override
    public void read(Path path, ImportSink sink) throws IOException {
        String file = path.toString();
        boolean utf8 = isUtf8(path);
        if (!utf8) {
            sink.note(new ImportProblem(file, 0, "not valid UTF-8; read as windows-1252"));
        }
        long total = Files.size(path);
        try (Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(path)),
                utf8 ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252);
             CSVParser csv = parseWithHeader(reader, file)) {
            Map<String, String> columns = resolve(csv.getHeaderNames());
            if (!columns.containsKey("text")) {
                throw new IOException(file + ": no text column. The header must name one of "
                        + SYNONYMS.get("text") + " (found " + csv.getHeaderNames() + ")");
            }
            var it = csv.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (RuntimeException e) { // commons-csv reports broken quoting as UncheckedIOException
                    sink.skip(new ImportProblem(file, csv.getCurrentLineNumber(), "malformed CSV (" + e.getMessage()
                            + "); the rest of the file could not be read"));
                    break;
                }
                long line = r.getParser().getCurrentLineNumber();
                sink.position(Math.min(total, r.getCharacterPosition()), total);
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

    private Map<String, String> resolve(List<String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : SYNONYMS.entrySet()) {
            String explicit = mapping.get(e.getKey());
            if (explicit != null) {
                out.put(e.getKey(), explicit);
                continue;
            }
            for (String h : headers) {
                if (e.getValue().contains(h.strip().toLowerCase(Locale.ROOT))) {
                    out.put(e.getKey(), h);
                    break;
                }
            }
        }
        return out;
    }

    private static String get(CSVRecord r, Map<String, String> columns, String field) {
        String col = columns.get(field);
        return col == null || !r.isMapped(col) || !r.isSet(col) ? "" : r.get(col);
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
