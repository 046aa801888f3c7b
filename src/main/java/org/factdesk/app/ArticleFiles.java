package org.factdesk.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article to review from a .txt, .md or .html file. Refuses what is not an article
 * (empty, binary, far too large) with a message that says what to do, and decodes non-UTF-8 text
 * as Windows-1252 with a note instead of failing.
 */
public final class ArticleFiles {
    /** A single article is a few thousand words; anything this large is something else. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The article read, and notes the user should see (e.g. about the encoding). */
    public record Loaded(Article article, List<String> notes) {
    }

    private ArticleFiles() {
    }

    public static Loaded read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new WorkspaceException(String.format(Locale.ROOT,
                        "%s is %.1f MB; FactDesk opens articles of up to %d MB. A file this large is not one article: "
                                + "open the article itself, or import the file into the archive instead.",
                        file, size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException("There is no file " + file + ". Check the path and try again.");
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new WorkspaceException(file + " is empty: there is nothing to check. Choose the file that holds the article's text.");
        }
        if (looksBinary(bytes)) {
            throw new WorkspaceException(file + " is not a text file (it holds binary data). FactDesk opens articles "
                    + "saved as .txt, .md or .html; save the article in one of these formats and open it again.");
        }
        List<String> notes = new ArrayList<>();
        String text = decode(bytes, file, notes);
        Article article = switch (ext) {
            case "html", "htm", "xhtml" -> fromHtml(text);
            case "md", "markdown" -> fromMarkdown(text);
            default -> fromPlainText(text);
        };
        if (article.text().isBlank()) {
            throw new WorkspaceException(file + " has no readable article text (only markup or boilerplate).");
        }
        return new Loaded(article, List.copyOf(notes));
    }

    /** An article from text the user pasted, with the metadata they typed. */
    public static Article fromPastedText(String text, String title, String source, LocalDate published, String url) {
        String clean = normaliseNewlines(text).strip();
        if (clean.isEmpty()) {
            throw new WorkspaceException("The pasted text is empty: paste the article's text first.");
        }
        return new Article(Article.idForText(clean), title, clean, source, published, url);
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static String decode(byte[] bytes, Path file, List<String> notes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            notes.add(file.getFileName() + " is not valid UTF-8; it was read as Windows-1252 (Western European). "
                    + "If characters look wrong, save the file as UTF-8 and open it again.");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** A headline: one short line, not a sentence ("Troops arrive in Kursk"), before a blank line. */
    private static final Pattern HEADLINE = Pattern.compile("\\A([^\\n]{1,150}?)[ \\t]*\\n[ \\t]*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:,…][\"”’')]*$");

    /**
     * A .txt file's text; a first line that reads as a headline becomes the title instead of showing twice,
     * as the title and again as the text's first line. The id is the whole file's, as before.
     */
    static Article fromPlainText(String raw) {
        String text = normaliseNewlines(raw).strip();
        String id = Article.idForText(text);
        Matcher m = HEADLINE.matcher(text);
        if (m.find()) {
            String headline = m.group(1).strip();
            String body = text.substring(m.end()).strip();
            if (!body.isEmpty() && !SENTENCE_END.matcher(headline).find()
                    && !headline.regionMatches(true, 0, "by ", 0, 3)) {
                return new Article(id, headline, body, "", null, "");
            }
        }
        return new Article(id, "", text, "", null, "");
    }

    static Article fromMarkdown(String raw) {
        String title = "";
        StringBuilder out = new StringBuilder();
        for (String line : normaliseNewlines(raw).split("\n", -1)) {
            String l = line;
            if (l.startsWith("#")) {
                l = l.replaceFirst("^#+\\s*", "");
                if (title.isEmpty()) {
                    title = l.strip();
                    continue;
                }
            }
            l = l.replaceAll("!\\[[^]]*]\\([^)]*\\)", "")          // images
                    .replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1")       // links keep their text
                    .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")           // bold
                    .replaceAll("(?<![\\w*])[*_](\\S.*?)[*_](?![\\w*])", "$1") // italics
                    .replaceFirst("^\\s*>\\s?", "")                    // block quotes
                    .replaceFirst("^\\s*[-*+]\\s+", "");               // bullets
            out.append(l).append('\n');
        }
        String text = out.toString().replaceAll("\n{3,}", "\n\n").strip();
        return new Article(Article.idForText(text), title, text, "", null, "");
    }

    static Article fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), textOf(doc.selectFirst("h1")));
        String source = meta(doc, "og:site_name");
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        LocalDate published = parseDate(firstNonBlank(meta(doc, "article:published_time"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), meta(doc, "date")));
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, figure figcaption, "
                + "[role=navigation], [role=banner], [role=contentinfo], .advert, .ad, .share, .related, .comments").remove();
        Element body = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"), doc.body());
        StringBuilder text = new StringBuilder();
        if (body != null) {
            for (Element block : body.select("h1, h2, h3, h4, p, li, blockquote, pre")) {
                if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                    continue; // its text is part of an enclosing block
                }
                String t = block.text().strip();
                if (!t.isEmpty() && !(block.is("h1") && t.equals(title))) {
                    text.append(t).append('\n');
                }
            }
            if (text.isEmpty()) {
                text.append(body.text());
            }
        }
        String clean = text.toString().strip();
        return new Article(Article.idForText(clean), title, clean, source, published, url);
    }

    private static String normaliseNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String textOf(Element e) {
        return e == null ? "" : e.text().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
