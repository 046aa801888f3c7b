package org.factdesk.read.page;

import java.time.LocalDate;

/**
 * What a page says about itself: headline, byline, outlet, dates, canonical URL and language. Every
 * string is stripped and never null (empty when unknown); dates are null when unknown.
 */
public record PageMetadata(String title, String byline, String siteName, LocalDate published, LocalDate updated,
                           String url, String language) {
    public static final PageMetadata EMPTY = new PageMetadata("", "", "", null, null, "", "");

    public PageMetadata {
        title = clean(title);
        byline = clean(byline);
        siteName = clean(siteName);
        url = clean(url);
        language = clean(language);
    }

    /** This metadata, with each unknown field taken from {@code fallback}. */
    public PageMetadata orElse(PageMetadata fallback) {
        return new PageMetadata(first(title, fallback.title), first(byline, fallback.byline),
                first(siteName, fallback.siteName), published != null ? published : fallback.published,
                updated != null ? updated : fallback.updated, first(url, fallback.url),
                first(language, fallback.language));
    }

    public PageMetadata withUrl(String newUrl) {
        return new PageMetadata(title, byline, siteName, published, updated, newUrl, language);
    }

    public PageMetadata withTitle(String newTitle) {
        return new PageMetadata(newTitle, byline, siteName, published, updated, url, language);
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
