package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What {@link NameHints} says of each element of one page, worked out once per element: the finder asks
 * about the same elements in every pass, and splitting class names is most of what asking costs.
 */
final class PageNames {
    private static final int CHROME = 1;
    private static final int CONTENT = 2;
    private static final int CAPTION = 4;
    private static final int QUOTED_CONTENT = 8;
    private static final int[] NONE = {0, 0};

    /** Per element: its flags and its class weight. */
    private final Map<Element, int[]> cache = new IdentityHashMap<>();
    /** The page's tables, judged data or layout once. */
    final Tables tables = new Tables();

    private int[] of(Element e) {
        if (e.attributesSize() == 0) {
            return NONE;
        }
        return cache.computeIfAbsent(e, PageNames::compute);
    }

    private static int[] compute(Element e) {
        List<String> cls = new ArrayList<>();
        NameHints.split(e.className(), cls);
        List<String> id = new ArrayList<>();
        NameHints.split(e.id(), id);
        List<String> all = new ArrayList<>(cls);
        all.addAll(id);
        NameHints.split(e.attr("role"), all);
        int flags = 0;
        if (!all.isEmpty()) {
            flags |= NameHints.namesChrome(all) ? CHROME : 0;
            flags |= NameHints.namesContent(all) ? CONTENT : 0;
            flags |= NameHints.namesCaption(cls) ? CAPTION : 0;
            flags |= NameHints.namesQuotedContent(all) ? QUOTED_CONTENT : 0;
        }
        // Readability's class weight: the class and the id each count -25 for chrome and +25 for content.
        int weight = NameHints.weight(cls) + NameHints.weight(id);
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            weight += 50; // the page marks its article body itself
        }
        return new int[] {flags, weight};
    }

    boolean chrome(Element e) {
        return (of(e)[0] & CHROME) != 0;
    }

    boolean content(Element e) {
        return (of(e)[0] & CONTENT) != 0;
    }

    boolean caption(Element e) {
        return (of(e)[0] & CAPTION) != 0;
    }

    boolean quotedContent(Element e) {
        return (of(e)[0] & QUOTED_CONTENT) != 0;
    }

    /** Whether the element says it holds the article: article, main, itemprop=articleBody, a content name. */
    boolean namesArticle(Element e) {
        if (e.nameIs("article") || e.nameIs("main")) {
            return true;
        }
        return e.attributesSize() > 0 && (e.attr("itemprop").equalsIgnoreCase("articleBody") || (content(e) && !chrome(e)));
    }

    int weight(Element e) {
        return of(e)[1];
    }
}
