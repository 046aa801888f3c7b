package org.factdesk.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.read.page.Dates;
import org.factdesk.read.page.PageMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved page says about itself in its markup: JSON-LD, {@code <meta>} tags (OpenGraph, article:*, Dublin
 * Core, Parse.ly, citation_*, sailthru.*), microdata, {@code <time>}, {@code <title>} and the byline element.
 *
 * <p>Each field takes its sources in the order Mozilla Readability does (JSON-LD article first, then the
 * {@code <meta>} keys it knows, then the page itself), so that a page gets what a reader mode shows; the sources
 * Readability does not read come after, only where those gave nothing. See decision 0020.
 */
public final class HtmlMetadata {
    private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S");
    private static final Pattern ENTITY = Pattern.compile("&(quot|amp|apos|lt|gt);|&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));");

    private HtmlMetadata() {
    }

    /** Reads the metadata of {@code doc}; does not change the document. */
    private static final java.util.regex.Pattern SECTION_AFTER = java.util.regex.Pattern.compile("\\s+[|\\-–—»/]\\s+\\S.*");

    /**
     * "Veldan to ban new petrol cars from 2030, minister confirms | Transport": where the page's one {@code <h1>} is
     * the title up to a separator, what follows it is the section's name, not the headline's.
     */
    /** Definition lists looked at for a date, at most (a page with more is no article's page). */
    private static final int MAX_DEFINITION_TERMS = 50;

