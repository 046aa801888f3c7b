package org.factdesk.read;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Article;
import org.factdesk.read.html.HtmlPage;
import org.factdesk.read.page.ReadException;
import org.factdesk.read.page.ReadPage;
import org.factdesk.read.text.MarkdownPage;
import org.factdesk.read.text.PlainTextPage;
import org.factdesk.read.web.PageFetcher;
import org.factdesk.task.Progress;

/**
 * The one article reader: every way an article arrives (a file opened, dropped or imported, pasted text,
 * a URL) goes through here and comes out as an {@link Article} with its metadata and clean paragraphs.
 * Saved web pages, Markdown clippings, plain text and PDFs.
 */
public final class ArticleReader {
    /** A saved page with its images inlined can be a few MB; anything larger is not one article. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Made on the first fetch: an HTTP client and its TLS setup cost a command that only reads files half a second. */
    private static final class Fetcher {
        static final PageFetcher INSTANCE =
                new PageFetcher(Duration.ofSeconds(10), Duration.ofSeconds(30), MAX_BYTES);
    }

    /** The article read, and notes the user should see (about the encoding, say). */
    public record Result(Article article, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private ArticleReader() {
    }

    /** An article file: .html, .md, .txt or .pdf (or, with another name, whatever its content is). */
    public static Result read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ReadException(file + " is a folder, not an article. Open one file of it, or import the "
                        + "folder into the archive.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ReadException(String.format(Locale.ROOT,
                        "%s is %.1f MB; FactDesk opens articles of up to %d MB. A file this large is not one article: "
                                + "open the article itself, or import the file into the archive instead.",
                        file, size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReadException("There is no file " + file + ". Check the path and try again.", e);
        } catch (AccessDeniedException e) {
            throw new ReadException("FactDesk may not read " + file + " (permission denied). Check the file's "
                    + "permissions, or copy it somewhere you own.", e);
        } catch (IOException e) {
            throw new ReadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Format format = Format.ofName(name);
        return read(bytes, format == null ? Format.sniff(bytes) : format, null, "", file.toString(), name);
    }

    /**
     * Bytes of a known or sniffed format.
     *
     * @param format   null to tell from the content
     * @param declared a server's Content-Type (for the charset), or null
     * @param url      where the bytes came from, or empty
     * @param where    names the input in messages
     */
    public static Result read(byte[] bytes, Format format, String declared, String url, String where) {
        return read(bytes, format, declared, url, where, where);
    }

    /** @param shortName names the input in notes, which are shown beside it (a file's name, not its path) */
    private static Result read(byte[] bytes, Format format, String declared, String url, String where,
                               String shortName) {
        if (bytes.length == 0 || (bytes.length < 4096 && new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank())) {
            throw new ReadException(where + " is empty: there is nothing to check. Choose the file that holds the "
                    + "article's text.");
        }
        Format f = format == null ? Format.sniff(bytes) : format;
        List<String> notes = new ArrayList<>();
        ReadPage page;
        String id = null;
        if (f == Format.PDF) {
            page = PdfText.read(bytes, where);
        } else {
            if (Decoding.looksBinary(bytes)) {
                throw new ReadException(where + " is not a text file (it holds binary data). FactDesk opens articles "
                        + "saved as web pages (.html), Markdown (.md), text (.txt) or PDF.");
            }
            Decoding.Decoded decoded = Decoding.decode(bytes, declared, f == Format.HTML);
            if (decoded.fallback()) {
                notes.add(shortName + " is not valid UTF-8; it was read as windows-1252 (Western European). "
                        + "If characters look wrong, save the file as UTF-8 and open it again.");
            }
            page = readText(decoded.text(), f, url);
            id = idOfSource(decoded.text());
        }
        if (!url.isBlank() && page.metadata().url().isBlank()) {
            page = new ReadPage(page.metadata().withUrl(url), page.blocks());
        }
        Article article = ArticleAssembly.article(page, id);
        if (article.text().isBlank()) {
            throw new ReadException(where + " has no readable article text (only markup, scripts or page chrome). "
                    + "Open the article's own page, or copy its text and paste it (Ctrl+Shift+V).");
        }
        return new Result(article, notes);
    }

    /**
     * An article's id comes from the text as it arrived, not from what the reader made of it: the same file
     * opened again finds its review even after the reader learnt to read it better (decision 18).
     */
    static String idOfSource(String text) {
        return Article.idForText(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Decoded text of a given format. */
    public static ReadPage readText(String text, Format format, String url) {
        return switch (format) {
            case HTML -> HtmlPage.read(text, url);
            case MARKDOWN -> MarkdownPage.read(text, url);
            case TEXT, PDF -> PlainTextPage.read(text, url);
        };
    }

    /** Text the user pasted: a web address is fetched; Markdown and HTML are read as such; else plain text. */
    public static Result readPasted(String text, Progress progress) {
        if (text == null || text.isBlank()) {
            throw new ReadException("The pasted text is empty: paste the article's text first.");
        }
        if (PageFetcher.isUrl(text)) {
            return fetch(text, progress);
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        Format f = head.startsWith("<!doctype html") || head.startsWith("<html") ? Format.HTML
                : Markdown.looksLikeMarkdown(text) ? Format.MARKDOWN : Format.TEXT;
        ReadPage page = readText(text, f, "");
        Article article = ArticleAssembly.article(page, idOfSource(text));
        if (article.text().isBlank()) {
            throw new ReadException("The pasted text has no readable article text (only markup or page chrome).");
        }
        return new Result(article, List.of());
    }

    /** Fetches a web page the user asked for and reads it; the page's address becomes the article's URL. */
    public static Result fetch(String address, Progress progress) {
        return fetch(address, progress, Fetcher.INSTANCE);
    }

    /** The same with a fetcher of other limits (tests use short timeouts and small caps). */
    public static Result fetch(String address, Progress progress, PageFetcher fetcher) {
        URI uri = PageFetcher.parse(address);
        PageFetcher.Fetched page = fetcher.fetch(uri, progress);
        Format format = Format.ofContentType(page.contentType());
        if (format == null) {
            Format sniffed = Format.sniff(page.body());
            if (sniffed == Format.PDF || sniffed == Format.HTML) {
                format = sniffed;
            } else if (page.contentType().isBlank() || page.contentType().startsWith("text/")) {
                format = Format.TEXT;
            } else {
                throw new ReadException(page.finalUri() + " is not a web page or an article (it is "
                        + page.contentType().split(";", 2)[0].strip() + "). Open the address of the article itself.");
            }
        }
        Result read = read(page.body(), format, page.contentType(), page.finalUri().toString(),
                page.finalUri().toString());
        // A page fetched again differs in its ads and scripts, not in its article: the id follows the article.
        return new Result(read.article().withId(Article.idForText(read.article().text())), read.notes());
    }
}
