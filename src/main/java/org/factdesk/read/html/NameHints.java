package org.factdesk.read.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an element's class, id and role say about it. Page templates name their parts ("share-bar",
 * "relatedStories", "article-body"), and those names are the strongest cheap hint there is. Names are
 * split into words (at punctuation and camelCase) and each word is matched by its start, so
 * "socialShare", "social_links" and "share-tools" all say "social" or "share", while "shadow" does not
 * say "ad". No site is named here: only words that templates in any language of the web use for parts.
 */
final class NameHints {
    /** Words that name page chrome: navigation, sharing, promotion, comments, footers, notices. */
    private static final List<String> CHROME_PREFIXES = List.of(
            "comment", "disqus", "respond", "repl", "discuss",
            "share", "sharing", "social", "sociable", "follow", "addthis",
            "related", "recommend", "relacionad", "trending", "popular", "mostread", "mostpopular", "toppost",
            "readmore", "readnext", "readalso", "seealso", "morestor", "morenews", "morefrom", "moreart",
            "nextart", "prevart", "nextpost", "prevpost", "upnext", "teaser", "outbrain", "taboola", "zergnet",
            "newsletter", "subscri", "signup", "signin", "register", "login", "donat", "membership",
            "promo", "sponsor", "advert", "adsense", "adslot", "adunit", "adwrap", "adcontainer", "dfp", "banner",
            "nav", "menu", "breadcrumb", "crumb", "pagination", "pager", "sidebar", "skyscraper", "widget",
            "footer", "masthead", "topbar", "toolbar", "tools", "utility", "print",
            "cookie", "consent", "gdpr", "popup", "modal", "lightbox", "notice", "alert",
            "byline", "author", "bio", "dateline", "timestamp", "date", "published", "posted", "updated",
            "tags", "tagged", "tagcloud", "taglist", "keyword", "categor", "topics",
            "credit", "copyright", "photographer", "rights", "gallery", "slideshow", "carousel", "slider",
            "offscreen", "reaction", "vote", "emoji", "badge", "label");
    /** Words that are chrome only as a whole word (as a prefix they start ordinary words). */
    private static final Set<String> CHROME_WORDS = Set.of(
            "ad", "ads", "adv", "meta", "tag", "rss", "feed", "more", "skip", "jump", "header", "head", "aside",
            "extra", "extras", "links", "combx", "community", "shoutbox", "remark", "supplemental", "bottom",
            "sticky", "sns", "also", "next", "prev", "card", "cards",
            "tease", "cta", "recirc", "recirculation", "rail", "partner", "partners");
    /** Words that name the article itself. */
    private static final List<String> CONTENT_PREFIXES = List.of(
            "article", "content", "entry", "hentry", "main", "post", "story", "blog", "text", "body", "prose",
            "richtext", "permalink", "single", "detail", "conteudo", "contenido", "artikel", "inhalt",
            "materia", "noticia", "berita", "isi", "texto", "corpo", "cuerpo");
    /** Words that name a fact-check's parts. */
    private static final List<String> FACT_CHECK_PREFIXES = List.of("claim", "verdict", "factcheck", "rating");
    /** Words that name a caption (kept as a caption, never taken for chrome). */
    private static final List<String> CAPTION_PREFIXES = List.of("caption", "legend", "legenda", "figcaption");

    private NameHints() {
    }

    /** The words of a name: "socialShareBar_2 related-posts" gives social, share, bar, related, posts. */
    static void split(String name, List<String> out) {
        int n = name.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean camelBreak = letter && start >= 0 && Character.isUpperCase(c) && i > 0
                    && Character.isLowerCase(name.charAt(i - 1));
            if (!letter || camelBreak) {
                if (start >= 0) {
                    out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = letter ? i : -1;
            } else if (start < 0) {
                start = i;
            }
        }
    }

    /** The compound of the words, so that "read-more" and "readMore" both read "readmore". */
    private static String joined(List<String> words) {
        return String.join("", words);
    }

    static boolean namesChrome(List<String> words) {
        if (namesQuotedContent(words)) {
            return false;
        }
        for (String w : words) {
            if (CHROME_WORDS.contains(w) || startsWithAny(w, CHROME_PREFIXES)) {
                return true;
            }
        }
        String all = joined(words);
        for (String compound : List.of("readmore", "readnext", "seealso", "morestories", "youmayalso", "alsolike",
                "mightlike", "mostread", "aboutauthor", "abouttheauthor", "authorbox", "authorinfo", "sronly",
                "screenreader", "visuallyhidden", "offscreen", "readeronly", "assistivetext")) {
            if (all.contains(compound)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parts that are content whatever else their names say: an embedded post (a tweet, an Instagram or
     * Facebook post) quotes what was said, often the claim itself, and a fact-check's claim and rating
     * boxes ("claim-wrapper card", "rating-wrapper") state what was checked and the verdict.
     */
    static boolean namesQuotedContent(List<String> words) {
        boolean embed = false;
        boolean social = false;
        for (String w : words) {
            if (w.equals("tweet") || w.startsWith("instagram") || w.equals("tiktok") || startsWithAny(w, FACT_CHECK_PREFIXES)) {
                return true;
            }
            embed |= w.startsWith("embed");
            social |= SOCIAL_NETWORKS.contains(w);
        }
        return embed && social;
    }

    private static final Set<String> SOCIAL_NETWORKS = Set.of(
            "social", "twitter", "facebook", "fb", "instagram", "tiktok", "youtube", "reddit", "post", "tweet");

    static boolean namesContent(List<String> words) {
        for (String w : words) {
            if (startsWithAny(w, CONTENT_PREFIXES)) {
                return true;
            }
        }
        return false;
    }

    static boolean namesCaption(List<String> words) {
        for (String w : words) {
            if (startsWithAny(w, CAPTION_PREFIXES)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's class weight, by words: -25 for chrome, +25 for content, both cancel. */
    static int weight(List<String> words) {
        int w = 0;
        if (namesChrome(words)) {
            w -= 25;
        }
        if (namesContent(words)) {
            w += 25;
        }
        return w;
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String p : prefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
