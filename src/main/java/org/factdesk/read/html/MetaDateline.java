package org.factdesk.read.html;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.read.page.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page shows in its text when its markup states none: the first visible element
 * outside the page chrome whose class or id says date, time, published or dateline, and whose
 * datetime/content/value attribute or short text reads as a date ("November 20, 2019 - 11:28 AMT").
 * Only where a dateline stands: after the headline (the first {@code <h1>}, when there is one) and before the
 * article's third paragraph, so that the dates of a related-articles list further down are not taken. Update
 * and comment dates are not taken either, nor a site header's "today".
 */
final class MetaDateline {
    private static final Pattern DATE_CLASS = Pattern.compile("date|time|publish|posted", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_PUBLICATION = Pattern.compile("updat|modif|comment|reply|today|weather",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_TEXT = 100;
    /** A paragraph this long is article text; the dateline comes before the third one. */
    private static final int PARAGRAPH = 100;
    private static final int PARAGRAPHS_BEFORE_DATELINE = 3;
    /** Elements looked at; a dateline sits near the top of the article. */
    private static final int MAX_ELEMENTS = 20_000;

    private MetaDateline() {
    }

    static LocalDate find(Document doc) {
        Element html = doc.selectFirst("html");
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(html == null ? doc : html);
        boolean afterHeadline = doc.getElementsByTag("h1").isEmpty();
        int paragraphs = 0;
        int seen = 0;
        while (!stack.isEmpty() && seen++ < MAX_ELEMENTS && paragraphs < PARAGRAPHS_BEFORE_DATELINE) {
            Element e = stack.pop();
            if (MetaByline.skipped(e)) {
                continue;
            }
            String matchString = e.className() + " " + e.id();
            if (MetaByline.unlikely(e, matchString)) {
                continue;
            }
            if (e.normalName().equals("h1")) {
                afterHeadline = true;
            } else if (afterHeadline && e.normalName().equals("p")
                    && MetaTitle.jsTrim(MetaByline.textContent(e, PARAGRAPH)).length() >= PARAGRAPH) {
                paragraphs++;
            }
            if (afterHeadline && DATE_CLASS.matcher(matchString).find() && !NOT_PUBLICATION.matcher(matchString).find()) {
                LocalDate d = date(e);
                if (d != null) {
                    return d;
                }
            }
            List<Element> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return null;
    }

    private static LocalDate date(Element e) {
        for (String attr : new String[] {"datetime", "content", "value"}) {
            LocalDate d = Dates.parseWritten(e.attr(attr));
            if (d != null) {
                return d;
            }
        }
        String text = MetaTitle.jsTrim(MetaByline.textContent(e, MAX_TEXT));
        return text.length() <= MAX_TEXT ? Dates.parseWritten(text) : null;
    }
}
