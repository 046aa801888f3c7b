package org.factdesk.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text of an HTML fragment that is all content (a feed item's body): every block kept, one paragraph a
 * block. Whole pages go through {@link ArticleReader}, which finds the content among the page chrome.
 */
public final class FragmentText {
    private FragmentText() {
    }

    public static String of(String html) {
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        body.select("script, style, noscript, iframe, svg, img").remove();
        List<String> blocks = new ArrayList<>();
        for (Element block : body.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote, td, th"))) {
                continue; // its text is part of an enclosing block
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                blocks.add(t);
            }
        }
        return blocks.isEmpty() ? body.text().strip() : String.join("\n\n", blocks);
    }
}
