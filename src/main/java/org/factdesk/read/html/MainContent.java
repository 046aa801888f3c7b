package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.factdesk.read.page.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article's body in a page and returns it as blocks, leaving navigation, promos and footers out.
 *
 * <p>The page is cleaned of what is never text ({@link PageCleanup}), the element holding the article is
 * found by scoring its paragraphs ({@link CandidateSearch}), and that element is written out as blocks with
 * the chrome inside it left out ({@link ChromeFilter}, {@link BlockWriter}, {@link BlockCleanup}). When a
 * strict reading finds too little, it is repeated with fewer assumptions (Readability's retries), and a
 * page whose markup still gives too little falls back to the body its JSON-LD states.
 */
public final class MainContent {
    /** Below this many characters a reading is taken to have missed the article, and a looser one is tried. */
    static final int ENOUGH_CHARS = 500;
    /** A looser reading replaces a stricter one only when it finds this many times as much. */
    static final double LOOSER_MUST_FIND = 2;
    /** An element named for chrome that holds this share of the page's prose is the article's wrapper. */
    static final double MOST_OF_PAGE = 0.6;
    /** ... as is one with a part named for content holding this share of its prose. */
    static final double CONTENT_PART = 0.25;

    /** One reading: how much it assumes about names and boxes. Tried in this order. */
    enum Pass {
        STRICT(true, true, true),
        KEEP_UNLIKELY(false, true, true),
        IGNORE_NAMES(false, false, true),
        BARE(false, false, false);

        final boolean dropUnlikely;
        final boolean weighNames;
        final boolean clean;

        Pass(boolean dropUnlikely, boolean weighNames, boolean clean) {
            this.dropUnlikely = dropUnlikely;
            this.weighNames = weighNames;
            this.clean = clean;
        }
    }

    private MainContent() {
    }

    /** The body's blocks. May change {@code doc} (removes what is not content): read metadata first. */
    public static List<Block> blocks(Document doc) {
        List<String> titles = titles(doc);
        List<String> structuredScripts = StructuredBody.withArticleBody(doc);
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        PageCleanup.removeNonContent(body);
        PageNames names = new PageNames();
        TextStats all = TextStats.of(body, Set.of(), names);
        List<Block> best = List.of();
        int bestChars = -1;
        for (Pass pass : Pass.values()) {
            Reading reading = read(body, all, names, pass, titles);
            int chars = chars(reading.blocks());
            // A looser reading replaces a stricter one only when it finds much more: it also lets more chrome in.
            if (bestChars < 0 || chars > LOOSER_MUST_FIND * bestChars) {
                best = reading.blocks();
                bestChars = chars;
            }
            // Enough text, or text from an element that says it is the article: a short article is still one.
            if (chars >= ENOUGH_CHARS || (chars > 0 && reading.fromNamedArticle())) {
                break;
            }
        }
        if (bestChars < ENOUGH_CHARS && !structuredScripts.isEmpty()) {
            String structured = StructuredBody.articleBody(structuredScripts);
            if (structured.length() > 2 * bestChars) {
                return StructuredBody.blocks(structured);
            }
        }
        return best;
    }

    /** What one pass read, and whether it came from an element that names itself the article. */
    record Reading(List<Block> blocks, boolean fromNamedArticle) {
    }

    static Reading read(Element body, TextStats all, PageNames names, Pass pass, List<String> titles) {
        Set<Element> unlikely = pass.dropUnlikely ? unlikely(body, all, names) : Set.of();
        TextStats stats = unlikely.isEmpty() ? all : TextStats.of(body, unlikely, null);
        List<Element> content = new CandidateSearch(stats, names, pass.weighNames).find(body);
        int prose = 0;
        for (Element c : content) {
            prose += stats.of(c).paragraphChars;
        }
        ChromeFilter chrome = new ChromeFilter(stats, names, pass.weighNames, pass.clean, prose);
        BlockWriter.ContentFilter filter = e -> unlikely.contains(e) || chrome.leaveOut(e);
        List<BlockWriter.Written> written = new BlockWriter(stats, names, filter).write(content);
        int named = 0;
        for (Element c : content) {
            named += Math.min(all.of(c).articleProse, stats.of(c).paragraphChars);
        }
        return new Reading(BlockCleanup.clean(written, titles), prose > 0 && named >= 0.5 * prose);
    }

    /**
     * Elements whose names say chrome and that hold little of the page's prose: left out before scoring,
     * so that a comment thread or a list of related stories cannot win.
     */
    static Set<Element> unlikely(Element body, TextStats all, PageNames names) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        int pageProse = Math.max(1, all.of(body).paragraphChars);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (!names.chrome(e) || names.content(e) || names.caption(e)) {
                    return FilterResult.CONTINUE;
                }
                int prose = all.of(e).paragraphChars;
                // A wrapper named for chrome ("left-side", "page-with-sidebar") that holds the article stays.
                if (prose >= MOST_OF_PAGE * pageProse
                        || (prose > 0 && all.of(e).articleProse >= CONTENT_PART * prose)) {
                    return FilterResult.CONTINUE;
                }
                out.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return out;
    }

    /** What the page calls its headline: og:title, the title element, the first h1. */
    static List<String> titles(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if ((name.equals("og:title") || name.equals("twitter:title")) && !meta.attr("content").isBlank()) {
                out.add(meta.attr("content"));
            }
        }
        if (!doc.title().isBlank()) {
            out.add(doc.title());
        }
        Elements h1 = doc.getElementsByTag("h1");
        if (!h1.isEmpty() && !h1.first().text().isBlank()) {
            out.add(h1.first().text());
        }
        return out;
    }

    static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
