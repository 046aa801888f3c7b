package org.factdesk.read.text;

import org.factdesk.read.page.ReadPage;

/**
 * Plain text, as saved ("save as text") or copied from a browser and pasted: paragraphs, menu lines and all. The
 * headline, byline, dateline and outlet are taken from the text and the page chrome left out, as for Markdown.
 */
public final class PlainTextPage {
    private PlainTextPage() {
    }

    public static ReadPage read(String raw) {
        return read(raw, "");
    }

    /**
     * Text whose title, author or date the container already says (a PDF's document properties): they stand as a
     * clipping's front matter would, before what the text itself shows.
     *
     * @param known "title", "author" and "date" (ISO), each optional
     */
    public static ReadPage read(String raw, java.util.Map<String, String> known) {
        java.util.Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
        known.forEach((k, v) -> fields.put(k, java.util.List.of(v)));
        return Clipping.read(TextBlocks.read(MarkdownPage.normalize(raw)), new FrontMatter(fields, raw), "", false);
    }

    /** @param url where the text came from when the caller knows it (a fetched address), or "" */
    public static ReadPage read(String raw, String url) {
        FrontMatter front = FrontMatter.split(MarkdownPage.normalize(raw));
        return Clipping.read(TextBlocks.read(front.body()), front, url, false);
    }
}
