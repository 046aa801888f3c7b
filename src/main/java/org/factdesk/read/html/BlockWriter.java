package org.factdesk.read.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.factdesk.read.page.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's elements out as blocks, leaving out what reads as chrome inside them: parts named
 * for sharing, promotion or navigation, and boxes that are mostly links, images or form controls
 * (Readability's conditional cleaning). Headings, list items, quotes, captions, table rows and
 * preformatted text keep their kind. One pass, no recursion.
 */
final class BlockWriter {
    /** A block as written, with how much of it was link text (for the cleaning after). */
    record Written(Block block, int linkChars, String plainText, Element source) {
    }

    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "search", "dialog",
            "alertdialog", "alert", "toolbar", "tablist", "button");

    private final TextStats stats;
    private final ContentFilter filter;
    private final List<Written> out = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    /** Which characters of {@code buf} are link text. */
    private final BitSet linkMask = new BitSet();
    private Element bufSource;
    private final Deque<Block.Kind> kinds = new ArrayDeque<>();
    private final Deque<Element> kindOwners = new ArrayDeque<>();
    private int linkDepth;
    private int preDepth;
    /** A bold element that opens a block, and where its text starts: perhaps a label ("<strong>Summary</strong>"). */
    private Element openingBold;
    private int openingBoldStart;
    /** Set after such a label: a capital after it starts a new line ("Summary\nStudies show ..."). */
    private boolean afterLabel;

    private final PageNames names;

    BlockWriter(TextStats stats, PageNames names, ContentFilter filter) {
        this.stats = stats;
        this.names = names;
        this.filter = filter;
    }

    /** Decides which elements inside the article are left out. */
    interface ContentFilter {
        boolean leaveOut(Element e);
    }

    List<Written> write(List<Element> content) {
        for (Element root : content) {
            writeTree(root);
            flush();
        }
        return out;
    }

    private void writeTree(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (tag.equals("br")) {
                    buf.append('\n');
                    return FilterResult.CONTINUE;
                }
                if (e != root && (CHROME_ROLES.contains(e.attr("role")) || filter.leaveOut(e))) {
                    if (TextStats.isBlock(e)) {
                        flush();
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("hr")) {
                    flush();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != root && TextStats.isBlock(e) && stats.of(e).chars == 0) {
                    append(" ");
                    return FilterResult.SKIP_ENTIRELY; // an empty box (an icon, a widget's shell) breaks no line
                }
                if (tag.equals("table") && names.tables.isData(e)) {
                    flush();
                    for (Block row : Tables.rows(e)) {
                        out.add(new Written(row, 0, row.text(), e));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("a")) {
                    linkDepth++;
                }
                if ((tag.equals("strong") || tag.equals("b")) && openingBold == null && buf.length() <= 2 && buf.toString().isBlank()) {
                    openingBold = e;
                    openingBoldStart = buf.length();
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
                if (TextStats.isBlock(e) || kindOf(e) != null) {
                    flush();
                    Block.Kind k = kindOf(e);
                    if (k != null) {
                        kinds.push(k);
                        kindOwners.push(e);
                    }
                    bufSource = e;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                }
                if (e == openingBold) {
                    afterLabel = isLabel(buf.substring(Math.min(openingBoldStart, buf.length())));
                    openingBold = null;
                }
                if (TextStats.isBlock(e) || kindOf(e) != null) {
                    flush();
                    if (kindOwners.peek() == e) {
                        kindOwners.pop();
                        kinds.pop();
                    }
                    bufSource = e.parent();
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** The kind an element gives the text inside it, or null when it inherits its parent's. */
    Block.Kind kindOf(Element e) {
        return switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            case "pre" -> Block.Kind.PREFORMATTED;
            case "figcaption", "caption" -> Block.Kind.CAPTION;
            default -> names.caption(e) ? Block.Kind.CAPTION : null;
        };
    }

    /**
     * Whether the bold words that open a block label it rather than start its sentence: one to three words
     * without a stop or colon after them ("Summary", "Key takeaway"); "<b>Kyiv</b> said ..." is a sentence's
     * subject, told apart by what follows (see {@link #append}).
     */
    static boolean isLabel(String bold) {
        String t = bold.strip();
        if (t.isEmpty() || t.length() > 30 || ".:!?,;\"”’)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        int words = t.split("\\s+").length;
        return words <= 3 && Character.isLetter(t.codePointAt(0));
    }

    private void append(String text) {
        if (afterLabel && !text.isBlank()) {
            afterLabel = false;
            String rest = text.stripLeading();
            int n = buf.length();
            // "<strong>Summary</strong> Studies show": a capital after the label opens the block's sentence
            if (preDepth == 0 && Character.isUpperCase(rest.codePointAt(0)) && n > 0
                    && (Character.isWhitespace(text.charAt(0)) || buf.charAt(n - 1) == ' ')) {
                while (buf.length() > 0 && buf.charAt(buf.length() - 1) == ' ') {
                    buf.setLength(buf.length() - 1);
                }
                buf.append('\n');
                text = rest;
            }
        }
        int before = buf.length();
        if (preDepth > 0) {
            buf.append(text);
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    int n = buf.length();
                    if (n > 0 && buf.charAt(n - 1) != ' ' && buf.charAt(n - 1) != '\n') {
                        buf.append(' ');
                    }
                } else {
                    buf.append(c);
                }
            }
        }
        if (linkDepth > 0 && buf.length() > before) {
            linkMask.set(before, buf.length());
        }
    }

    /** Preformatted text without its leading blank lines and trailing white space, its indents kept. */
    static String trimBlankLines(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        return text.substring(start, end);
    }

    private void flush() {
        afterLabel = false;
        openingBold = null;
        if (buf.isEmpty()) {
            return;
        }
        Block.Kind kind = kinds.isEmpty() ? Block.Kind.PARAGRAPH : kinds.peek();
        String text = buf.toString();
        BitSet links = (BitSet) linkMask.clone();
        buf.setLength(0);
        linkMask.clear();
        if (kind == Block.Kind.PREFORMATTED) {
            String t = trimBlankLines(text);
            if (!t.isBlank()) {
                out.add(new Written(new Block(kind, t), links.cardinality(), plain(text, links, 0, text.length()), bufSource));
            }
            return;
        }
        // Two line breaks in a row end a paragraph; one is a line break inside it.
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            int breakEnd = i == text.length() ? i : paragraphBreakEnd(text, i);
            if (breakEnd > i || i == text.length()) {
                addPart(kind, text, links, start, i);
                start = breakEnd;
                i = Math.max(breakEnd, i + 1);
            } else {
                i++;
            }
        }
    }

    /** Where a paragraph break (two line breaks, maybe with spaces) starting at {@code i} ends, or i. */
    private static int paragraphBreakEnd(String text, int i) {
        if (text.charAt(i) != '\n') {
            return i;
        }
        int newlines = 0;
        int j = i;
        while (j < text.length() && (text.charAt(j) == '\n' || text.charAt(j) == ' ')) {
            if (text.charAt(j) == '\n') {
                newlines++;
            }
            j++;
        }
        return newlines >= 2 ? j : i;
    }

    private void addPart(Block.Kind kind, String text, BitSet links, int from, int to) {
        String t = text.substring(from, to).replace(" \n", "\n").replace("\n ", "\n").strip();
        if (!t.isEmpty()) {
            out.add(new Written(new Block(kind, t), links.get(from, to).cardinality(), plain(text, links, from, to),
                    bufSource));
        }
    }

    /** The part's text outside links. */
    private static String plain(String text, BitSet links, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!links.get(i)) {
                b.append(text.charAt(i));
            }
        }
        return b.toString().strip();
    }
}
