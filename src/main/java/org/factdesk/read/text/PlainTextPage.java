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

    /** @param url where the text came from when the caller knows it (a fetched address), or "" */
    public static ReadPage read(String raw, String url) {
        FrontMatter front = FrontMatter.split(MarkdownPage.normalize(raw));
        return Clipping.read(TextBlocks.read(front.body()), front, url, false);
    }
}
