package org.factdesk.read.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The headline hidden in a page's {@code <title>}, which usually carries the site's name too: "Headline | Site",
 * "Headline - Site", "Site » Section » Headline", "Site: Headline". The rules are Readability's, so that a page
 * gets the title a reader mode would show:
 * <ol>
 *   <li>with a separator ({@code | - – — \ / > »}) between spaces, the part before the last one; when that is
 *   under three words, everything after the first separator instead;</li>
 *   <li>otherwise, with a colon, the whole title when an {@code <h1>}/{@code <h2>} says exactly that; else the part
 *   after the last colon (after the first when that is under three words; the whole title when more than five
 *   words stand before the colon);</li>
 *   <li>a title under 15 or over 150 characters gives way to the page's only {@code <h1>};</li>
 *   <li>a result of four words or fewer falls back to the whole title, unless it came from a hierarchical title
 *   ({@code \ / > »}) by dropping exactly one part.</li>
 * </ol>
 */
final class MetaTitle {
    /** JavaScript's \s: ASCII white space and the Unicode spaces, no-break space included. */
    static final String JS_SPACE = "[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
    private static final String SEPARATORS = "|\\-\u2013\u2014\\\\/>\u00BB";
    private static final Pattern SEPARATOR = Pattern.compile(JS_SPACE + "[" + SEPARATORS + "]" + JS_SPACE);
    private static final Pattern HIERARCHICAL = Pattern.compile(JS_SPACE + "[\\\\/>\u00BB]" + JS_SPACE);
    private static final Pattern UP_TO_FIRST_SEPARATOR = Pattern.compile("^[^" + SEPARATORS + "]*[" + SEPARATORS + "]");
    private static final Pattern WORD_BREAK = Pattern.compile(JS_SPACE + "+");
    private static final Pattern SPACE_RUN = Pattern.compile(JS_SPACE + "{2,}");
    private static final Pattern ASCII_SPACE_RUN = Pattern.compile("[ \\t\\n\\f\\r]+");
    /** Headings compared with a colon title; a page with more is not one article's page anyway. */
    private static final int MAX_HEADINGS = 500;

    private MetaTitle() {
    }

    /** The text of the page's {@code <title>}, white space collapsed as a browser does; empty when none. */
    static String documentTitle(Document doc) {
        for (Element t : doc.getElementsByTag("title")) {
            if (Parser.NamespaceHtml.equals(t.tag().namespace())) {
                StringBuilder text = new StringBuilder();
                for (Node child : t.childNodes()) {
                    if (child instanceof TextNode tn) {
                        text.append(tn.getWholeText());
                    }
                }
                return ASCII_SPACE_RUN.matcher(text).replaceAll(" ").strip();
            }
        }
        return "";
    }

    /** The headline of {@code doc} by the rules above. */
    static String of(Document doc) {
        String orig = jsTrim(documentTitle(doc));
        String cur = orig;
        boolean hierarchical = false;
        Matcher sep = SEPARATOR.matcher(cur);
        if (sep.find()) {
            hierarchical = HIERARCHICAL.matcher(cur).find();
            int last = sep.start();
            while (sep.find()) {
                last = sep.start();
            }
            cur = orig.substring(0, last);
            if (wordCount(cur) < 3) {
                cur = UP_TO_FIRST_SEPARATOR.matcher(orig).replaceFirst("");
            }
        } else if (cur.contains(": ")) {
            if (!headingSays(doc, jsTrim(cur))) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (wordCount(cur) < 3) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (wordCount(orig.substring(0, orig.indexOf(':'))) > 5) {
                    cur = orig;
                }
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            var h1s = doc.getElementsByTag("h1");
            if (h1s.size() == 1) {
                cur = SPACE_RUN.matcher(jsTrim(MetaByline.textContent(h1s.getFirst(), Integer.MAX_VALUE))).replaceAll(" ");
            }
        }
        cur = SPACE_RUN.matcher(jsTrim(cur)).replaceAll(" ");
        int words = wordCount(cur);
        if (words <= 4 && (!hierarchical || words != wordCount(SEPARATOR.matcher(orig).replaceAll(" ")) - 1)) {
            cur = orig;
        }
        return cur;
    }

    private static boolean headingSays(Document doc, String title) {
        int seen = 0;
        for (Element h : doc.select("h1, h2")) {
            if (++seen > MAX_HEADINGS) {
                return false;
            }
            if (jsTrim(MetaByline.textContent(h, title.length() + 1000)).equals(title)) {
                return true;
            }
        }
        return false;
    }

    /** Words as JavaScript's {@code split(/\s+/).length} counts them (empty parts at the ends included). */
    static int wordCount(String s) {
        return WORD_BREAK.split(s, -1).length;
    }

    /** JavaScript's trim(): white space by its wider definition, no-break space included. */
    static String jsTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isJsSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isJsSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
