package org.factdesk.read.text;

import java.util.regex.Pattern;
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
        return Clipping.read(MarkdownBlocks.read(withFootnotesAsNotes(front.body())), front, url, true);
    }

    /** A footnote's mark in the text: "...July 2023.[^1] More than half ..." (not its definition, "[^1]: ..."). */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]\\s]{1,40}\\](?!:)");
    /** A footnote's definition at a line's start: "[^1]: UN Joint Coordination Centre, July 2023." */
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("(?m)^[ \\t]{0,3}\\[\\^[^\\]\\s]{1,40}\\]:[ \\t]*");

    /**
     * Footnotes as clippers keep them (GitHub and Obsidian syntax, which CommonMark itself does not read): the marks
     * leave the sentences (they glued two sentences into one and read as numbers), each definition stays as a note
     * of its own paragraph, marked "^ " as a reference list's entries are, so that it is read as a source, not a claim.
     */
    static String withFootnotesAsNotes(String body) {
        if (body.indexOf("[^") < 0) {
            return body;
        }
        String defined = FOOTNOTE_DEFINITION.matcher(body).replaceAll("\n^ ");
        return FOOTNOTE_MARK.matcher(defined).replaceAll("");
    }

    static String normalize(String raw) {
        String t = raw.indexOf('\r') >= 0 ? raw.replace("\r\n", "\n").replace('\r', '\n') : raw;
        return t.startsWith("\ufeff") ? t.substring(1) : t;
    }
}
