package org.factdesk.archive;

import org.factdesk.read.page.Dates;
import org.factdesk.read.FragmentText;
import org.factdesk.model.Article;
import org.jsoup.Jsoup;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * RSS 2.0 and Atom feeds saved to disk, read with StAX (streaming). DTDs and external entities are
 * switched off, so a feed cannot make FactDesk read local files or the network (XXE).
 */
final class FeedReader implements SourceReader {
    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    @Override
    public void read(Path path, ImportSink sink) throws IOException {
        String file = path.toString();
        long total = Files.size(path);
        String feedTitle = "";
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            XMLStreamReader x = safeFactory().createXMLStreamReader(in);
            Map<String, String> item = null;
            int itemLine = 0;
            String element = null;
            StringBuilder value = new StringBuilder();
            int depth = 0;
            int items = 0;
            while (x.hasNext()) {
                int ev = next(x);
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = x.getLocalName();
                    if (name.equals("item") || name.equals("entry")) {
                        item = new HashMap<>();
                        itemLine = x.getLocation().getLineNumber();
                    } else if (item != null && name.equals("link") && x.getAttributeValue(null, "href") != null) {
                        String rel = x.getAttributeValue(null, "rel");
                        if (rel == null || rel.equals("alternate")) {
                            item.putIfAbsent("link", x.getAttributeValue(null, "href"));
                        }
                    }
                    element = name;
                    value.setLength(0);
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    value.append(x.getText());
                } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    sink.note(new ImportProblem(file, x.getLocation().getLineNumber(),
                            "entity &" + x.getLocalName() + "; not expanded (external entities are never read)"));
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = x.getLocalName();
                    if (item == null && name.equals("title") && feedTitle.isEmpty()) {
                        feedTitle = value.toString().strip();
                    } else if (item != null && (name.equals("item") || name.equals("entry"))) {
                        items++;
                        sink.position(Math.min(total, x.getLocation().getCharacterOffset()), total);
                        emit(item, feedTitle, file, itemLine, sink);
                        item = null;
                    } else if (item != null && element != null) {
                        String key = x.getPrefix() != null && !x.getPrefix().isEmpty()
                                ? x.getPrefix() + ":" + name : name;
                        item.putIfAbsent(key, value.toString().strip());
                        item.putIfAbsent(name, value.toString().strip());
                    }
                    value.setLength(0);
                }
            }
            if (items == 0) {
                sink.note(new ImportProblem(file, 0, "no <item> or <entry> elements: not an RSS or Atom feed?"));
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber()); // -1: unknown
            sink.skip(new ImportProblem(file, line, "feed is not well-formed XML or uses a DTD ("
                    + e.getMessage().lines().reduce((a, b) -> b).orElse("") + "); items after this point skipped"));
        }
    }

    /** The parser's next event; the JDK's parser fails on some malformed DTDs with runtime exceptions (fuzzing). */
    private static int next(XMLStreamReader x) throws XMLStreamException {
        try {
            return x.next();
        } catch (XMLStreamException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new XMLStreamException("unreadable XML: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private static void emit(Map<String, String> item, String feedTitle, String file, long line, ImportSink sink)
            throws IOException {
        String html = first(item, "content:encoded", "encoded", "content", "description", "summary");
        String text = Jsoup.parse(html).text().isBlank() ? html : htmlToText(html);
        String link = first(item, "link");
        String id = first(item, "guid", "id");
        if (id.isBlank()) {
            id = link.isBlank() ? Article.idForText(text) : link;
        }
        LocalDate published = null;
        try {
            published = Dates.parse(first(item, "pubDate", "published", "updated", "dc:date", "date"));
        } catch (DateTimeParseException e) {
            sink.note(new ImportProblem(file, line, "item date unreadable (" + e.getMessage() + ")"));
        }
        String title = Jsoup.parse(first(item, "title")).text();
        if (text.isBlank()) {
            text = title;
        }
        sink.accept(new Article(id, title, text, feedTitle, published, link), file, line);
    }

    private static String htmlToText(String html) {
        return FragmentText.of(html);
    }

    private static String first(Map<String, String> item, String... keys) {
        for (String k : keys) {
            String v = item.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
