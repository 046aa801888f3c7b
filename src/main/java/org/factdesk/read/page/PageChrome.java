package org.factdesk.read.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page chrome told from article text, one block (or one line) at a time, by what it says: share and social rows,
 * navigation, "RELATED:" and "Read more:" promos, related-article lists, newsletter, donation and republishing
 * boxes, comment sections, footers, cookie notices, image credits and image data, tag lists, advertisements.
 *
 * <p>Every reader can call it on the blocks it found; it never needs markup. Rules look at one line at a time and
 * are capped (a long line is only checked for the few forms that can be long), so cleaning is linear in the text.
 * Labels such as "Fake:" or "FACT CHECK:" at a block's start are text, never chrome: {@link #leadingLabel} names
 * them so that callers do not take them for speakers.
 */
public final class PageChrome {
    /** Lines longer than this many characters are article text unless they are a box, a URL or image data. */
    private static final int SHORT_LINE = 200;
    /** Words a line may have to be taken for a menu entry, a button or a section heading. */
    private static final int BUTTON_WORDS = 6;

    /** What a block tells about the blocks that follow it. */
    public enum Section {
        /** Nothing: an ordinary block. */
        NONE,
        /** A heading of linked headlines ("Related articles", "More from …"): skip the short items below it. */
        LINKS,
        /** A newsletter, donation or republishing box: skip the box's short text and buttons below it. */
        BOX,
        /** Comments, the author's box or the page footer: the article has ended. */
        END
    }

    /** Whole lines that are buttons, menu entries or widgets (compared lower-case, without end punctuation). */
    private static final Set<String> BUTTONS = Set.of(
            "share", "shares", "share this", "share this article", "share this story", "share article", "share story",
            "share this page", "share page", "share via", "tweet", "email", "e-mail", "mail", "print", "copy link",
            "copy url", "copy the link", "link copied", "copied", "pin it", "save", "saved", "save article",
            "bookmark", "gift this article", "gift article", "comment", "comments", "reply", "listen",
            "listen to this article", "listen to article", "play", "pause", "audio", "advertisement", "advertising",
            "ad", "ads", "sponsored", "sponsored content", "paid content", "partner content", "menu", "main menu",
            "search", "close", "open", "home", "homepage", "skip to content", "skip to main content",
            "skip to navigation", "skip to footer", "jump to content", "back to top", "top", "sign in", "log in",
            "login", "log out", "sign out", "sign up", "register", "my account", "account", "subscribe",
            "subscribe now", "subscribe today", "donate", "donate now", "give now", "contribute", "more",
            "show more", "load more", "read more", "see more", "view more", "see all", "view all", "loading",
            "loading...", "next", "previous", "prev", "next article", "previous article", "next story",
            "previous story", "toggle navigation", "open navigation", "navigation", "open menu", "close menu",
            "expand", "collapse", "click to expand", "enlarge", "enlarge image", "view image", "zoom", "fullscreen",
            "full screen", "view gallery", "open gallery", "gallery", "video", "watch", "watch video",
            "watch now", "play video", "live", "trending", "popular", "latest", "latest news", "top stories",
            "most read", "most popular", "most viewed", "recommended", "recommended for you", "related",
            "related articles", "related stories", "related content", "related coverage", "related posts",
            "related news", "related reading", "related topics", "you may also like", "you might also like",
            "you may be interested in", "read next", "up next", "what to read next", "editor's picks",
            "editors' picks", "more stories", "more news", "in other news", "around the web", "from our partners",
            "sponsored stories", "promoted stories", "see also", "also read", "read also", "more fact checks",
            "more fact-checks", "other fact checks", "tags", "topics", "filed under", "categories", "keywords",
            "text size", "font size", "a a a", "aa", "print this page", "print article", "follow", "follow us",
            "unfollow", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "telegram", "pinterest",
            "instagram", "youtube", "tiktok", "flipboard", "messenger", "threads", "bluesky", "mastodon", "rss",
            "newsletter", "newsletters", "our newsletters", "podcasts", "cookie settings", "manage cookies",
            "accept", "accept all", "accept cookies", "accept all cookies", "reject all", "i agree", "got it",
            "ok", "okay", "dismiss", "privacy policy", "privacy", "terms of use", "terms of service", "terms",
            "terms and conditions", "cookie policy", "cookies", "contact", "contact us", "about", "about us",
            "advertise", "advertise with us", "careers", "jobs", "sitemap", "site map", "help", "faq",
            "corrections", "ethics policy", "our standards", "accessibility", "story continues below",
            "story continues below advertisement", "article continues below", "article continues below advertisement",
            "continue reading", "continue reading below", "scroll to continue", "scroll to continue with content",
            "media playback is unsupported on your device", "this video can not be played", "this video cannot be played",
            "video unavailable", "your browser does not support the video tag",
            "your browser does not support the audio element", "your browser does not support html5 video",
            "click here", "download our app", "download the app", "get the app", "open in app", "view in app",
            "leave a comment", "leave a reply", "post a comment", "add a comment", "write a comment",
            "join the conversation", "join the discussion", "show comments", "view comments", "load comments",
            "hide comments", "discussion", "report an error", "spotted an error", "report a correction",
            "have a tip", "send us a tip", "submit a tip", "thank you for reading", "thanks for reading",
            "enter your email", "enter your email address", "your email address", "email address",
            "just now", "yesterday", "today", "updated", "breaking", "breaking news", "exclusive", "opinion",
            "analysis", "explainer", "summary", "key points", "key takeaways", "in brief", "at a glance",
            "highlights", "excerpt", "fact check", "fact-check", "factcheck", "news", "world", "politics",
            "business", "sport", "sports", "health", "science", "technology", "tech", "culture", "entertainment",
            "lifestyle", "local", "national", "international", "weather", "photos",
            "podcast", "magazine", "features", "investigations", "about the author", "about the authors", "videos",
            "view original", "read original", "view original article", "open original", "original article",
            "view source", "open in browser", "view in browser", "source", "permalink",
            // a live blog's controls
            "key events", "show key events only", "pinned post", "pinned", "live updates", "live blog",
            "show all updates", "new updates", "jump to latest", "latest updates",
            // a video player's and an ad's labels
            "ad feedback", "video ad feedback", "now playing", "autoplay", "supported by", "skip advertisement",
            // a social post's comment controls
            "most relevant", "all comments", "view more comments", "newest first", "top comments");

