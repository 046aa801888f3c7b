package org.factdesk.read.text;

import org.factdesk.read.page.ReadPage;

/**
 * Markdown, as read-later tools and web clippers save articles (Obsidian Web Clipper, MarkDownload, Omnivore, Joplin
 * and Notion exports): YAML front matter as metadata, the body through a CommonMark parser, then the headline,
 * byline, dateline and outlet taken from the text and the page chrome left out.
 */
public final class MarkdownPage {
    private MarkdownPage() {
    }

    public static ReadPage read(String raw) {
        return read(raw, "");
    }

    /** @param url where the clipping came from when the caller knows it (a fetched address), or "" */
    public static ReadPage read(String raw, String url) {
        FrontMatter front = FrontMatter.split(normalize(raw));
        return Clipping.read(MarkdownBlocks.read(front.body()), front, url, true);
    }

    static String normalize(String raw) {
        String t = raw.indexOf('\r') >= 0 ? raw.replace("\r\n", "\n").replace('\r', '\n') : raw;
        return t.startsWith("\ufeff") ? t.substring(1) : t;
    }
}
