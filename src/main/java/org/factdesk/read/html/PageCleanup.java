package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes out of a page what can never be article text: scripts, styles, embedded media and widgets, form
 * controls, comments, and elements the page itself hides. One pass over the tree, no recursion.
 */
final class PageCleanup {
    /** Elements whose content is code, media or controls, never prose ({@code input} stays: it has no text, and it tells a form from prose). */
    static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "frame", "frameset",
            "object", "embed", "applet", "audio", "video", "source", "track", "map", "select",
            "option", "optgroup", "textarea", "button", "link", "meta", "base", "dialog", "head", "title",
            "datalist", "output", "progress", "meter", "param");

    private PageCleanup() {
    }

    /** Removes the never-text elements, HTML comments and hidden elements under {@code root}. */
    static void removeNonContent(Element root) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && node != root && (NEVER_TEXT.contains(e.normalName()) || hidden(e))) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Node n : doomed) {
            n.remove();
        }
    }

    /** Hidden by the page itself: the hidden attribute or an inline display:none / visibility:hidden. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
