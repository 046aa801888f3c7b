package org.factdesk.read.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * How much text each element holds, and of what kind, counted in one bottom-up pass over the tree (no
 * recursion, no repeated {@code text()} calls, so deep or huge pages stay linear). Elements in the
 * {@code excluded} set are counted as if they were not there.
 */
final class TextStats {
    /** Elements that start a new block of text when rendered. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "html", "frameset", "noframes", "listing",
            "xmp", "plaintext", "search");

    /** The counts of one element, its descendants included. */
    static final class Stat {
        /** Text length, each run of white space counted as one character. */
        int chars;
        /** Of which inside links. */
        int linkChars;
        /** Of which inside links that only jump within the page ("#..."), worth less as chrome evidence. */
        int hashLinkChars;
        int commas;
        /** Of which in {@code <p>} elements (and divs that act as paragraphs) outside links. */
        int paragraphChars;
        int paragraphs;
        int images;
        int listItems;
        int listItemChars;
        int headingChars;
        int inputs;
        /**
         * The most prose held by one element at or under this one that names itself the article: an
         * article or main element, itemprop=articleBody, or a class named for content and not for chrome.
         */
        int articleProse;
        /** Text directly in this block, not in a nested block: what the page shows as one paragraph. */
        int ownChars;
        int ownCommas;
        int ownLinkChars;
        boolean hasBlockChild;

        double linkDensity() {
            return chars == 0 ? 0 : (linkChars - 0.7 * hashLinkChars) / chars;
        }
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>();
    private final List<Element> textBlocks = new ArrayList<>();

    private TextStats() {
    }

    /** @param names the page's names, or null when what elements call themselves does not matter */
    static TextStats of(Element root, Set<Element> excluded, PageNames names) {
        TextStats ts = new TextStats();
        ts.count(root, excluded, names);
        return ts;
    }

    /** The element's counts; an element never counted (excluded, or outside the root) has all zero. */
    Stat of(Element e) {
        Stat s = stats.get(e);
        return s == null ? ZERO : s;
    }

    private static final Stat ZERO = new Stat();

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private void count(Element root, Set<Element> excluded, PageNames names) {
        // Stacks instead of map look-ups: the open elements' counts, and the open blocks' counts.
        Deque<Stat> open = new ArrayDeque<>();
        Deque<Stat> blocks = new ArrayDeque<>();
        Deque<Element> blockElements = new ArrayDeque<>();
        int[] linkDepth = {0};
        int[] hashLinkDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Stat block = blocks.peek();
                    if (block == null) {
                        return FilterResult.CONTINUE;
                    }
                    String text = t.getWholeText();
                    int len = collapsedLength(text);
                    if (len == 0) {
                        return FilterResult.CONTINUE;
                    }
                    int commas = commas(text);
                    block.ownChars += len;
                    block.ownCommas += commas;
                    Stat direct = open.peek();
                    direct.chars += len;
                    direct.commas += commas;
                    if (linkDepth[0] > 0) {
                        block.ownLinkChars += len;
                        direct.linkChars += len;
                        if (hashLinkDepth[0] > 0) {
                            direct.hashLinkChars += len;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e != root && excluded.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stat s = new Stat();
                stats.put(e, s);
                open.push(s);
                if (isBlock(e) || e == root) {
                    if (!blocks.isEmpty()) {
                        blocks.peek().hasBlockChild = true;
                    }
                    blocks.push(s);
                    blockElements.push(e);
                }
                if (e.nameIs("a")) {
                    linkDepth[0]++;
                    if (e.attr("href").startsWith("#")) {
                        hashLinkDepth[0]++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                Stat s = open.pop();
                switch (e.normalName()) {
                    case "a" -> {
                        linkDepth[0]--;
                        if (e.attr("href").startsWith("#")) {
                            hashLinkDepth[0]--;
                        }
                    }
                    case "p" -> {
                        if (s.chars > 0) {
                            s.paragraphs++;
                            s.paragraphChars = Math.max(s.paragraphChars, s.chars - s.linkChars);
                        }
                    }
                    case "img" -> s.images++;
                    case "li", "dd", "dt" -> {
                        s.listItems++;
                        s.listItemChars = s.chars;
                    }
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headingChars = s.chars;
                    case "input", "select", "textarea", "button" -> s.inputs++;
                    default -> {
                        // Loose text in a div (beside its blocks, or alone) reads as a paragraph.
                        if (s.ownChars >= 25 && isBlock(e)) {
                            s.paragraphChars += s.ownChars - s.ownLinkChars;
                            s.paragraphs++;
                        }
                    }
                }
                if (names != null && s.paragraphChars > s.articleProse && names.namesArticle(e)) {
                    s.articleProse = s.paragraphChars;
                }
                if (!blockElements.isEmpty() && blockElements.peek() == e) {
                    blockElements.pop();
                    blocks.pop();
                    if (s.ownChars > 0) {
                        textBlocks.add(e);
                    }
                }
                Stat p = open.peek();
                if (p != null) {
                    p.chars += s.chars;
                    p.linkChars += s.linkChars;
                    p.hashLinkChars += s.hashLinkChars;
                    p.commas += s.commas;
                    p.paragraphChars += s.paragraphChars;
                    p.paragraphs += s.paragraphs;
                    p.images += s.images;
                    p.listItems += s.listItems;
                    p.listItemChars += s.listItemChars;
                    p.headingChars += s.headingChars;
                    p.inputs += s.inputs;
                    p.articleProse = Math.max(p.articleProse, s.articleProse);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** Elements with text of their own, innermost first: the paragraphs a reader sees. */
    List<Element> textBlocks() {
        return textBlocks;
    }

    static int collapsedLength(String text) {
        int len = 0;
        boolean inSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!inSpace) {
                    len++;
                    inSpace = true;
                }
            } else {
                len++;
                inSpace = false;
            }
        }
        return len;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c' || c == '\ufe50' || c == '\ufe51') {
                n++;
            }
        }
        return n;
    }
}
