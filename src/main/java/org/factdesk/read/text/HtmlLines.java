package org.factdesk.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.read.page.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML that a clipper left inside Markdown ({@code <figure>} with its {@code <figcaption>}, a {@code <table>}, a
 * {@code <div>} it could not convert) reduced to pieces of text: one piece a block element, captions marked,
 * scripts, styles, forms, embeds and share links dropped. Walked without recursion, so deep nesting is no risk.
 */
final class HtmlLines {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "svg", "button", "form",
            "nav", "footer", "aside", "select", "input", "textarea", "template", "object", "embed", "video", "audio",
            "canvas", "map", "head", "title", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "main", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure", "figcaption", "pre", "table", "tr",
            "dl", "dt", "dd", "hr", "address", "details", "summary", "center", "caption", "body");

    private HtmlLines() {
    }

    /** @param inherited QUOTE when the HTML sits inside a block quote, else null */
    static List<Piece> pieces(String html, Block.Kind inherited) {
        if (html.isBlank()) {
            return List.of();
        }
        Walker w = new Walker(inherited);
        NodeTraversor.traverse(w, Jsoup.parseBodyFragment(html).body());
        w.flush();
        return w.pieces;
    }

    private static final class Walker implements NodeVisitor {
        private final Block.Kind inherited;
        final List<Piece> pieces = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Node skipping;
        private int captions;
        private int quotes;
        private int items;
        private int pres;
        private int tables;
        private int anchors;
        private int headingLevel;
        private int letters;
        private int linkLetters;
        private int links;

        Walker(Block.Kind inherited) {
            this.inherited = inherited;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || tag.equals("a") && MarkdownBlocks.isButtonLink(e.attr("href"))) {
                skipping = node;
                return;
            }
            switch (tag) {
                case "br" -> endLine();
                case "img", "picture" -> {
                    flush();
                    lines.add(new Line("", 0, 0, 0, 0, 1, 0, "", e.attr("alt").strip()));
                    flush();
                }
                case "a" -> {
                    anchors++;
                    links++;
                }
                case "td", "th" -> {
                    if (!text.isEmpty() && !text.toString().endsWith(" | ")) {
                        text.append(" | ");
                    }
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        flush();
                        count(tag, +1);
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (skipping == node) {
                    skipping = null;
                }
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    anchors--;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    count(tag, -1);
                }
            }
        }

        private void count(String tag, int d) {
            switch (tag) {
                case "figcaption", "caption" -> captions += d;
                case "blockquote" -> quotes += d;
                case "li", "dd", "dt" -> items += d;
                case "pre" -> pres += d;
                case "tr" -> tables += d;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = d > 0 ? tag.charAt(1) - '0' : 0;
                default -> {
                    // a container: its text is a paragraph
                }
            }
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                    continue;
                }
                text.append(c);
                if (Character.isLetterOrDigit(c)) {
                    letters++;
                    if (anchors > 0) {
                        linkLetters++;
                    }
                }
            }
        }

        private void endLine() {
            String t = text.toString().strip();
            if (t.endsWith("|")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (!t.isEmpty()) {
                lines.add(new Line(t, letters, linkLetters, 0, links, 0, 0, "", ""));
            }
            text.setLength(0);
            letters = 0;
            linkLetters = 0;
            links = anchors;
        }

        void flush() {
            endLine();
            if (lines.isEmpty()) {
                return;
            }
            Block.Kind kind = captions > 0 ? Block.Kind.CAPTION
                    : inherited != null ? inherited
                    : tables > 0 ? Block.Kind.TABLE
                    : headingLevel > 0 ? Block.Kind.HEADING
                    : quotes > 0 ? Block.Kind.QUOTE
                    : items > 0 ? Block.Kind.LIST_ITEM
                    : pres > 0 ? Block.Kind.PREFORMATTED
                    : Block.Kind.PARAGRAPH;
            pieces.add(new Piece(kind, kind == Block.Kind.HEADING ? headingLevel : 0, lines));
            lines.clear();
        }
    }
}
