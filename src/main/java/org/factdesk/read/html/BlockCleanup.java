package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.read.page.Block;
import org.factdesk.read.page.PageChrome;

/**
 * The last look at the written blocks: what is chrome by its words rather than its markup. Image data
 * and credits, "Advertisement" and "Share this" labels, "RELATED:" promos that are a link, the headline
 * repeated, and headings left with nothing under them once their list of links is gone.
 */
final class BlockCleanup {
    /** data: URIs and long runs of base64, which saved pages sometimes carry as text. */
    private static final Pattern DATA_URI = Pattern.compile(
            "data:[\\w.+-]{1,40}/[\\w.+-]{1,60}(;[\\w=.+-]{1,40})*;base64,[A-Za-z0-9+/=]{16,}|[A-Za-z0-9+/]{120,}={0,2}");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    /** A short block that only labels or invites: it is never part of what the article says. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "(advertisement|advertising|advert|anzeige|publicidad|publicidade|iklan|sponsored( content)?|ad|ads|"
                    + "share( this| on| via)?( article| story| post| page)?( on \\w+)?|shares?|tweet|e-?mail|print|"
                    + "read more|read next|more|related( articles| stories| posts| content| coverage| news| links)?|"
                    + "recommended( for you| stories| articles)?|you (may|might) also like|see also|also read|"
                    + "follow us( on \\w+)?|sign up( now| today)?|subscribe( now| today)?|log ?in|register|"
                    + "comments?|\\d+ comments?|leave a (comment|reply)|continue reading|back to top|skip to [\\w ]+|"
                    + "loading( \\.\\.\\.)?|listen( to this article)?|\\d+ min(ute)?s? read|"
                    + "image|photo|video|watch|gallery|view gallery|click to enlarge|enlarge( this image)?|"
                    + "close|menu|search|home|next|previous|prev|top|expand|collapse|\\[?edit\\]?|"
                    + "via syndigate(\\.info)?|(video )?ad feedback|supported by|skip advertisement|\\d{1,2}:\\d{2}(:\\d{2})? ?[-–—|] ?source: ?\\S.{0,40})",
            Pattern.CASE_INSENSITIVE);
    /** What a video or audio player says where it cannot play (BBC's placeholder above all). */
    private static final Pattern PLAYER_MESSAGE = Pattern.compile(
            "(media playback is (unsupported|not supported) on your device|this (video|media) can ?not be played|"
                    + "video unavailable|your browser does not support (the )?(html5 )?(video|audio)( tag| element)?)",
            Pattern.CASE_INSENSITIVE);
    /** A line that asks the reader to do something for the site: sign up, follow, tip off, download. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "\\b(sign up (for|to|now|today|here)|subscribe (to|for|now|today|here)|newsletters?\\b.{0,40}\\b(inbox|sign|subscri)|"
                    + "(sign|subscri)\\w*\\b.{0,40}\\bnewsletter|follow (us|him|her|me|them) (on|at|@)|"
                    + "follow [\\w ]{1,30} on (twitter|facebook|instagram|youtube|tiktok|linkedin|x\\b)|click here|"
                    + "(write to|e-?mail|contact|reach|tips?) [^@]{0,60}\\S+@\\S+\\.\\w+|"
                    + "^(additional )?reporting by .{0,200}(editing|writing) by|"
                    + "(email|e-mail|reach|contact) (him|her|them|us|the reporters?|the authors?|the writers?) (at|on|via)|"
                    + "have a (news )?tip|send (us )?(your )?tips|download (our|the) (free )?app|all rights reserved|"
                    + "in your inbox|delivered (right )?to your inbox)",
            Pattern.CASE_INSENSITIVE);
    /** "Image 1 of 5", "Photo 3/12", "1of4": a gallery's counter. */
    static final Pattern GALLERY_COUNTER = Pattern.compile(
            "^((image|photo|picture|slide|foto|bild)\\s*)?\\d{1,3}\\s*(of|/|von|de|sur)\\s*\\d{1,3}\\b", Pattern.CASE_INSENSITIVE);
    /** The heading of a box of links to other articles. */
    private static final Pattern PROMO_HEADING = Pattern.compile(
            "^((more|other|latest|top|popular|trending|related|recommended|featured|further|most (read|popular|viewed|shared))"
                    + "\\b.{0,40}\\b(stories|articles|news|posts|reads|reading|coverage|videos|content|from)\\b|"
                    + "(you (may|might) (also )?(like|enjoy))|(read|see) (more|also|next)|related\\b|recommended\\b|"
                    + "(also|more) on\\b|what to read next|don'?t miss)",
            Pattern.CASE_INSENSITIVE);
    /** A promo line: a label, then a link to another article. */
    private static final Pattern PROMO_LABEL = Pattern.compile(
            "^(related|read more|read also|also read|see also|more|watch|listen|recommended|don'?t miss|"
                    + "trending|must read|most read|popular|click here|read|also|lees ook|leia também|baca juga)\\b.{0,3}[:>|»-]",
            Pattern.CASE_INSENSITIVE);
    /** What a screen reader is told before a caption: "Image caption", "Media caption, " (BBC). */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(image|media|photo|video|picture)?\\s*caption\\s*[:,]?\\s*", Pattern.CASE_INSENSITIVE);
    /** A credit: who took or owns the picture, not what it shows. */
    private static final Pattern CREDIT = Pattern.compile(
            "^[(\\[]?\\s*((photo|image|picture|pic|foto|bild|imagen|graphic|illustration|video|source|credit|"
                    + "fuente|fonte|crédito|credito)s?(\\s+(credit|courtesy|source))?\\s*(:|by\\b|/|©|-)|"
                    + "©|\\(c\\)|copyright|courtesy of|getty images|shutterstock|istock)",
            Pattern.CASE_INSENSITIVE);
    /** Agencies and stock libraries named alone after a caption. */
    private static final Pattern AGENCY = Pattern.compile(
            "\\b(getty images?|shutterstock|istock(photo)?|ap photo|associated press|reuters|afp|epa|alamy|"
                    + "ansa|dpa|xinhua|anadolu|sipa|rex features|pa images|pa wire|bloomberg)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A credit at the end of a caption: "Crowds on Tuesday. (Photo: Reuters)" or "... Getty Images". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "\\s*[(\\[]?\\s*((photo|image|picture|foto|credit|source)s?(\\s+credit)?\\s*(:|by\\b)|©|\\(c\\))[^()\\[\\]]{0,80}[)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Month names and their short forms, in the languages of the pages FactDesk reads most. */
    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro", "enero", "febrero", "marzo", "mayo", "junio", "julio", "septiembre", "octubre",
            "noviembre", "diciembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janvier",
            "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "januari", "februari", "maret", "mei", "agustus", "desember");
    /** A date or a time of day written with digits: 05/10/2018, 2019-11-18, 10:16, "3 hours ago". */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}:\\d{2}|\\d+\\s+(hours?|minutes?|days?)\\s+ago");
    /** Words that make a line with a date a dateline or a byline. */
    private static final Set<String> DATELINE_WORDS = Set.of(
            "by", "por", "von", "par", "door", "oleh", "published", "posted", "updated", "publicado", "atualizado",
            "actualizado", "publié", "veröffentlicht", "aktualisiert", "diterbitkan", "dipublikasikan", "tag", "tags",
            "category", "categoria", "categorie", "categories", "reporter", "correspondent", "staff", "editor", "read");
    /** Time zones, upper case only ("ET", not the French "et"). */
    private static final Set<String> TIME_ZONES = Set.of(
            "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "IST", "WIB");
    /** "By Jane Roe", "By Jane Roe and John Doe, Reuters", "By JANE ROE | Senior Reporter". */
    private static final Pattern BYLINE = Pattern.compile(
            "((?i:posted|written|words|reporting|text|story|published)\\s+)?(?i:by|por|von|par|door|oleh)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+(\\p{Lu}[\\p{L}.'’-]*|and|&|de|da|van|von|der|,))*"
                    + "\\s*([,|•·-]\\s*[\\p{L} ]{0,40})?");
    /** "Olena Shmahalo/Quanta Magazine": a photographer and an agency, as a credit names them. */
    private static final Pattern NAME_SLASH_AGENCY = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*/\\s*\\p{Lu}[\\p{L}.'’&-]*(\\s+[\\p{L}.'’&-]+){0,3}");

    private BlockCleanup() {
    }

    static List<Block> clean(List<BlockWriter.Written> written, List<String> titles) {
        List<Block> out = new ArrayList<>();
        List<String> titleKeys = titles.stream().map(BlockCleanup::key).toList();
        Set<String> seen = new HashSet<>();
        for (BlockWriter.Written w : written) {
            Block b = w.block();
            String text = scrub(b.text(), b.kind());
            if (text.isEmpty() || !hasLetterOrDigit(text)) {
                continue;
            }
            int words = wordCount(text);
            String textKey = key(text);
            if ((b.is(Block.Kind.HEADING) || words <= 30) && titleKeys.stream().anyMatch(t -> sameAsTitle(textKey, t))) {
                continue;
            }
            if (isDateline(text, words) || isBreadcrumb(text, words, b.kind())) {
                continue;
            }
            if (words <= 6 && text.length() <= 120 && CHROME_LINE.matcher(withoutTrailingMarks(text)).matches()) {
                continue;
            }
            if (text.length() <= 120 && PLAYER_MESSAGE.matcher(withoutTrailingMarks(text)).matches()) {
                continue; // a video player's placeholder text: "Media playback is unsupported on your device"
            }
            double linkShare = w.linkChars() / (double) Math.max(1, text.length());
            if (!b.is(Block.Kind.TABLE) && linkShare > 0.4 && PROMO_LABEL.matcher(text).find()) {
                continue;
            }
            // A paragraph that is a link and at most a label ("SEE MORE: <headline>") points elsewhere.
            if (b.is(Block.Kind.PARAGRAPH) && linkShare >= 0.6 && words - wordCount(w.plainText()) >= 4
                    && isLabel(w.plainText())) {
                continue;
            }
            if (words <= 40 && b.is(Block.Kind.PARAGRAPH) && mayCallToAction(text) && CALL_TO_ACTION.matcher(text).find()) {
                continue;
            }
            // A paragraph that is a link the shared chrome rules know: "Comments (5 posted)", "Leave a reply".
            if (b.is(Block.Kind.PARAGRAPH) && linkShare >= 0.6 && words <= 12 && PageChrome.isChromeLine(text)) {
                continue;
            }
            if (isCredit(text, words, b.kind())) {
                continue;
            }
            if (!b.is(Block.Kind.TABLE) && GALLERY_COUNTER.matcher(text).find()) {
                continue; // a slideshow's slide: its caption, numbered, once per picture
            }
            if (b.is(Block.Kind.CAPTION)) {
                text = CAPTION_LABEL.matcher(text).replaceFirst("");
                text = TRAILING_CREDIT.matcher(text).replaceFirst("").strip();
                if (text.isEmpty()) {
                    continue;
                }
            }
            // A caption said again is a template's (the same line under every photo); lists and recipes do repeat.
            if (b.is(Block.Kind.CAPTION) && !seen.add(text)) {
                continue;
            }
            out.add(new Block(b.kind(), text));
        }
        out = withoutPromoSections(out, written);
        // A heading with nothing under it (its list of links was chrome) goes too.
        boolean onlyHeadings = out.stream().allMatch(x -> x.is(Block.Kind.HEADING));
        while (!onlyHeadings && !out.isEmpty() && out.get(out.size() - 1).is(Block.Kind.HEADING)) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** "SEE MORE:", "DON'T MISS", "Related -", "»": a label in front of a link, or nothing at all. */
    static boolean isLabel(String plain) {
        String p = plain.strip();
        if (p.isEmpty() || !hasLetterOrDigit(p)) {
            return true;
        }
        if (wordCount(p) > 4) {
            return false;
        }
        return p.endsWith(":") || p.endsWith("»") || p.endsWith("|") || p.endsWith(">") || p.endsWith("-")
                || (p.equals(p.toUpperCase(Locale.ROOT)) && !p.equals(p.toLowerCase(Locale.ROOT)));
    }

    /** "05/10/2018 - Posted by: Jane Roe - Category: Health", "Nov 18, 2019 at 9:24 pm ET • 2 min read". */
    static boolean isDateline(String text, int words) {
        if (words > 30 || text.length() > 300) {
            return false;
        }
        if (words <= 12 && BYLINE.matcher(text).matches()) {
            return true;
        }
        if (!hasDigit(text)) {
            return false; // every date and time has a digit
        }
        List<String> tokens = new ArrayList<>(tokens(text));
        tokens.removeIf(t -> t.equals("de") || t.equals("of")); // "5 de outubro de 2018", "5th of May 2019"
        if (words <= 6 && tokens.stream().allMatch(BlockCleanup::isDatePart)
                && tokens.stream().anyMatch(t -> MONTHS.contains(t.toLowerCase(Locale.ROOT)))) {
            return true; // a date alone: "22 Dec, 2016", "Tuesday 19 November 2019 10:04"
        }
        boolean date = NUMERIC_DATE.matcher(text).find();
        boolean cue = text.indexOf('|') >= 0 || text.indexOf('•') >= 0 || text.indexOf('·') >= 0;
        for (int i = 0; i < tokens.size() && !(date && cue); i++) {
            String t = tokens.get(i);
            String lower = t.toLowerCase(Locale.ROOT);
            cue |= DATELINE_WORDS.contains(lower) || TIME_ZONES.contains(t);
            // "Nov 18, 2019" or "18 November 2019"
            date |= MONTHS.contains(lower) && isYear(at(tokens, i + 1 + (isDay(at(tokens, i + 1)) ? 1 : 0)))
                    && (isDay(at(tokens, i + 1)) || isDay(at(tokens, i - 1)));
        }
        return date && cue && (words <= 12 || !endsSentence(text));
    }

    /**
     * "More Great Stories", "Related articles", "Recommended for you": such a heading and the list under it
     * point elsewhere.
     */
    static List<Block> withoutPromoSections(List<Block> blocks, List<BlockWriter.Written> written) {
        List<Block> out = new ArrayList<>();
        boolean inPromo = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // A heading, or a line styled as one: short, no full stop, a list (or nothing left) under it.
            boolean headingLike = b.is(Block.Kind.HEADING) || (b.is(Block.Kind.PARAGRAPH) && !endsSentence(b.text())
                    && (i + 1 == blocks.size() || blocks.get(i + 1).is(Block.Kind.LIST_ITEM)));
            if (headingLike && wordCount(b.text()) <= 8) {
                inPromo = PROMO_HEADING.matcher(b.text()).find();
                if (inPromo) {
                    continue;
                }
            } else if (b.is(Block.Kind.HEADING)) {
                inPromo = false;
            } else if (inPromo) {
                if (b.is(Block.Kind.LIST_ITEM) || wordCount(b.text()) <= 25) {
                    continue;
                }
                inPromo = false;
            }
            out.add(b);
        }
        return out;
    }

    /** A cheap test before the pattern: the words every call to action has one of. */
    private static boolean mayCallToAction(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : List.of("sign", "subscri", "newsletter", "follow", "mail", "reach", "contact", "tip", "download",
                "rights", "inbox", "click", "@", "reporting")) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words and numbers of a short text. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean in = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static final Set<String> WEEKDAYS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
            "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "at",
            "updated", "published", "posted");

    private static boolean isDatePart(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return MONTHS.contains(lower) || WEEKDAYS.contains(lower) || TIME_ZONES.contains(t)
                || (!t.isEmpty() && t.length() <= 4 && t.chars().allMatch(Character::isDigit)) || isDay(t);
    }

    /** "Home > News > World" or "Home » Politics": where the page sits, not what it says. */
    static boolean isBreadcrumb(String text, int words, Block.Kind kind) {
        if (kind == Block.Kind.TABLE || kind == Block.Kind.PREFORMATTED || words > 20 || endsSentence(text)) {
            return false;
        }
        int separators = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            boolean spaced = Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1));
            if (spaced && (c == '>' || c == '»' || c == '›' || c == '→')) {
                separators++;
            }
        }
        return separators >= 2;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String at(List<String> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : "";
    }

    /** 1 to 31, maybe as 1st, 2nd, 3rd, 18th. */
    private static boolean isDay(String t) {
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        String rest = t.substring(digits).toLowerCase(Locale.ROOT);
        return digits >= 1 && digits <= 2 && (rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd")
                || rest.equals("th"));
    }

    /** "Share this »" without " »": punctuation, arrows and spaces at the end. */
    private static String withoutTrailingMarks(String text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (Character.isWhitespace(c) || "|•·»›→".indexOf(c) >= 0 || (c < 128 && !Character.isLetterOrDigit(c))) {
                end--;
            } else {
                break;
            }
        }
        return text.substring(0, end).strip();
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && t.chars().allMatch(Character::isDigit) && (t.startsWith("19") || t.startsWith("20"));
    }

    /** Whether the text ends as a sentence does: a full stop, ! or ?, maybe inside a quote or bracket. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isCredit(String text, int words, Block.Kind kind) {
        if (words > 14 || kind == Block.Kind.HEADING || kind == Block.Kind.TABLE) {
            return false;
        }
        if (CREDIT.matcher(text).find()) {
            return true;
        }
        if (words <= 8 && text.length() <= 80 && NAME_SLASH_AGENCY.matcher(text).matches()) {
            return true;
        }
        return words <= 5 && text.length() <= 80 && AGENCY.matcher(text).find()
                && (kind == Block.Kind.CAPTION || text.contains("/") || !endsSentence(text));
    }

    /** The text without image data, and with no white space left at its ends. */
    static String scrub(String text, Block.Kind kind) {
        String t = text;
        if (t.contains("base64,") || (t.length() >= 120 && longTokenRun(t))) {
            Matcher m = DATA_URI.matcher(t);
            t = m.replaceAll(" ");
            if (kind != Block.Kind.PREFORMATTED) {
                t = SPACES.matcher(t).replaceAll(" ");
            }
        }
        return t.strip();
    }

    /** Whether the text has a run of 120 characters without a space (only then can it hold base64). */
    private static boolean longTokenRun(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                run = 0;
            } else if (++run >= 120) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int wordCount(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean w = !Character.isWhitespace(t.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Letters and digits only, lower case: "Tech: A Headline | Site" and "tech a headline site" compare. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The headline, also when the page title adds the site's name to it. */
    static boolean sameAsTitle(String heading, String title) {
        if (heading.isEmpty() || title.isEmpty()) {
            return false;
        }
        return heading.equals(title) || (title.contains(heading) && heading.length() >= 0.6 * title.length())
                || (heading.contains(title) && title.length() >= 0.8 * heading.length());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
