package org.factdesk.read.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.factdesk.read.page.Block;

/**
 * Markdown to pieces through a CommonMark parser (commonmark-java, with GFM tables and strikethrough): headings of
 * both kinds, paragraphs, quotes, list items, table rows, code, HTML blocks. Links become their text and are
 * measured (a line that is all links is a menu or a promo), share links and images are dropped, escapes and
 * entities are resolved by the parser, emphasis is removed but measured (an italic line under an image is its
 * caption).
 */
final class MarkdownBlocks {
    /** Nesting deeper than this (quotes in quotes in lists ...) is read as flat text: no article nests that deep. */
    private static final int MAX_DEPTH = 64;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(true).build());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** For a document with more table cells than the tables extension takes: read its tables as text. */
    private static final Parser PARSER_WITHOUT_TABLES = Parser.builder()
            .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build())).build();

    private MarkdownBlocks() {
    }

    static List<Piece> read(String markdown) {
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (IllegalArgumentException tooManyCells) {
            document = PARSER_WITHOUT_TABLES.parse(markdown);
        }
        List<Piece> pieces = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            block(n, null, 0, pieces);
        }
        return pieces;
    }

    /** @param inherited QUOTE inside a block quote, else null */
    private static void block(Node n, Block.Kind inherited, int depth, List<Piece> out) {
        if (depth > MAX_DEPTH) {
            out.add(new Piece(inherited == null ? Block.Kind.PARAGRAPH : inherited, 0, inlines(n)));
            return;
        }
        switch (n) {
            case Heading h -> out.add(new Piece(inherited == null ? Block.Kind.HEADING : inherited,
                    inherited == null ? h.getLevel() : 0, inlines(h)));
            case Paragraph p -> out.add(new Piece(inherited == null ? Block.Kind.PARAGRAPH : inherited, 0, inlines(p)));
            case BlockQuote q -> {
                if (!isClipperExcerpt(q)) {
                    for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                        block(c, Block.Kind.QUOTE, depth + 1, out);
                    }
                }
            }
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    listItem(item, inherited, depth + 1, out);
                }
            }
            case FencedCodeBlock code -> code(code.getLiteral(), inherited, out);
            case IndentedCodeBlock code -> code(code.getLiteral(), inherited, out);
            case HtmlBlock html -> out.addAll(HtmlLines.pieces(html.getLiteral(), inherited));
            case TableBlock table -> tableRows(table, out);
            case ThematicBreak _ -> {
                // a rule between sections says nothing about the text
            }
            case LinkReferenceDefinition _ -> {
                // a link's target, not text
            }
            default -> {
                if (n.getFirstChild() instanceof org.commonmark.node.Block) {
                    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                        block(c, inherited, depth + 1, out);
                    }
                } else {
                    out.add(new Piece(inherited == null ? Block.Kind.PARAGRAPH : inherited, 0, inlines(n)));
                }
            }
        }
    }

    /** An item's paragraphs make one LIST_ITEM; a list nested in it follows as items of its own. */
    private static void listItem(Node item, Block.Kind inherited, int depth, List<Piece> out) {
        Block.Kind kind = inherited == null ? Block.Kind.LIST_ITEM : inherited;
        Piece own = null;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p) {
                if (own == null) {
                    own = new Piece(kind, 0, inlines(p));
                    out.add(own);
                } else {
                    own.lines.addAll(inlines(p));
                }
            } else {
                block(c, inherited, depth + 1, out);
                own = null;
            }
        }
    }

    /** MarkDownload's "> ## Excerpt" quote repeats the page's description above the article: not the text. */
    private static boolean isClipperExcerpt(BlockQuote q) {
        if (q.getFirstChild() instanceof Heading h) {
            List<Line> lines = inlines(h);
            return lines.size() == 1 && lines.getFirst().text.strip().equalsIgnoreCase("excerpt");
        }
        return false;
    }

    private static void code(String literal, Block.Kind inherited, List<Piece> out) {
        String text = literal.strip();
        if (text.isEmpty()) {
            return;
        }
        if (looksLikeProse(text)) {
            // Text indented by four spaces (a pasted quote, a poem) is no code: read it as paragraphs.
            for (String para : text.split("\\n[ \\t]*\\n")) {
                List<Line> lines = new ArrayList<>();
                for (String l : para.split("\\n")) {
                    lines.add(Line.plain(l.strip()));
                }
                out.add(new Piece(inherited == null ? Block.Kind.PARAGRAPH : inherited, 0, lines));
            }
        } else {
            out.add(new Piece(Block.Kind.PREFORMATTED, 0, List.of(Line.plain(text))));
        }
    }

    private static boolean looksLikeProse(String text) {
        int letters = 0;
        int code = 0;
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if ("{}();=<>[]$#\\_`|".indexOf(c) >= 0) {
                code++;
            } else if (c == ' ') {
                words++;
            }
        }
        return words >= 8 && code * 100 <= text.length() && letters * 100 >= text.length() * 70;
    }

    /** Each row one TABLE piece, its cells joined by " | ". */
    private static void tableRows(TableBlock table, List<Piece> out) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(table);
        List<Node> rows = new ArrayList<>();
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof TableRow) {
                rows.add(n);
                continue;
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(c);
            }
        }
        for (Node row : rows) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableCell) {
                    StringBuilder cell = new StringBuilder();
                    for (Line l : inlines(c)) {
                        if (!l.text.isBlank()) {
                            cell.append(cell.isEmpty() ? "" : " ").append(l.text);
                        }
                    }
                    any |= !cell.isEmpty();
                    cells.add(cell.toString());
                }
            }
            if (any) {
                out.add(new Piece(Block.Kind.TABLE, 0, List.of(Line.plain(String.join(" | ", cells)))));
            }
        }
    }

    /** The inline content under a node, as lines (split at soft and hard line breaks and at {@code <br>}). */
    static List<Line> inlines(Node parent) {
        Inlines in = new Inlines();
        // Explicit stack: emphasis or links nested thousands deep must not overflow the call stack.
        Deque<Object> todo = new ArrayDeque<>();
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(c);
        }
        while (!todo.isEmpty()) {
            Object top = todo.pop();
            if (top instanceof Exit exit) {
                in.exit(exit.node());
                continue;
            }
            Node n = (Node) top;
            switch (n) {
                case Text t -> in.append(t.getLiteral());
                case Code c -> in.append(c.getLiteral());
                case SoftLineBreak _ -> in.endLine();
                case HardLineBreak _ -> in.endLine();
                case HtmlInline h -> in.html(h.getLiteral());
                case Image img -> in.image(altText(img));
                case Link link when isButtonLink(link.getDestination()) -> in.shareLink();
                default -> {
                    if (n instanceof Link link) {
                        in.enterLink(link.getDestination());
                    } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                        in.emphasis++;
                    } else if (n instanceof org.commonmark.node.Block) {
                        in.endLine();
                    }
                    todo.push(new Exit(n));
                    for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                        todo.push(c);
                    }
                }
            }
        }
        return in.finish();
    }

    private record Exit(Node node) {
    }

    private static String altText(Image img) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(img);
        while (!todo.isEmpty() && sb.length() < 500) {
            Node n = todo.pop();
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(c);
            }
        }
        return sb.toString().strip();
    }

    /** A link that is a button: sharing, e-mailing, a script. Its text ("Share on X", "Email") is no article text. */
    static boolean isButtonLink(String destination) {
        String d = destination == null ? "" : destination.toLowerCase(Locale.ROOT);
        if (d.startsWith("mailto:") || d.startsWith("javascript:") || d.startsWith("sms:") || d.startsWith("whatsapp:")
                || d.startsWith("fb-messenger:") || d.startsWith("tg:")) {
            return true;
        }
        int scheme = d.indexOf("://");
        String rest = scheme < 0 ? d : d.substring(scheme + 3);
        if (rest.startsWith("www.")) {
            rest = rest.substring(4);
        }
        for (String share : SHARE_TARGETS) {
            if (rest.startsWith(share)) {
                return true;
            }
        }
        return d.contains("/share?") || d.contains("/sharer") || d.contains("/intent/tweet") || d.contains("addtoany.com")
                || d.contains("sharethis.com") || d.contains("/sharearticle");
    }

    private static final List<String> SHARE_TARGETS = List.of("facebook.com/sharer", "facebook.com/share",
            "facebook.com/dialog/share", "facebook.com/dialog/feed", "m.facebook.com/sharer", "twitter.com/intent",
            "twitter.com/share", "x.com/intent", "x.com/share", "wa.me/", "api.whatsapp.com/send",
            "web.whatsapp.com/send", "linkedin.com/sharearticle", "linkedin.com/sharing", "linkedin.com/cws/share",
            "reddit.com/submit", "t.me/share", "telegram.me/share", "pinterest.com/pin/create", "getpocket.com/save",
            "getpocket.com/edit", "flipboard.com/bookmarklet", "tumblr.com/share", "tumblr.com/widgets/share",
            "bsky.app/intent", "threads.net/intent", "vk.com/share", "news.ycombinator.com/submitlink",
            "mastodonshare.com", "toot.kytta.dev");

    /** Collects inline text into lines, measuring links and emphasis as it goes. */
    private static final class Inlines {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkDepth;
        int emphasis;
        private int letters;
        private int linkLetters;
        private int emphasisLetters;
        private int links;
        private int images;
        private int shareLinks;
        private String href = "";
        private final List<String> hrefs = new ArrayList<>();
        private String imageAlt = "";
        private int lastLinkEnd = -1;

        void append(String s) {
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
                    if (linkDepth > 0) {
                        linkLetters++;
                    }
                    if (emphasis > 0) {
                        emphasisLetters++;
                    }
                }
            }
        }

        void enterLink(String destination) {
            links++;
            if (href.isEmpty() && destination != null) {
                href = destination;
            }
            if (destination != null && hrefs.size() < 50) {
                hrefs.add(destination);
            }
            // Two links side by side ("[Home](/)[News](/news)") are two words, not one.
            if (lastLinkEnd == text.length() && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            linkDepth++;
        }

        void exit(Node n) {
            if (n instanceof Link) {
                linkDepth--;
                lastLinkEnd = text.length();
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                emphasis--;
            } else if (n instanceof org.commonmark.node.Block) {
                endLine();
            }
        }

        void image(String alt) {
            images++;
            if (imageAlt.isEmpty()) {
                imageAlt = alt;
            }
        }

        void shareLink() {
            shareLinks++;
        }

        void html(String tag) {
            String t = tag.toLowerCase(Locale.ROOT);
            if (t.startsWith("<br")) {
                endLine();
            } else if (t.startsWith("<img")) {
                images++;
            }
        }

        void endLine() {
            String t = text.toString().strip();
            if (!t.isEmpty() || images > 0 || shareLinks > 0) {
                Line line = new Line(t, letters, linkLetters, emphasisLetters, links, images, shareLinks, href, imageAlt);
                line.hrefs = List.copyOf(hrefs);
                lines.add(line);
            }
            hrefs.clear();
            text.setLength(0);
            letters = 0;
            linkLetters = 0;
            emphasisLetters = 0;
            links = 0;
            images = 0;
            shareLinks = 0;
            href = "";
            imageAlt = "";
            lastLinkEnd = -1;
        }

        List<Line> finish() {
            endLine();
            return lines;
        }
    }
}
