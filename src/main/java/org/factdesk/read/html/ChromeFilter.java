package org.factdesk.read.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides which parts inside the article are page chrome: semantic chrome tags (nav, aside, footer,
 * header), parts named for chrome, and Readability's conditional cleaning of boxes that are mostly links,
 * images, list items or form controls. Whatever holds most of the article's prose is never chrome,
 * whatever its name, so a wrapper called "content-with-sidebar" or "story paywall" is kept.
 */
final class ChromeFilter implements BlockWriter.ContentFilter {
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    /** schema.org properties that hold who made or owns the work, not the work. */
    private static final Set<String> CREDIT_PROPERTIES = Set.of(
            "author", "creator", "copyrightHolder", "copyrightNotice", "creditText", "copyrightYear", "datePublished",
            "dateModified");
    private static final Set<String> CLEANED_TAGS = Set.of(
            "div", "section", "ul", "ol", "dl", "table", "form", "fieldset", "aside", "center");

    private final TextStats stats;
    private final boolean weighNames;
    private final boolean cleanConditionally;
    private final int articleProse;

    /**
     * @param articleProse the prose (paragraph characters) of the whole article, the measure of "most"
     */
    private final PageNames names;

    ChromeFilter(TextStats stats, PageNames names, boolean weighNames, boolean cleanConditionally, int articleProse) {
        this.stats = stats;
        this.names = names;
        this.weighNames = weighNames;
        this.cleanConditionally = cleanConditionally;
        this.articleProse = Math.max(1, articleProse);
    }

    @Override
    public boolean leaveOut(Element e) {
        String tag = e.normalName();
        TextStats.Stat s = stats.of(e);
        double proseShare = s.paragraphChars / (double) articleProse;
        if (proseShare >= 0.5) {
            return false;
        }
        if (CHROME_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("form") && s.inputs > 0) {
            return true;
        }
        if (names.quotedContent(e)) {
            return false;
        }
        if (CREDIT_PROPERTIES.contains(e.attr("itemprop"))) {
            return true; // schema.org's own marking of a byline or a picture's credit
        }
        if (e.className().contains("ai2html")) {
            // the text ai2html (the newsroom chart exporter) lays over a chart's image: axis ticks and labels
            return true;
        }
        if (weighNames && names.chrome(e) && !names.caption(e)) {
            if (!(names.content(e) && proseShare >= 0.2)) {
                return true;
            }
        }
        return cleanConditionally && CLEANED_TAGS.contains(tag) && looksLikeChromeBox(e, s);
    }

    /** Readability's conditional cleaning, with lists that are mostly links taken for link lists. */
    private boolean looksLikeChromeBox(Element e, TextStats.Stat s) {
        String tag = e.normalName();
        if (tag.equals("table") && names.tables.isData(e)) {
            return false;
        }
        int weight = weighNames ? names.weight(e) : 0;
        double linkDensity = s.linkDensity();
        boolean isList = tag.equals("ul") || tag.equals("ol") || tag.equals("dl")
                || (s.chars > 0 && s.listItemChars > 0.9 * s.chars);
        if (isList && s.chars > 0 && linkDensity > 0.5 && s.commas < 10) {
            return true; // a list of links: navigation, related articles, tags
        }
        if (s.commas >= 10) {
            return false;
        }
        int p = s.paragraphs;
        int img = s.images;
        int li = isList ? 0 : s.listItems;
        double headingDensity = s.chars == 0 ? 0 : s.headingChars / (double) s.chars;
        if (img > 1 && p / (double) img < 0.5 && !insideFigure(e)) {
            return true;
        }
        if (!isList && li > p) {
            return true;
        }
        if (s.inputs > p / 3) {
            return true;
        }
        if (!isList && headingDensity < 0.9 && s.chars < 25 && (img == 0 || img > 2) && linkDensity > 0) {
            return true;
        }
        if (!isList && weight < 25 && linkDensity > 0.2) {
            return true;
        }
        return weight >= 25 && linkDensity > 0.5;
    }

    private static boolean insideFigure(Element e) {
        int up = 0;
        for (Element p = e.parent(); p != null && up < 5; p = p.parent(), up++) {
            if (p.nameIs("figure")) {
                return true;
            }
        }
        return false;
    }
}