    /** Words of which a line of social buttons is made up ("Facebook Twitter WhatsApp Email Copy link"). */
    private static final Set<String> SOCIAL_WORDS = Set.of(
            "share", "on", "via", "to", "this", "article", "story", "facebook", "twitter", "x", "whatsapp",
            "linkedin", "reddit", "telegram", "pinterest", "messenger", "flipboard", "threads", "bluesky",
            "mastodon", "tumblr", "sms", "email", "e-mail", "mail", "print", "copy", "link", "url", "copied",
            "instagram", "youtube", "tiktok", "opens", "in", "new", "window", "tab", "a", "the", "pocket",
            "follow", "us", "tweet", "pin", "save", "bookmark", "comment", "comments", "gift");
    /** The social words that make a row of them a share row (not "on the"). */
    private static final Set<String> NETWORKS = Set.of(
            "share", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "telegram", "pinterest",
            "messenger", "flipboard", "threads", "bluesky", "mastodon", "tumblr", "sms", "email", "e-mail", "mail",
            "print", "copy", "copied", "instagram", "youtube", "tiktok", "pocket", "follow", "tweet", "pin",
            "bookmark", "comments", "gift");

    /**
     * Line starts that make a line chrome whatever follows, when the line is short: promos, boxes, credits,
     * tag lists, comment widgets, footers and cookie notices. Lower case, matched at the line's start.
     */
    private static final Starts SHORT_LINE_STARTS = Starts.of(
            "related:", "related -", "related coverage:", "related stories:", "related articles:", "read more:",
            "read more at", "read more about", "read more on", "read more here", "read the full", "more:",
            "also read:", "also read -", "read also:", "also see:", "see also:", "recommended:", "read next:",
            "up next:", "watch:", "watch next:", "watch now:", "listen:", "listen now:", "read:", "don't miss:",
            "do not miss:", "must read:", "trending:", "most read:", "popular:", "more from ", "more stories from",
            "more on this story", "more on this topic", "share on ", "share via ", "share to ", "share this ",
            "share with ", "click to share", "click to email", "click to print", "follow us", "follow @",
            "like us on", "find us on", "connect with us", "tags:", "tagged:", "tagged with", "topics:", "topic:",
            "filed under", "filed in:", "categories:", "category:", "keywords:", "photo:", "photos:", "photograph:",
            "photographs:", "image:", "images:", "picture:", "pictures:", "pic:", "credit:", "credits:",
            "image credit", "photo credit", "picture credit", "photo by ", "photos by ", "photograph by", "image by ",
            "image courtesy", "photo courtesy", "courtesy of ", "illustration:", "illustration by", "graphic:",
            "graphic by", "file photo", "(getty", "getty images", "(ap photo", "ap photo", "(photo", "(image",
            "(credit", "(file", "© ", "(c) ", "all rights reserved", "privacy policy", "terms of use",
            "terms of service", "cookie policy", "we use cookies", "this website uses cookies",
            "this site uses cookies", "our website uses cookies", "by continuing to use", "by using this site",
            "by clicking", "accept cookies", "manage cookies", "cookie settings", "cookie preferences",
            "story continues below", "article continues below", "continue reading", "scroll to continue",
            "please turn on javascript", "please enable javascript", "javascript is disabled", "enable javascript",
            "sign up to discover", "sign up to read", "sign up to get", "sign up to receive", "sign up for free",
            "you need to enable javascript", "this feature requires javascript",
            "click here to", "click to ", "tap here", "download our app", "download the app", "get the app",
            "open in app", "leave a comment", "leave a reply", "post a comment", "add a comment",
            "join the conversation", "show comments", "view comments", "load comments", "comments (",
            "report an error", "spotted an error", "spot an error", "spotted a mistake", "found an error",
            "have a tip", "send us a tip", "got a tip", "submit a tip", "thank you for reading", "thanks for reading",
            "enter your email", "your email address", "email address", "by signing up", "by subscribing",
            "by submitting", "you have been subscribed", "you're subscribed", "you are subscribed", "you're all set",
            "unsubscribe", "reading time", "estimated reading time", "listen to this article",
            "listen to the article", "listen to this story", "audio version", "image 1 of", "photo 1 of",
            "slide 1 of", "skip to ", "jump to ", "sign in to", "log in to", "login to", "already a subscriber",
            "already have an account", "create an account", "create a free account", "register for free",
            "continue with google", "sponsored by", "copyright ©", "copyright (c)", "copyright 19", "copyright 20",
            "saved to ", "saved from ", "saved with ", "clipped from ", "clipped to ", "clipped with ", "clipped on ",
            "created with ", "sent from my", "created:", "clipped:", "saved:", "date saved", "associated coverage",
            "more coverage", "further coverage", "live updates:", "our standards", "editorial standards",
            "contact the reporter", "contact the author", "email the reporter", "email the author",
            "reach the reporter", "follow the author", "this story was produced", "editor's picks",
            "you may also like", "you might also like", "recommended for you", "more fact checks",
            "other fact checks", "hashtags:", "source: getty");

