package org.factdesk.read.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.read.Block;

/**
 * The last look at the written blocks: what is chrome by its words rather than its markup. Image data
 * and credits, "Advertisement" and "Share this" labels, "RELATED:" promos that are a link, the headline
 * repeated, and headings left with nothing under them once their list of links is gone.
 */
final class BlockCleanup {
    /** data: URIs and long runs of base64, which saved pages sometimes carry as text. */
    private static final Pattern DATA_URI = Pattern.compile(
            "data:[\\w.+-]{1,40}/[\\w.+-]{1,60}(;[\\w=.+-]{1,40})*;base64,[A-Za-z0-9+/=]{16,}|[A-Za-z0-9+/]{120,}={0,2}");
    /** A short block that only labels or invites: it is never part of what the article says. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "(advertisement|advertising|anzeige|publicidad|publicidade|iklan|sponsored( content)?|ad|ads|"
                    + "share( this| on| via)?( article| story| post| page)?( on \\w+)?|shares?|tweet|e-?mail|print|"
                    + "read more|read next|more|related( articles| stories| posts| content| coverage| news| links)?|"
                    + "recommended( for you| stories| articles)?|you (may|might) also like|see also|also read|"
                    + "follow us( on \\w+)?|sign up( now| today)?|subscribe( now| today)?|log ?in|register|"
                    + "comments?|\\d+ comments?|leave a (comment|reply)|continue reading|back to top|skip to [\\w ]+|"
                    + "loading( \\.\\.\\.)?|listen( to this article)?|\\d+ min(ute)?s? read|"
                    + "image|photo|video|watch|gallery|view gallery|click to enlarge|enlarge( this image)?|"
                    + "close|menu|search|home|next|previous|prev|top|expand|collapse)",
            Pattern.CASE_INSENSITIVE);
    /** A promo line: a label, then a link to another article. */
    private static final Pattern PROMO_LABEL = Pattern.compile(
            "^(related|read more|read also|also read|see also|more|watch|listen|recommended|don'?t miss|"
                    + "trending|must read|most read|popular|click here|read|also|lees ook|leia também|baca juga)\\b.{0,3}[:>|»-]",
            Pattern.CASE_INSENSITIVE);
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

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janeiro|fevereiro|"
            + "março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|"
            + "junio|julio|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember|"
            + "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januari|"
            + "februari|maret|mei|agustus|desember)[a-zé]*\\.?";
    /** A date or a time of day as datelines write them. */
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b|\\b" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}\\.?\\s+(de\\s+)?"
                    + MONTH + "\\s+(de\\s+)?\\d{4}\\b|\\b\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?)?\\b|\\b\\d+\\s+(hours?|minutes?|days?)\\s+ago\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that make a line with a date a dateline or a byline. */
    private static final Pattern DATELINE_CUE = Pattern.compile(
            "\\b(by|por|von|par|door|oleh|published|posted|updated|last updated|publicado|atualizado|actualizado|"
                    + "publié|mis à jour|veröffentlicht|aktualisiert|diterbitkan|dipublikasikan|tags?|categor(y|ia|ie|ies)|"
                    + "min(ute)?s? read|written by|escrito por|reporter|correspondent|staff|editor|ET|EST|EDT|GMT|UTC|"
                    + "PST|PT|BST|IST|WIB)\\b|[|•·]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "By Jane Roe", "By Jane Roe and John Doe, Reuters", "By JANE ROE | Senior Reporter". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by|por|von|par|door|oleh)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+(\\p{Lu}[\\p{L}.'’-]*|and|&|de|da|van|von|der|,))*"
                    + "\\s*([,|•·-]\\s*[\\p{L} ]{0,40})?");

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
            if (isDateline(text, words)) {
                continue;
            }
            if (words <= 6 && text.length() <= 120 && CHROME_LINE.matcher(text.replaceAll("[\\p{Punct}\\s|•·»›→]+$", "").strip()).matches()) {
                continue;
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
            if (isCredit(text, words, b.kind())) {
                continue;
            }
            if (b.is(Block.Kind.CAPTION)) {
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
        // A heading with nothing under it (its list of links was chrome) goes too.
        while (!out.isEmpty() && out.get(out.size() - 1).is(Block.Kind.HEADING)) {
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
        if (words <= 8 && BYLINE.matcher(text).matches()) {
            return true;
        }
        if (!DATE.matcher(text).find() || !DATELINE_CUE.matcher(text).find()) {
            return false;
        }
        return words <= 12 || !text.matches("(?s).*[.!?][\"'”’)]?$");
    }

    private static boolean isCredit(String text, int words, Block.Kind kind) {
        if (words > 14 || kind == Block.Kind.HEADING || kind == Block.Kind.TABLE) {
            return false;
        }
        if (CREDIT.matcher(text).find()) {
            return true;
        }
        return words <= 5 && text.length() <= 80 && AGENCY.matcher(text).find()
                && (kind == Block.Kind.CAPTION || text.contains("/") || !text.matches(".*[.!?]$"));
    }

    /** The text without image data, and with no white space left at its ends. */
    static String scrub(String text, Block.Kind kind) {
        String t = text;
        if (t.length() >= 120 && (t.contains("base64") || longTokenRun(t))) {
            Matcher m = DATA_URI.matcher(t);
            t = m.replaceAll(" ");
            if (kind != Block.Kind.PREFORMATTED) {
                t = t.replaceAll("[ \\t]{2,}", " ");
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
