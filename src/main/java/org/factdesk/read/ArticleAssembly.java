package org.factdesk.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Article;
import org.factdesk.model.Span;

/** Blocks and metadata to an {@link Article}: one paragraph a block, captions kept and marked. */
public final class ArticleAssembly {
    private ArticleAssembly() {
    }

    /** The article's text and the spans of its captions. */
    public record Body(String text, List<Span> captions) {
    }

    public static Body body(List<Block> blocks, String title) {
        StringBuilder text = new StringBuilder();
        List<Span> captions = new ArrayList<>();
        String titleKey = key(title);
        boolean first = true;
        for (Block b : blocks) {
            String t = b.text().strip();
            if (t.isEmpty()) {
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

    /** The article of a page; its id comes from its text, so the same text opened twice is one article. */
    public static Article article(ReadPage page) {
        PageMetadata m = page.metadata();
        Body body = body(page.blocks(), m.title());
        return new Article(Article.idForText(body.text()), m.title(), body.text(), m.siteName(), m.published(),
                m.url(), m.byline(), m.updated(), m.language(), body.captions());
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
