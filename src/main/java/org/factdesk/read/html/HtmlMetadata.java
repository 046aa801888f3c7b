package org.factdesk.read.html;

import java.time.LocalDate;
import org.factdesk.read.Dates;
import org.factdesk.read.PageMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a saved page says about itself in its markup: {@code <meta>} tags, JSON-LD, {@code <time>}. */
public final class HtmlMetadata {
    private HtmlMetadata() {
    }

    /** Reads the metadata of {@code doc}; does not change the document. */
    public static PageMetadata of(Document doc) {
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), textOf(doc.selectFirst("h1")));
        String site = meta(doc, "og:site_name");
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        LocalDate published = Dates.parseOrNull(firstNonBlank(meta(doc, "article:published_time"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), meta(doc, "date")));
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        return new PageMetadata(title, "", site, published, null, url, lang);
    }

    static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    static String textOf(Element e) {
        return e == null ? "" : e.text().strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