    /**
     * Line starts of boxes that may run long: newsletter sign-ups, donation appeals, republishing notices. A line
     * opening with one of these is chrome at any length (a box is never an article's sentence).
     */
    private static final Starts BOX_STARTS = Starts.of(
            "sign up for our", "sign up for the", "sign up to our", "sign up to receive", "sign up to get",
            "sign up now", "sign up here", "subscribe to our", "subscribe to the", "subscribe for", "subscribe now",
            "subscribe today", "get our newsletter", "get the newsletter", "get our free", "get the latest",
            "get the best of", "get breaking news", "want more stories like this", "want the latest", "never miss",
            "don't miss a story", "stay informed", "stay up to date", "stay up-to-date", "newsletter",
            "our newsletter", "support our journalism", "support independent journalism", "support local journalism",
            "support our work", "support our reporting", "support us", "support quality journalism",
            "support fact-based journalism", "support fact-checking", "support our fact-checking", "please support",
            "please consider supporting", "please consider donating", "please consider a donation", "please donate",
            "consider supporting", "consider donating", "consider making a donation", "we rely on readers",
            "we depend on readers", "help us keep", "help us fund", "join us in supporting", "join us today",
            "donate to", "donate now", "make a donation", "make a gift", "make a contribution", "become a member",
            "become a supporter", "become a subscriber", "become a patron", "join our members", "we need your help",
            "we need your support", "our journalism is free", "our journalism relies",
            "this journalism is made possible", "independent journalism needs", "if you value", "if you appreciate",
            "if you enjoyed this", "if you found this", "republish our", "republish this", "republishing",
            "you may republish", "you can republish", "feel free to republish", "this article may be republished",
            "this work is licensed", "this article is licensed", "licensed under a creative commons",
            "licensed under creative commons", "this article is republished", "this article was originally published",
            "this story was originally published", "this article first appeared", "this story first appeared",
            "this article originally appeared", "this story originally appeared", "originally published",
            "first published in", "first published on", "first published by", "a version of this story",
            "a version of this article", "this story was produced by", "this article was produced by",
            "this content was produced", "we use cookies", "this website uses cookies", "this site uses cookies",
            "our site uses cookies", "we and our partners", "we value your privacy", "your privacy choices",
            "do not sell my", "comments are closed", "comments have been closed", "commenting is closed",
            "you must be logged in", "log in to comment", "sign in to comment", "to comment, please",
            "thank you for reading", "thanks for reading", "you've reached your", "you have reached your",
            "this article is for subscribers", "this content is for subscribers", "already a subscriber",
            "for unlimited access", "unlock this article", "to continue reading");

