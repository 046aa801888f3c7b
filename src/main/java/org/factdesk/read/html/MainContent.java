package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.read.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article's body in a page and returns it as blocks, leaving navigation, promos and footers out. */
public final class MainContent {
    private MainContent() {
    }

    /** The body's blocks. May change {@code doc} (removes what is not content): read metadata first. */
    public static List<Block> blocks(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
                + "[role=navigation], [role=banner], [role=contentinfo], .advert, .ad, .share, .related, .comments").remove();
        Element body = doc.selectFirst("article");
        if (body == null) {
            body = doc.selectFirst("main");
        }
        if (body == null) {
            body = doc.body();
        }
        List<Block> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        for (Element block : body.select("h1, h2, h3, h4, p, li, blockquote, pre, figcaption")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue; // its text is part of an enclosing block
            }
            String t = block.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            Block.Kind kind = switch (block.normalName()) {
                case "h1", "h2", "h3", "h4" -> Block.Kind.HEADING;
                case "li" -> Block.Kind.LIST_ITEM;
                case "blockquote" -> Block.Kind.QUOTE;
                case "pre" -> Block.Kind.PREFORMATTED;
                case "figcaption" -> Block.Kind.CAPTION;
                default -> Block.Kind.PARAGRAPH;
            };
            out.add(new Block(kind, t));
        }
        if (out.isEmpty() && !body.text().isBlank()) {
            out.add(Block.paragraph(body.text().strip()));
        }
        return out;
    }
}
