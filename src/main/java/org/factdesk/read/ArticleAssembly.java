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
        StringBuilder text = new StringBuilder();
        List<Span> captions = new ArrayList<>();
        String titleKey = key(title);
        String bylineKey = key(org.factdesk.model.Bylines.clean(byline));
        boolean first = true;
        for (Block b : blocks) {
            String t = b.text().strip();
            if (t.isEmpty() || restatesByline(t, bylineKey)) {
                continue;
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

    private static String key(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