    /**
     * The date a definition list gives a page ("<dt>Published</dt><dd>5 March 2024</dd>", as government sites
     * set their metadata), for the first term that is one of {@code terms}; null when none.
     */
    private static LocalDate definitionDate(Document doc, String... terms) {
        java.util.Set<String> wanted = java.util.Set.of(terms);
        int seen = 0;
        for (Element dt : doc.getElementsByTag("dt")) {
            if (seen++ >= MAX_DEFINITION_TERMS) {
                break;
            }
            String term = dt.text().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[:\\s]+$", "");
            Element dd = dt.nextElementSibling();
            if (wanted.contains(term) && dd != null && dd.normalName().equals("dd")) {
                LocalDate d = firstDate(dd.selectFirst("time") == null ? "" : dd.selectFirst("time").attr("datetime"),
                        dd.text());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String withoutSection(String title, Document doc) {
        org.jsoup.select.Elements h1 = doc.getElementsByTag("h1");
        if (h1.size() != 1) {
            return title;
        }
        String heading = h1.first().text().strip();
        return heading.length() >= 15 && title.startsWith(heading)
                && SECTION_AFTER.matcher(title.substring(heading.length())).matches() ? heading : title;
    }

    public static PageMetadata of(Document doc) {
        MetaTags meta = new MetaTags(doc);
        Supplier<String> htmlTitle = memo(() -> MetaTitle.of(doc));
        JsonLdArticle.Found ld = JsonLdArticle.find(doc, htmlTitle);
        JsonLdArticle article = ld.article();
        JsonLdArticle page = ld.page();

        // Readability's sources, in its order.
        String title = first(article.title(), meta.primary("dc:title", "dcterm:title", "og:title",
                "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"));
        if (title.isBlank()) {
            title = withoutSection(htmlTitle.get(), doc);
        }
        String byline = unescape(first(article.byline(), meta.primary("dc:creator", "dcterm:creator", "author",
                "parsely-author"), notUrl(meta.primary("article:author"))));
        if (byline.isBlank()) {
            byline = MetaByline.find(doc);
        }
        if (MetaByline.clean(byline).isEmpty()) {
            byline = ""; // "By" or a bare date names nobody
        }
        String site = first(article.siteName(), meta.primary("og:site_name"));
        LocalDate published = firstDate(article.published(), meta.primary("article:published_time"),
                meta.primary("parsely-pub-date"));

        // Where those say nothing, the sources Readability does not read.
        if (title.isBlank()) {
            title = first(meta.any("citation_title", "dcterms.title", "headline"), page.title());
            title = title.isBlank() ? first(itempropValue(doc, "headline"), textOf(doc.selectFirst("h1"))) : title;
        }
        if (byline.isBlank()) {
            byline = MetaByline.clean(unescape(first(article.authorText(),
                    String.join(", ", meta.all("citation_author")),
                    notUrl(meta.any("sailthru.author", "dcterms.creator", "byl", "byline", "article:author")),
                    page.byline(), page.authorText())));
        }
        if (site.isBlank()) {
            site = first(page.siteName(), notUrl(meta.any("application-name", "citation_publisher",
                    "citation_journal_title", "dc.publisher", "dcterms.publisher", "publisher")));
        }
        if (published == null) {
            published = firstDate(page.published(), meta.primary("og:published_time"),
                    meta.any("article:published", "datepublished", "dc.date.issued", "dcterms.issued",
                            "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date",
                            "citation_date", "citation_online_date", "sailthru.date", "pubdate", "publishdate",
                            "publish-date", "publication_date", "date"));
        }
        if (published == null) {
            published = firstDate(itempropValue(doc, "datePublished"), timeDate(doc));
        }
        if (published == null) {
            published = MetaDateline.find(doc);
        }
        if (published == null) {
            published = definitionDate(doc, "published", "first published", "published on", "date published");
        }
        LocalDate updated = firstDate(article.modified(), meta.any("article:modified_time", "og:updated_time",
                "article:modified", "datemodified", "dcterms.modified", "last-modified"), page.modified());
        if (updated == null) {
            updated = firstDate(itempropValue(doc, "dateModified"));
        }
        String url = first(canonical(doc), meta.any("og:url"), article.url(), page.url());
        String language = first(attr(doc.selectFirst("html[lang]"), "lang"), meta.any("content-language"),
                article.language(), page.language(), meta.any("og:locale").replace('_', '-'),
                meta.any("dc.language", "dcterms.language", "language"));
        return new PageMetadata(unescape(title), byline, unescape(site), published,
                updated, url, language);
    }

    /**
     * Only the names in a byline as a page writes it: "By Jane Doe and John Roe | March 3, 2024" becomes "Jane Doe
     * and John Roe" (leading "By", URLs and dates dropped). {@link #of} keeps the byline as written, as Readability
     * does; this is for whoever shows or matches names.
     */
    public static String bylineNames(String byline) {
        return MetaByline.clean(byline);
    }

    /** The first non-blank value, stripped; empty when none. */
    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** The day of the first value that reads as a date. */
    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = Dates.parseWritten(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A profile link is not a name (article:author is often one). */
    private static String notUrl(String s) {
        return URL_LIKE.matcher(s.strip()).find() || s.strip().startsWith("www.") ? "" : s;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return "";
        }
        String abs = link.absUrl("href");
        return abs.isBlank() ? link.attr("href").strip() : abs;
    }

    /** Microdata: the first element with this itemprop, by its content or datetime attribute, else its text. */
    private static String itempropValue(Document doc, String prop) {
        for (Element e : doc.getElementsByAttribute("itemprop")) {
            for (String p : e.attr("itemprop").strip().split("\\s+")) {
                if (p.equalsIgnoreCase(prop)) {
                    String value = first(e.attr("content"), e.attr("datetime"));
                    return value.isBlank() ? textOf(e) : value;
                }
            }
        }
        return "";
    }

    /**
     * A {@code <time datetime>} of the article: one marked pubdate, else the first inside an {@code <article>},
     * else the page's first.
     */
    private static String timeDate(Document doc) {
        for (String query : new String[] {"time[pubdate][datetime]", "article time[datetime]", "time[datetime]"}) {
            Element t = doc.selectFirst(query);
            if (t != null && !t.attr("datetime").isBlank()) {
                return t.attr("datetime");
            }
        }
        return "";
    }

    static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    static String textOf(Element e) {
        return e == null ? "" : e.text().strip();
    }

    /**
     * Entities a page escaped twice (its metadata holds "&amp;quot;"): the five XML ones and numeric references
     * are resolved once more; an impossible code point becomes U+FFFD.
     */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = switch (m.group(1)) {
                    case "quot" -> "\"";
                    case "amp" -> "&";
                    case "apos" -> "'";
                    case "lt" -> "<";
                    default -> ">";
                };
            } else {
                replacement = new String(Character.toChars(codePoint(m.group(2), m.group(3))));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int codePoint(String hex, String dec) {
        try {
            long n = hex != null ? Long.parseLong(hex, 16) : Long.parseLong(dec);
            return n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) ? 0xFFFD : (int) n;
        } catch (NumberFormatException e) {
            return 0xFFFD; // more digits than a long holds
        }
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        List<T> cache = new ArrayList<>(1);
        return () -> {
            if (cache.isEmpty()) {
                cache.add(s.get());
            }
            return cache.getFirst();
        };
    }
}