    /** A line made of hashtags only ("#factcheck #elections"). */
    private static final Pattern HASHTAGS = Pattern.compile("(?:#[\\p{L}\\p{N}_]+[\\s,]*)+");
    /** A counter or a player's clock: "1/12", "Image 2 of 8", "00:00 / 03:14". */
    private static final Pattern COUNTER = Pattern.compile(
            "(?i)(?:(?:image|photo|picture|slide|item)\\s+)?\\d{1,3}\\s*(?:/|of)\\s*\\d{1,3}|\\d{1,2}:\\d{2}(?:\\s*/\\s*\\d{1,2}:\\d{2})?");
    /** "3 hours ago", "5 min read", "4-minute read", "12 comments": widgets, not text. */
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)(?:about\\s+|updated\\s+)?(?:\\d+|an?|one)\\s*(?:-\\s*)?(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)"
                    + "\\s+(?:ago|read|reading|listen|watch)|\\d+\\s+(?:comments?|replies|shares|views|reactions)"
                    // a live blog's entry stamps: "9m ago", "1h ago", "11.33 GMT", "Updated at 10.52 GMT", "10:41am"
                    + "|\\d{1,3}\\s?[smhdw]\\s+ago"
                    + "|(?:(?:last\\s+)?updated(?:\\s+at)?:?\\s*|posted(?:\\s+at)?:?\\s*)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?"
                    + "\\s*(?:GMT|BST|UTC|CET|CEST|EET|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|IST|AEST|AEDT)"
                    + "|(?:(?:last\\s+)?updated(?:\\s+at)?:?|posted(?:\\s+at)?:?)\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?"
                    + "|\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?m\\.?"
                    // a social post's age ("2h", "5m") and a page's number ("Page 4", "Page 2 of 9")
                    + "|\\d{1,3}\\s?(?:[smhdw]|mins?|hrs?)|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?"
                    // reactions and their count: "👍❤️😮 2.3K"
                    + "|[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}\\s]+\\d+(?:[.,]\\d+)?\\s?[KkMm]?"
                    // a video's length and source: "01:12 - Source: CNN"
                    + "|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[-–—|]\\s*source:\\s*\\S.{0,40}");
    /** A bare web address or domain alone on a line. */
    private static final Pattern BARE_ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}(?:/\\S*)?");
    /** Breadcrumbs: "Home > News > Fact check", "World / Europe". */
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>›»/]\\s+");
    /** A data URI or a long run of base64 characters (an inlined image). */
    private static final Pattern IMAGE_DATA = Pattern.compile(
            "data:[a-z]+/[a-z0-9.+-]+(?:;[a-z0-9=.-]+)*(?:;base64)?,[A-Za-z0-9+/=%]*|[A-Za-z0-9+/]{120,}={0,2}");
    /** Promos glued onto a sentence: "… sentence. RELATED: Other headline". Checked after a sentence's end. */
    private static final Pattern GLUED_PROMO = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:RELATED|READ MORE|Read more|READ ALSO|ALSO READ|Also read|SEE ALSO|See also|"
                    + "MORE|WATCH|LISTEN|RECOMMENDED|READ NEXT|Read next|DON'T MISS|Related coverage|Related)\\s*:");
    /** Labels of a fact check's verdict or of disinformation, at a block's start: text, not speakers. */
    private static final Set<String> LABELS = Set.of(
            "fake", "false", "true", "mostly false", "mostly true", "half true", "half-true", "partly false",
            "partly true", "misleading", "missing context", "no evidence", "unproven", "unverified", "unsupported",
            "altered", "doctored", "manipulated", "satire", "scam", "hoax", "myth", "fact", "facts", "the facts",
            "truth", "the truth", "reality", "reality check", "disinfo", "disinformation", "misinfo",
            "misinformation", "propaganda", "fact check", "fact-check", "factcheck", "fact checked", "claim",
            "the claim", "claims", "verdict", "our verdict", "the verdict", "rating", "our rating", "ruling",
            "our ruling", "conclusion", "our conclusion", "context", "the context", "background", "bottom line",
            "the bottom line", "what we found", "what's true", "what's false", "correct", "incorrect", "wrong",
            "accurate", "inaccurate", "exaggerated", "debunked", "update", "correction", "editor's note", "note",
            "explainer", "analysis");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SOCIAL_SPLIT = Pattern.compile("[\\s|·•,/()\\[\\]]+");
    private static final Pattern MENU_SPLIT = Pattern.compile("\\s+[|·•]\\s+");
    private static final Pattern BUTTON_SPLIT = Pattern.compile("\\s*[|·•]\\s*");
    private static final Pattern CONTACT = Pattern.compile(
            "(?:reach|contact|email|e-mail|write to|follow|send tips to|tips:)\\b.*\\S+@\\S+.*");
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("copyright\\s+\\d{4}.*");
    private static final Pattern COPYRIGHT_NAME = Pattern.compile("copyright\\s+(?:the\\s+)?\\p{L}.*\\d{4}.*");
    /** Headings that end an article: its comments, its author's box. */
    private static final Pattern END_HEADING = Pattern.compile("(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?"
            + "|(?:leave|post|add|write) an? (?:comment|reply)|join the (?:conversation|discussion)"
            + "|(?:show|view|load|read) (?:all )?(?:\\d+ )?comments|discussion|reader comments"
            + "|what do you think\\??|about the authors?|meet the authors?|author bio|comments are closed");
    /** Headings of newsletter, donation and republishing boxes. */
    private static final Pattern BOX_HEADING = Pattern.compile(
            "(?:our |the |free |daily |weekly )?newsletters?|donate|support (?:us|our work"
                    + "|(?:local |independent |quality |our |fact-based |public-interest |nonprofit )*(?:journalism|reporting|newsroom))"
                    + "|republish(?: this)?(?: article| story)?|stay (?:informed|in the know)");
    /** Headings of lists of other articles. */
    private static final Pattern LINKS_HEADING = Pattern.compile(
            "related(?: articles| stories| content| coverage| posts| news| reading| topics| links| fact checks)?"
                    + "|more (?:from|on|in|about|stories|news|fact[- ]checks|like this)\\b.*"
                    + "|(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories)?"
                    + "|read next|up next|what to read next|most (?:read|popular|viewed|shared)|trending(?: now| stories)?"
                    + "|latest(?: news| stories| articles| fact checks)?|top stories|editors?'? picks|popular(?: now)?"
                    + "|in other news|around the web|from our partners|sponsored stories|promoted stories"
                    + "|see also|also read|read also|read more|further reading|other fact[- ]checks|tags|topics"
                    + "|share(?: this)?(?: article| story| page)?|follow us|explore more|keep reading)");
    private PageChrome() {
    }

    /** Whether the whole block is page chrome (a table row or a preformatted block never is, unless it is image data). */
    public static boolean isChrome(Block block) {
        String text = block.text().strip();
        if (text.isEmpty()) {
            return true;
        }
        if (block.is(Block.Kind.TABLE) || block.is(Block.Kind.PREFORMATTED)) {
            return withoutImageData(text).isBlank();
        }
        if (block.is(Block.Kind.CAPTION)) {
            return withoutCredit(text).isBlank() || isChromeLine(text);
        }
        return isChromeLine(text);
    }

    /** Whether one line of text (a block's text, a menu entry, a paragraph) is page chrome. */
    public static boolean isChromeLine(String line) {
        String t = trimDecoration(line);
        if (t.isEmpty()) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (startsWithAny(lower, BOX_STARTS)) {
            return words(t, 151) <= 150;
        }
        if (t.length() > SHORT_LINE * 4) {
            // Long text is chrome only when it is image data or one address.
            return withoutImageData(t).isBlank() || isBareAddress(t);
        }
        if (withoutImageData(t).isBlank() || isBareAddress(t)) {
            return true;
        }
        if (t.length() > SHORT_LINE) {
            return false;
        }
        String key = stripEndPunctuation(lower);
        if (BUTTONS.contains(key) || startsWithAny(lower, SHORT_LINE_STARTS) && words(t, 41) <= 40) {
            return true;
        }
        if (HASHTAGS.matcher(t).matches() || COUNTER.matcher(t).matches() || WIDGET.matcher(t).matches()) {
            return true;
        }
        if (t.length() <= 120 && words(t, 13) <= 12
                && (isSocialRow(lower) || isBreadcrumb(t) || isButtonRow(lower) || isMenuRow(t) || isCount(t))) {
            return true;
        }
        if (words(t, 16) <= 15 && t.indexOf('@') > 0 && CONTACT.matcher(lower).matches()) {
            return true;
        }
        return lower.contains("all rights reserved") || isCopyright(t)
                || lower.contains("newsletter") && words(t, 31) <= 30
                        && containsAny(lower, "sign up", "subscribe", "inbox", "email", "delivered")
                || lower.contains("cookie") && words(t, 41) <= 40
                        && containsAny(lower, "we use", "uses cookies", "accept", "consent", "cookie policy")
                || lower.contains("getty images") && words(t, 9) <= 8;
    }

    /** Whether the line is a copyright notice ("© 2023 Harbour Gazette", "Copyright 2024 Ridge Media Ltd."). */
    public static boolean isCopyright(String line) {
        String t = trimDecoration(line);
        if (t.length() > SHORT_LINE) {
            return false;
        }
        char first = Character.toLowerCase(t.isEmpty() ? ' ' : t.charAt(0));
        if (first != '©' && first != '(' && first != 'c') {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.startsWith("©") || lower.startsWith("(c) ") || lower.startsWith("copyright ©")
                || lower.startsWith("copyright (c)") || COPYRIGHT_YEAR.matcher(lower).matches()
                || COPYRIGHT_NAME.matcher(lower).matches() && words(t, 13) <= 12;
    }

    /** What the block opens: a section of links, a box, or the end of the article; NONE for article text. */
    public static Section section(Block block) {
        String t = trimDecoration(block.text());
        if (t.isEmpty() || t.length() > SHORT_LINE) {
            return Section.NONE;
        }
        String lower = stripEndPunctuation(t.toLowerCase(Locale.ROOT));
        int n = words(t, 31);
        if (n <= BUTTON_WORDS + 2 && END_HEADING.matcher(lower).matches()
                || isCopyright(t) || lower.contains("all rights reserved")) {
            return Section.END;
        }
        if (n <= BUTTON_WORDS + 2 && (startsWithAny(lower, BOX_STARTS) || BOX_HEADING.matcher(lower).matches())) {
            return Section.BOX;
        }
        if (n <= BUTTON_WORDS && LINKS_HEADING.matcher(lower).matches()) {
            return Section.LINKS;
        }
        return Section.NONE;
    }

    /**
     * The blocks without chrome: chrome blocks dropped, the short items under a related-links heading or inside a
     * newsletter or donation box dropped, everything after the comments or the footer dropped (once some article
     * text came before it), promos cut off the sentences they were glued to, credits cut off captions.
     */
    public static List<Block> clean(List<Block> blocks) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : cleanEach(blocks)) {
            if (b != null) {
                kept.add(b);
            }
        }
        return kept;
    }

    /**
     * As {@link #clean}, block for block: the same number of blocks in the same order, each kept (perhaps with a
     * promo or a credit cut off) or null where it was chrome, so that a reader can tell which of its blocks
     * each one was.
     */
    public static List<Block> cleanEach(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        List<Block> kept = new ArrayList<>(blocks.size());
        Section open = Section.NONE;
        boolean ended = false;
        for (Block b : blocks) {
            if (ended) {
                out.add(null);
                continue;
            }
            Section s = b.is(Block.Kind.TABLE) || b.is(Block.Kind.PREFORMATTED) ? Section.NONE : section(b);
            if (s == Section.END && hasArticleText(kept)) {
                ended = true;
                out.add(null);
                continue;
            }
            if (s != Section.NONE) {
                if (s == Section.BOX && !kept.isEmpty() && isBoxPrelude(kept.getLast())) {
                    // "We are a nonprofit newsroom." just above "Support our journalism" belongs to the box
                    out.set(out.lastIndexOf(kept.removeLast()), null);
                }
                open = s;
                out.add(null);
                continue;
            }
            if (open == Section.LINKS && isLinkListItem(b) || open == Section.BOX && isBoxText(b)) {
                out.add(null);
                continue;
            }
            open = Section.NONE;
            Block cleaned = withoutGluedPromo(b);
            String annotated = withoutLinkAnnotations(cleaned.text());
            if (!annotated.equals(cleaned.text())) {
                cleaned = new Block(cleaned.kind(), annotated.strip());
            }
            if (cleaned.is(Block.Kind.CAPTION)) {
                cleaned = new Block(Block.Kind.CAPTION, withoutCredit(cleaned.text()));
            }
            if (isChrome(cleaned)) {
                out.add(null);
            } else {
                kept.add(cleaned);
                out.add(cleaned);
            }
        }
        return out;
    }

    /**
     * What a site's links say to screen readers or buyers, copied along with the text: "said in a statement, opens new
     * tab", "(opens in new window)", a photo's "Acquire Licensing Rights". Capped: one pass of one pattern.
     */
    private static final Pattern LINK_ANNOTATION = Pattern.compile(
            "(?i),?\\s*\\(?opens (?:in )?(?:a )?new (?:tab|window)\\)?|\\s*\\bAcquire Licensing Rights\\b");

    /** The text without what links say to screen readers ("…, opens new tab") and licensing buttons. */
    public static String withoutLinkAnnotations(String text) {
        if (text.indexOf("new tab") < 0 && text.indexOf("new window") < 0 && text.indexOf("Licensing") < 0) {
            return text;
        }
        return LINK_ANNOTATION.matcher(text).replaceAll("");
    }

    /** The block with a promo that was glued onto its sentence cut off ("… said. RELATED: Other headline"). */
    public static Block withoutGluedPromo(Block block) {
        String cut = withoutGluedPromo(block.text());
        return cut.equals(block.text()) ? block : new Block(block.kind(), cut);
    }

    /**
     * The text with a glued promo cut off: from a "RELATED:", "Read more:" or "ALSO READ:" that follows a sentence's
     * end, to the end of the text (a promo's headline has no end of its own). A promo at the very start makes the
     * whole text a promo, and the result is empty.
     */
    public static String withoutGluedPromo(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = GLUED_PROMO.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).strip();
            // "MORE:" or "WATCH:" in running text is a promo only in capitals after a sentence's end.
            if (before.isEmpty() || endsSentence(before)) {
                return before;
            }
        }
        return text;
    }

    /**
     * A caption without its image credit: "Protesters outside parliament. (Getty Images)",
     * "Protesters outside parliament. Photo: Jane Doe/Harbour Gazette" and "… | AFP via Getty Images" all give
     * "Protesters outside parliament." A caption that is only a credit gives "".
     */
    public static String withoutCredit(String caption) {
        String t = caption.strip();
        if (t.length() > SHORT_LINE * 5) {
            return t;
        }
        for (int guard = 0; guard < 4; guard++) {
            String before = t;
            t = cutTrailingParenthesisCredit(t);
            t = cutTrailingCredit(t);
            if (t.equals(before)) {
                break;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (startsWithAny(lower, List.of("photo:", "photos:", "photograph:", "image:", "picture:", "credit:",
                "photo by ", "image by ", "photograph by ", "illustration:", "courtesy of ", "file photo",
                "getty images", "ap photo", "source: getty")) || isAgencyCredit(t)) {
            return "";
        }
        return t;
    }

    /**
     * The fact-check or disinformation label that starts the text ("Fake", "DISINFO", "FACT CHECK", "Claim",
     * "Verdict"), or "" when it starts with none. Such a label is part of the text, but it is not a speaker.
     */
    public static String leadingLabel(String text) {
        String t = text.stripLeading();
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 24) {
            return "";
        }
        String label = t.substring(0, colon).strip();
        String key = label.toLowerCase(Locale.ROOT).replace('’', '\'');
        return LABELS.contains(key) ? label : "";
    }

    /** The text without inlined image data (data URIs, long base64 runs). */
    public static String withoutImageData(String text) {
        if (text.indexOf("data:") < 0 && !hasLongRunOfBase64(text)) {
            return text;
        }
        return IMAGE_DATA.matcher(text).replaceAll(" ").strip();
    }

    private static boolean hasLongRunOfBase64(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/')) {
                if (++run >= 120) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isBareAddress(String t) {
        return t.length() < 4000 && t.indexOf(' ') < 0 && t.indexOf('.') > 0 && BARE_ADDRESS.matcher(t).matches();
    }

    /** "Facebook Twitter WhatsApp Email", "Share on X", "Copy link": every word a social word, one a network or button. */
    private static boolean isSocialRow(String lower) {
        boolean network = false;
        for (String tok : SOCIAL_SPLIT.split(lower)) {
            if (tok.isEmpty()) {
                continue;
            }
            if (!SOCIAL_WORDS.contains(tok)) {
                return false;
            }
            network |= NETWORKS.contains(tok);
        }
        return network;
    }

    /** "Home | News | Showbiz | Sport": three or more entries of a word or two, one of them a known menu entry. */
    private static boolean isMenuRow(String t) {
        String[] parts = MENU_SPLIT.split(t);
        if (parts.length < 3) {
            return false;
        }
        boolean known = false;
        for (String p : parts) {
            String e = p.strip();
            if (e.isEmpty() || words(e, 4) > 3 || endsSentence(e) || e.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            known |= BUTTONS.contains(stripEndPunctuation(e.toLowerCase(Locale.ROOT)));
        }
        return known;
    }

    /** A number alone ("57", "1.2K", "3,481"): a counter of claps, shares or comments. */
    private static boolean isCount(String t) {
        if (t.length() > 12) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && ".,KkMm ".indexOf(c) < 0) {
                return false;
            }
        }
        return Character.isDigit(t.charAt(0));
    }

    /** "Home > News > Fact check": three or more short parts between separators, the first a short one. */
    private static boolean isBreadcrumb(String t) {
        String[] parts = BREADCRUMB_SEPARATOR.split(t);
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (p.isBlank() || words(p, 5) > 4 || endsSentence(p.strip())) {
                return false;
            }
        }
        return parts.length >= 3 || parts[0].strip().equalsIgnoreCase("home");
    }

    /** A row of buttons: every part separated by | or · is a button ("Print | Email | Comments"). */
    private static boolean isButtonRow(String lower) {
        String[] parts = BUTTON_SPLIT.split(lower);
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (!p.isBlank() && !BUTTONS.contains(stripEndPunctuation(p.strip()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLinkListItem(Block b) {
        if (b.is(Block.Kind.LIST_ITEM)) {
            return words(b.text(), 41) <= 40;
        }
        String t = b.text().strip();
        return (b.is(Block.Kind.HEADING) || b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.CAPTION))
                && words(t, 26) <= 25 && !endsSentence(t) || isChromeLine(t);
    }

    private static boolean isBoxText(Block b) {
        String t = b.text().strip();
        int n = words(t, 81);
        if (n <= 5 || isChromeLine(t)) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return n <= 80 && containsAny(lower, "newsletter", "inbox", "subscribe", "sign up", "email", "donat",
                "support", "member", "republish", "creative commons", "licen", "credit us", "journalism",
                "nonprofit", "non-profit", "independent", "contribution", "free of charge");
    }

    private static boolean isBoxPrelude(Block b) {
        String lower = b.text().toLowerCase(Locale.ROOT);
        return !b.is(Block.Kind.HEADING) && words(lower, 31) <= 30 && containsAny(lower, "nonprofit", "non-profit",
                "newsroom", "donat", "membership", "members", "journalism", "reader-funded", "readers like you");
    }

    private static boolean hasArticleText(List<Block> kept) {
        for (Block b : kept) {
            if (!b.is(Block.Kind.HEADING) && words(b.text(), 8) >= 8) {
                return true;
            }
        }
        return false;
    }

    private static String cutTrailingParenthesisCredit(String t) {
        if (!t.endsWith(")")) {
            return t;
        }
        int open = t.lastIndexOf('(');
        if (open < 0) {
            return t;
        }
        String inside = t.substring(open + 1, t.length() - 1).strip();
        String lower = inside.toLowerCase(Locale.ROOT);
        if (containsAny(lower, "getty", "photo", "image", "credit", "picture", "shutterstock", "afp", "reuters",
                "ap ", "epa", "file", "screenshot", "handout", "supplied", "courtesy", "via ", "illustration")
                || isAgencyCredit(inside) || isCapitalisedName(inside) && endsSentence(t.substring(0, open).strip())) {
            return t.substring(0, open).strip();
        }
        return t;
    }

    /** Cuts "… Photo: Jane Doe/Agency", "… | Getty Images", "… / AFP via Getty Images", "… Jane Doe/Reuters". */
    private static String cutTrailingCredit(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        int best = -1;
        for (String marker : List.of(" photo: ", " photos: ", " photograph: ", " image: ", " picture: ", " credit: ",
                " illustration: ", " photo by ", " image by ", " photograph by ", " courtesy of ", " image credit",
                " photo credit", " source: getty")) {
            int i = lower.lastIndexOf(marker);
            if (i > 0 && i > best) {
                best = i;
            }
        }
        if (best > 0) {
            return t.substring(0, best).strip();
        }
        for (String sep : List.of(" | ", " / ", " – ", " — ", " - ")) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                String tail = t.substring(i + sep.length()).strip();
                String tl = tail.toLowerCase(Locale.ROOT);
                if (tl.contains("getty") || tl.contains("shutterstock") || tl.startsWith("ap photo")
                        || isAgencyCredit(tail) || words(tail, 5) <= 4 && containsAny(tl, "photo", "afp", "reuters",
                        "epa", "handout", "supplied", "file image", "screenshot", "courtesy")) {
                    return t.substring(0, i).strip();
                }
            }
        }
        // "… outside parliament. Jane Doe/Reuters": a name and an agency after the caption's last sentence.
        int end = Math.max(t.lastIndexOf(". "), Math.max(t.lastIndexOf("! "), t.lastIndexOf("? ")));
        if (end > 0 && isAgencyCredit(t.substring(end + 2))) {
            return t.substring(0, end + 1).strip();
        }
        return t;
    }

    /** "Jane Doe/Harbour Gazette", "AFP/Getty", "Reuters/Jane Doe": short, capitalised, with one slash. */
    private static boolean isAgencyCredit(String s) {
        String t = s.strip();
        int slash = t.indexOf('/');
        if (slash <= 0 || slash != t.lastIndexOf('/') || t.contains("://") || words(t, 8) > 7) {
            return false;
        }
        for (String w : SPACES.split(t.replace('/', ' '))) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !w.equals("via") && !w.equals("for")
                    && !w.equals("of") && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** One to four capitalised words: "(Harbour Gazette)" after a caption's sentence is its credit. */
    private static boolean isCapitalisedName(String s) {
        String[] ws = SPACES.split(s.strip());
        if (ws.length == 0 || ws.length > 4) {
            return false;
        }
        for (String w : ws) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Without bullets, separators and the quotes or brackets around a whole line. */
    static String trimDecoration(String line) {
        String t = line.strip();
        int start = 0;
        while (start < t.length() && "•·|*-–—>›»▸►◆■□✓✔→".indexOf(t.charAt(start)) >= 0) {
            start++;
        }
        int end = t.length();
        while (end > start && "|·•›»→".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(start, end).strip();
    }

    private static String stripEndPunctuation(String lower) {
        int end = lower.length();
        while (end > 0 && ":.…!?»›→|·•-–— \u00a0".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return lower.substring(0, end).strip();
    }

    static boolean endsSentence(String t) {
        return endsSentence(t, "\"”’')]»");
    }

    /** Whether the text ends a sentence: a full stop, "!", "?" or "…", perhaps inside any of {@code closers}. */
    public static boolean endsSentence(String t, String closers) {
        int i = t.length() - 1;
        while (i >= 0 && closers.indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(t.charAt(i)) >= 0;
    }

    /** Words in {@code s}, counting no further than {@code cap} (linear in the words counted). */
    public static int words(String s, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < cap; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    private static boolean startsWithAny(String lower, Starts starts) {
        return starts.match(lower);
    }

    private static boolean startsWithAny(String lower, List<String> starts) {
        for (String s : starts) {
            if (lower.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Line starts, grouped by their first character so that a line is compared with a few of them only. */
    private static final class Starts {
        private final java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();

        static Starts of(String... starts) {
            Starts s = new Starts();
            for (String start : starts) {
                s.byFirst.computeIfAbsent(start.charAt(0), c -> new ArrayList<>()).add(start);
            }
            return s;
        }

        boolean match(String lower) {
            if (lower.isEmpty()) {
                return false;
            }
            List<String> candidates = byFirst.get(lower.charAt(0));
            return candidates != null && startsWithAny(lower, candidates);
        }
    }

    private static boolean containsAny(String lower, String... parts) {
        for (String p : parts) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
