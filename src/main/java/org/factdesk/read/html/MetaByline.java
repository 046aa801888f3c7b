package org.factdesk.read.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.model.Bylines;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The byline a page shows in its text when its markup names no author: the first visible element that says
 * it is one ({@code rel=author}, {@code itemprop=author}, or a class or id with byline, author, dateline,
 * writtenby), whose text is under 100 characters. Elements that a reader drops before it reads (scripts,
 * hidden elements, dialogs, navigation, menus, comments, sidebars, footers ...) are not looked into, so the
 * author of a comment or of a related article is not taken for the article's.
 *
 * <p>The rules are Readability's, so that the byline is the one a reader mode shows; the text is kept as the page
 * writes it ("By Jane Doe"), {@link #clean} is there for whoever wants only the names.
 */
final class MetaByline {
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment"
            + "|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss"
            + "|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup"
            + "|yom-remote", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> UNLIKELY_ROLES = List.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Pattern DISPLAY_NONE = Pattern.compile("(^|;)\\s*display\\s*:\\s*none",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIBILITY_HIDDEN = Pattern.compile("(^|;)\\s*visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    /** A byline is short; reading more of an element's text than this only to reject it is wasted. */
    private static final int MAX_BYLINE = 100;
    private static final int TEXT_BUDGET = 1_000;
    /** Less paragraph text than this outside the chrome is not an article: Readability then reads the chrome too. */
    private static final int MIN_ARTICLE = 500;

    private MetaByline() {
    }

    /**
     * The byline's text, stripped; empty when the page shows none. Like a reader, it looks past the page chrome
     * first; when what is left holds too little text to be the article (the article itself sits in a box whose
     * class says header or sidebar), it looks again, chrome included.
     */
    static String find(Document doc) {
        Element html = doc.selectFirst("html");
        Element root = html == null ? doc : html;
        int[] paragraphText = new int[1];
        String byline = find(root, true, paragraphText);
        if (byline.isEmpty() && paragraphText[0] < MIN_ARTICLE) {
            byline = find(root, false, paragraphText);
        }
        return byline;
    }

    /** @param paragraphText adds the length of the paragraphs looked at, up to {@link #MIN_ARTICLE} */
    private static String find(Element root, boolean skipChrome, int[] paragraphText) {
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (skipped(e)) {
                continue;
            }
            String matchString = e.className() + " " + e.id();
            if (isByline(e, matchString)) {
                String text = MetaTitle.jsTrim(textContent(e, TEXT_BUDGET));
                if (!text.isEmpty() && text.length() < MAX_BYLINE) {
                    Element name = namePart(e);
                    return name == null ? text : MetaTitle.jsTrim(textContent(name, TEXT_BUDGET));
                }
            }
            if (skipChrome && unlikely(e, matchString)) {
                continue;
            }
            if (paragraphText[0] < MIN_ARTICLE && e.normalName().equals("p")) {
                paragraphText[0] += MetaTitle.jsTrim(textContent(e, MIN_ARTICLE)).length();
            }
            List<Element> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return "";
    }

    /** Within a byline, the element microdata marks as the name ("By <span itemprop=name>Jane Doe</span>"). */
    private static Element namePart(Element byline) {
        return byline.stream().skip(1).limit(TEXT_BUDGET).filter(d -> d.attr("itemprop").contains("name"))
                .findFirst().orElse(null);
    }

    private static boolean isByline(Element e, String matchString) {
        boolean says = e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                || BYLINE.matcher(matchString).find();
        return says && !authorOfSomethingQuoted(e, matchString);
    }

    /** The class or id of the author of a claim, a quote or a cited source: "claim-author", "quote__author". */
    private static final Pattern QUOTED_AUTHOR = Pattern.compile("claim|quote|cite|citation|source|speaker|statement"
            + "|testimonial", Pattern.CASE_INSENSITIVE);

    /**
     * A fact-check names who made the claim it checks ("The Russian and Syrian defense ministries") in a box whose
     * class says author; a quotation names its author in a {@code <blockquote>} or {@code <cite>}. Neither wrote
     * the article.
     */
    private static boolean authorOfSomethingQuoted(Element e, String matchString) {
        if (QUOTED_AUTHOR.matcher(matchString).find()) {
            return true;
        }
        Element p = e;
        for (int depth = 0; p != null && depth <= 4; depth++, p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("blockquote") || tag.equals("cite") || tag.equals("q") || tag.equals("figcaption")
                    || depth > 0 && QUOTED_AUTHOR.matcher(p.className() + " " + p.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Not part of what a reader reads: scripts, styles, hidden elements, modal dialogs. */
    static boolean skipped(Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("noscript") || tag.equals("style") || tag.equals("template")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && (DISPLAY_NONE.matcher(style).find() || VISIBILITY_HIDDEN.matcher(style).find())) {
            return true;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        if (e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image")) {
            return true;
        }
        return e.attr("aria-modal").equals("true") && e.attr("role").equals("dialog");
    }

    /** Page chrome by its class, id or role (comments, menus, sidebars ...), unless it also looks like content. */
    static boolean unlikely(Element e, String matchString) {
        String tag = e.normalName();
        if (UNLIKELY.matcher(matchString).find() && !MAYBE_CANDIDATE.matcher(matchString).find()
                && !hasAncestor(e, "table") && !hasAncestor(e, "code") && !tag.equals("body") && !tag.equals("a")) {
            return true;
        }
        return UNLIKELY_ROLES.contains(e.attr("role"));
    }

    /** An ancestor of this tag within four levels up. */
    private static boolean hasAncestor(Element e, String tag) {
        Element p = e.parent();
        for (int depth = 0; p != null && depth <= 3; depth++, p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of an element as the DOM's textContent gives it (every text node, nothing added between
     * elements), without scripts and styles. It stops once longer than {@code budget} characters or after
     * {@code budget} nodes, so that testing a big element for being a short byline costs a bounded time.
     */
    static String textContent(Element root, int budget) {
        StringBuilder out = new StringBuilder();
        int nodes = 0;
        Node n = root.childNodeSize() == 0 ? null : root.childNode(0);
        while (n != null && out.length() <= budget && nodes++ <= budget) {
            if (n instanceof TextNode t) {
                out.append(t.getWholeText());
            }
            if (n instanceof Element el && el.childNodeSize() > 0 && !isScriptLike(el)) {
                n = el.childNode(0);
                continue;
            }
            // next in document order within root: the next sibling, or an ancestor's
            while (n != root && n.nextSibling() == null) {
                n = n.parent();
            }
            n = n == root ? null : n.nextSibling();
        }
        return out.toString();
    }

    private static boolean isScriptLike(Element e) {
        String tag = e.normalName();
        return tag.equals("script") || tag.equals("noscript") || tag.equals("style") || tag.equals("template");
    }

    /** Only the names of a byline; see {@link Bylines#clean}. */
    static String clean(String byline) {
        return Bylines.clean(byline);
    }
}
