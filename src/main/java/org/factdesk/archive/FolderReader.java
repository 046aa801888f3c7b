package org.factdesk.archive;

import org.factdesk.read.Dates;
import org.factdesk.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of .txt, .md and .html files, one article each (sub-folders included). The id is the
 * file's path relative to the folder, so re-importing the folder replaces rather than duplicates.
 */
final class FolderReader implements SourceReader {
    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    @Override
    public void read(Path folder, ImportSink sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(FolderReader::supported).sorted().toList();
        }
        if (files.isEmpty()) {
            sink.note(new ImportProblem(folder.toString(), 0,
                    "no .txt, .md or .html files in this folder; nothing imported"));
        }
        int n = 0;
        for (Path f : files) {
            sink.position(n++, files.size());
            readFile(f, folder.relativize(f).toString().replace('\\', '/'), sink);
        }
        sink.position(files.size(), files.size());
    }

    static boolean supported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    /** One file as one article with the given id. */
    static void readFile(Path f, String id, ImportSink sink) throws IOException {
        String file = f.toString();
        byte[] bytes = Files.readAllBytes(f);
        if (TextDecoding.looksBinary(bytes)) {
            sink.skip(new ImportProblem(file, 0, "looks like a binary file, not text; skipped"));
            return;
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded.fallback()) {
            sink.note(new ImportProblem(file, 0, "not valid UTF-8; read as windows-1252"));
        }
        LocalDate modified = Files.getLastModifiedTime(f).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        Article a = name.endsWith(".html") || name.endsWith(".htm")
                ? fromHtml(id, decoded.text(), modified)
                : fromPlain(id, decoded.text(), modified);
        sink.accept(a, file, 0);
    }

    static Article fromPlain(String id, String text, LocalDate published) {
        String t = text.replace("\r\n", "\n").strip();
        String first = t.lines().findFirst().orElse("").strip();
        String title = first.replaceFirst("^#+\\s*", "");
        if (title.length() > 200) {
            title = title.substring(0, 197) + "...";
        }
        return new Article(id, title, t, "", published, "");
    }

    /** HTML without navigation, footers, scripts and styles; title from {@code <title>} or the first {@code <h1>}. */
    static Article fromHtml(String id, String html, LocalDate published) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, footer, header nav, aside, form, iframe, svg, "
                + "[role=navigation], [role=banner], [role=contentinfo], .nav, .navbar, .footer, .menu, "
                + ".sidebar, .advert, .ads, .cookie, .share, .social").remove();
        Element h1 = doc.selectFirst("h1");
        String title = doc.title().isBlank() ? (h1 == null ? "" : h1.text()) : doc.title();
        Element main = doc.selectFirst("article");
        if (main == null) {
            main = doc.selectFirst("main");
        }
        if (main == null) {
            main = doc.body();
        }
        StringBuilder text = new StringBuilder();
        if (main != null) {
            for (Element block : main.select("p, h1, h2, h3, h4, li, blockquote, pre")) {
                if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                    continue; // nested blocks are already in their parent's text
                }
                String s = block.text().strip();
                if (!s.isEmpty()) {
                    text.append(s).append("\n\n");
                }
            }
            if (text.isEmpty()) {
                text.append(main.text());
            }
        }
        String source = "";
        Element site = doc.selectFirst("meta[property=og:site_name]");
        if (site != null) {
            source = site.attr("content");
        }
        LocalDate date = published;
        Element pub = doc.selectFirst("meta[property=article:published_time], meta[name=date], time[datetime]");
        if (pub != null) {
            try {
                LocalDate d = Dates.parse(pub.hasAttr("content") ? pub.attr("content") : pub.attr("datetime"));
                if (d != null) {
                    date = d;
                }
            } catch (RuntimeException ignored) {
                // keep the file date
            }
        }
        String url = "";
        Element canonical = doc.selectFirst("link[rel=canonical]");
        if (canonical != null) {
            url = canonical.attr("href");
        }
        return new Article(id, title.strip(), text.toString().strip(), source, date, url);
    }
}
