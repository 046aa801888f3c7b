package org.factdesk.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Article;
import org.factdesk.model.Span;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.PageMetadata;
import org.factdesk.read.page.ReadPage;

/** Blocks and metadata to an {@link Article}: one paragraph a block, captions kept and marked. */
public final class ArticleAssembly {
    private ArticleAssembly() {
    }

    /** The article's text and the spans of its captions. */
    public record Body(String text, List<Span> captions) {
    }

    public static Body body(List<Block> blocks, String title) {
        return body(blocks, title, "");
    }

    /**
     * @param byline the page's byline: a block that only restates it ("By Jane Roe") is metadata, not text
     */
    public static Body body(List<Block> blocks, String title, String byline) {
        blocks = withoutPullQuotes(blocks);
        StringBuilder text = new StringBuilder();
        List<Span> captions = new ArrayList<>();
        String titleKey = key(title);
        String bylineKey = key(org.factdesk.model.Bylines.clean(byline));
        boolean first = true;
        for (Block b : blocks) {
            String t = b.text().strip();
            if (t.isEmpty() || restatesByline(t, bylineKey) || t.indexOf('\n') > 0 && t.length() < 400
                    && t.lines().allMatch(line -> restatesByline(line, bylineKey))) {
                continue; // "Sam Okafor\nSam Okafor": the byline twice (a name and its avatar's label), not text
            }
            // The headline repeated as the body's first heading shows once, as the title.
            if (first && b.is(Block.Kind.HEADING) && !titleKey.isEmpty() && key(t).equals(titleKey)) {
                first = false;
                continue;
            }
            first = false;
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(t);
            if (b.is(Block.Kind.CAPTION)) {
                captions.add(new Span(start, text.length()));
            }
        }
        return new Body(text.toString(), captions);
    }

    /** The article of a page, with its id taken from its body text. */
    public static Article article(ReadPage page) {
        return article(page, null);
    }

    /**
     * The article of a page.
     *
     * @param id the id to give it, or null to take it from the body text
     */
    public static Article article(ReadPage page, String id) {
        PageMetadata m = page.metadata();
        Body body = body(page.blocks(), m.title(), m.byline());
        return new Article(id == null ? Article.idForText(body.text()) : id, m.title(), body.text(), m.siteName(),
                m.published(), m.url(), m.byline(), m.updated(), m.language(), body.captions());
    }

    private static boolean restatesByline(String block, String bylineKey) {
        if (bylineKey.isEmpty() || block.length() > bylineKey.length() + 12) {
            return false;
        }
        String k = key(block).replaceFirst("^(by|von|par|por|di|door)\\s+", "");
        return k.equals(bylineKey);
    }

    /** Quotation blocks looked at as possible pull quotes, at most (each is searched for in the body once). */
    static final int MAX_PULL_QUOTES = 200;
    /** Bodies longer than this (in characters of words) are not searched for pull quotes. */
    static final int MAX_BODY_FOR_PULL_QUOTES = 300_000;
    /** A pull quote repeats a sentence or two: longer quotation blocks are never taken for one. */
    private static final int MAX_PULL_QUOTE_CHARS = 400;

    /**
     * The blocks without pull quotes: a block quote whose words (at least five) the article's other blocks already
     * hold, as magazines and opinion pages set a line of the text again in large type ("“Every one of the 2,400 is
     * a new post.”"). It would be a second copy of the same claim. Only the first {@link #MAX_PULL_QUOTES} block
     * quotes are looked at, each searched for once in the body, and only in a body of up to
     * {@link #MAX_BODY_FOR_PULL_QUOTES} characters.
     */
    static List<Block> withoutPullQuotes(List<Block> blocks) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < blocks.size() && candidates.size() < MAX_PULL_QUOTES; i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.QUOTE) && b.text().length() <= MAX_PULL_QUOTE_CHARS && words(b.text()) >= 5) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return blocks;
        }
        // the body's words once, block after block, each block's start noted
        StringBuilder all = new StringBuilder(" ");
        int[] starts = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = all.length();
            all.append(wordsKey(blocks.get(i).text())).append(" | ");
        }
        starts[blocks.size()] = all.length();
        if (all.length() > MAX_BODY_FOR_PULL_QUOTES) {
            return blocks; // no magazine page is this long; a search per quote would not stay cheap
        }
        boolean[] dropped = new boolean[blocks.size()];
        for (int c : candidates.reversed()) { // from the last, so that of two equal quotes the first stays
            String quote = " " + wordsKey(blocks.get(c).text()) + " ";
            for (int at = all.indexOf(quote); at >= 0 && !dropped[c]; at = all.indexOf(quote, at + 1)) {
                int holder = java.util.Arrays.binarySearch(starts, at + 1);
                holder = holder >= 0 ? holder : -holder - 2; // the block whose words hold this occurrence
                dropped[c] = holder != c && !dropped[holder];
            }
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i]) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    /** Lower-case letters and digits, one space between words: quotation marks and punctuation do not count. */
    private static String wordsKey(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(ch));
                space = false;
            } else if (ch != '\'' && ch != '’' && ch != ',' && ch != '.') {
                space = true; // "2,400" and "isn't" stay one word
            }
        }
        return sb.toString();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
