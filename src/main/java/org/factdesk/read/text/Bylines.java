package org.factdesk.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bylines as clippings keep them: "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe | Senior Reporter",
 * "Jane Doe, Reporter", "Written by Jane Doe for the Harbour Gazette", "Reporting by Jane Doe; Editing by John Roe".
 * A line is a byline only when all of it is: the names, perhaps a role, an outlet or a place, and nothing that
 * reads as a sentence. Names are capitalised words (with initials and particles such as "van", "de", "al").
 */
final class Bylines {
    private static final int MAX_CHARS = 160;

    private static final List<String> PREFIXES = List.of("written by ", "words by ", "story by ", "text by ",
            "posted by ", "reported by ", "report by ", "article by ", "published by ", "authors: ", "author: ",
            "authored by ", "byline: ", "by: ", "by ");
    /** Credits that name people who did not write the article, or who are named again below it. */
    private static final List<String> CREDITS = List.of("reporting by ", "additional reporting by ",
            "with reporting by ", "with additional reporting by ", "editing by ", "edited by ", "fact-checked by ",
            "fact checked by ", "factchecked by ", "reviewed by ", "verified by ", "research by ", "graphics by ",
            "produced by ", "translated by ", "translation by ", "illustrations by ", "data by ", "design by ",
            "compiled by ", "contributing: ", "contributors: ");
    private static final Set<String> ROLE_NOUNS = Set.of("reporter", "reporters", "correspondent", "correspondents",
            "editor", "editors", "writer", "writers", "journalist", "journalists", "columnist", "contributor",
            "contributors", "producer", "checker", "fact-checker", "fact-checkers", "factchecker", "researcher",
            "analyst", "intern", "fellow", "photographer", "photojournalist", "anchor", "host", "author", "staff",
            "desk", "bureau", "chief", "critic", "commentator", "blogger", "freelancer", "stringer", "videographer",
            "presenter", "team", "newsroom", "investigator", "director", "manager", "head", "lead");
    /** The nouns a job title ends in ("Senior Reporter"); "Desk" or "Team" end outlets' names as often. */
    private static final Set<String> JOB_NOUNS = Set.of("reporter", "reporters", "correspondent", "correspondents",
            "editor", "editors", "writer", "writers", "journalist", "journalists", "columnist", "contributor",
            "contributors", "producer", "checker", "checkers", "factchecker", "researcher", "analyst", "intern",
            "fellow", "photographer", "photojournalist", "anchor", "critic", "commentator", "blogger", "freelancer",
            "stringer", "videographer", "presenter", "investigator");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "&", "for", "at", "in", "on");
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "del", "della", "di", "du",
            "van", "von", "der", "den", "la", "le", "bin", "binti", "ibn", "al", "el", "ter", "ten", "y", "e", "af",
            "zu", "st.", "mc", "ben", "abu", "bint");
    /** Words that make a capitalised phrase an outlet rather than a person ("Harbour Gazette", "Ridge News Service"). */
    private static final Set<String> OUTLET_WORDS = Set.of("gazette", "times", "news", "post", "herald", "tribune",
            "journal", "wire", "press", "media", "daily", "agency", "network", "radio", "tv", "television",
            "magazine", "review", "observer", "chronicle", "courier", "standard", "telegraph", "express", "mail",
            "star", "sun", "globe", "monitor", "report", "insider", "today", "weekly", "online", "bureau",
            "service", "services", "staff", "team", "desk", "newsroom", "check", "fact", "facts", "verify",
            "reuters", "afp", "ap", "associated", "bulletin", "dispatch", "ledger", "sentinel", "record", "digest",
            "week", "world", "broadcasting", "channel", "foundation", "institute", "project", "center", "centre");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NAME_SPLIT =
            java.util.regex.Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&|AND)\\s+");

    private Bylines() {
    }

    /** The names of a byline line ("Jane Doe and John Roe"), or "" when the line is not a byline as a whole. */
    static String of(String line) {
        String t = Datelines.trimSeparators(line);
        if (t.isEmpty() || t.length() > MAX_CHARS) {
            return "";
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String p : PREFIXES) {
            if (lower.startsWith(p)) {
                return namesBeforeTail(t.substring(p.length()), true);
            }
        }
        // Without "By", a role or an outlet after the names must say it is a byline: "Jane Doe | Senior Reporter".
        int sep = firstSeparator(t);
        if (sep > 0) {
            String tail = Datelines.trimSeparators(t.substring(sep));
            if (isRole(tail) || isOutletName(tail)) {
                return names(t.substring(0, sep), false);
            }
        }
        int comma = t.indexOf(',');
        if (comma > 0 && isRole(t.substring(comma + 1).strip())) {
            return names(t.substring(0, comma), false);
        }
        return "";
    }

    /** Whether the line starts with "By", "Written by", "Author:" and the like. */
    static boolean hasPrefix(String line) {
        String lower = Datelines.trimSeparators(line).toLowerCase(Locale.ROOT);
        for (String p : PREFIXES) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line credits people who are not the byline ("Editing by …", "Fact-checked by …"). */
    static boolean isCredit(String line) {
        String lower = Datelines.trimSeparators(line).toLowerCase(Locale.ROOT);
        if (lower.length() > MAX_CHARS * 2) {
            return false;
        }
        for (String c : CREDITS) {
            if (lower.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /** The reporters of a wire credit line "Reporting by Jane Doe; Editing by John Roe", or "". */
    static String reportingBy(String line) {
        String t = Datelines.trimSeparators(line);
        String lower = t.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("reporting by ") || t.length() > MAX_CHARS * 2) {
            return "";
        }
        String rest = t.substring("reporting by ".length());
        int end = rest.length();
        for (String stop : List.of(";", ". ", " editing by", " additional reporting", " writing by")) {
            int i = rest.toLowerCase(Locale.ROOT).indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return namesBeforeTail(rest.substring(0, end), false);
    }

    /**
     * A job title alone: "Senior Reporter", "Staff Writer", "Health and Science Correspondent", "Fact-checker",
     * "Reporter, Harbour Gazette". A title ends in a job's noun; the words before it are capitalised.
     */
    static boolean isRole(String line) {
        String t = Datelines.trimSeparators(line);
        if (t.isEmpty() || t.length() > 80 || Texts.endsSentence(t) || !Character.isUpperCase(t.codePointAt(0))
                || t.contains("|") || t.contains("·") || t.contains("•")) {
            return false;
        }
        int comma = t.indexOf(',');
        if (comma > 0) {
            // "Reporter, Harbour Gazette" is a title; "Jane Doe, Reporter" is a byline
            if (!isOutletName(t.substring(comma + 1).strip())) {
                return false;
            }
            t = t.substring(0, comma).strip();
        }
        if (hasPrefix(t)) {
            return false;
        }
        String[] words = SPACES.split(t);
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return JOB_NOUNS.contains(last) || last.endsWith("-checker") || last.endsWith("-checkers");
    }

    /** A person's name alone ("Jane Doe", "Ana María de la Cruz"), two to five words: the line before a role line. */
    static boolean isNameOnly(String line) {
        String t = Datelines.trimSeparators(line);
        return t.length() <= 60 && !t.contains(",") && !names(t, false).isEmpty() && !isOutletName(t);
    }

    /** A capitalised phrase with an outlet's word in it ("Harbour Gazette", "The Ridge Wire"). */
    static boolean isOutletName(String s) {
        String t = s.strip();
        if (t.startsWith("for ") || t.startsWith("at ")) {
            t = t.substring(t.indexOf(' ') + 1).strip();
        }
        if (t.isEmpty() || t.length() > 60 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        String[] words = SPACES.split(t);
        if (words.length > 6) {
            return false;
        }
        boolean outletWord = false;
        for (String w : words) {
            // an outlet's name is capitalised throughout: "Harbour Gazette", not "hospital waiting times"
            if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORDS.contains(w)) {
                return false;
            }
            outletWord |= OUTLET_WORDS.contains(Texts.key(w));
        }
        return outletWord;
    }

    /** Names, with what may follow them on a "By" line cut off: "| Senior Reporter", " in Lisbon", " for the Wire". */
    private static String namesBeforeTail(String s, boolean lenient) {
        String t = s.strip();
        int sep = firstSeparator(t);
        if (sep > 0) {
            t = t.substring(0, sep);
        }
        for (String joiner : List.of(" in ", " for ", " at ", " from ", " with ")) {
            int i = t.indexOf(joiner);
            if (i > 0) {
                String after = t.substring(i + joiner.length()).strip();
                if (!after.isEmpty() && (Character.isUpperCase(after.codePointAt(0)) || after.startsWith("the "))) {
                    t = t.substring(0, i);
                }
            }
        }
        // "Jane Doe, Senior Reporter" and "Jane Doe, Harbour Gazette": what follows the last comma is no name.
        int comma = t.lastIndexOf(',');
        if (comma > 0) {
            String after = t.substring(comma + 1).strip();
            if (isRole(after) || isOutletName(after)) {
                t = t.substring(0, comma);
            }
        }
        return names(t, lenient);
    }

    /** "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe & Ana Lima": the names as written, or "". */
    static String names(String s, boolean lenient) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS) {
            return "";
        }
        List<String> people = new ArrayList<>();
        for (String part : NAME_SPLIT.split(t)) {
            String name = name(part.strip(), lenient);
            if (name.isEmpty()) {
                return "";
            }
            people.add(name);
        }
        if (people.isEmpty()) {
            return "";
        }
        if (people.size() == 1) {
            return people.getFirst();
        }
        return String.join(", ", people.subList(0, people.size() - 1)) + " and " + people.getLast();
    }

    /** One person's name, title-cased when written in capitals, or "". */
    private static String name(String part, boolean lenient) {
        String[] tokens = SPACES.split(part);
        if (tokens.length == 0 || tokens.length > 5 || tokens.length == 1 && !lenient) {
            return "";
        }
        boolean allCaps = true;
        boolean longWord = false;
        for (int i = 0; i < tokens.length; i++) {
            String tok = tokens[i];
            if (tok.isEmpty()) {
                return "";
            }
            boolean particle = PARTICLES.contains(tok.toLowerCase(Locale.ROOT)) && i > 0 && i < tokens.length - 1;
            // "By Courier reporter", "By Staff writer": a staff byline, lenient only
            boolean staffRole = lenient && i == tokens.length - 1 && i > 0 && ROLE_NOUNS.contains(tok);
            if (!particle && !staffRole && !isNameWord(tok)) {
                return "";
            }
            allCaps &= tok.equals(tok.toUpperCase(Locale.ROOT));
            longWord |= tok.replace(".", "").length() > 1;
        }
        allCaps &= longWord;
        if (ROLE_NOUNS.contains(tokens[tokens.length - 1].toLowerCase(Locale.ROOT)) && !lenient
                || tokens.length == 1 && Texts.isAllCaps(tokens[0]) && tokens[0].length() <= 3) {
            return "";
        }
        return allCaps ? titleCase(tokens) : String.join(" ", tokens);
    }

    /** A capitalised word of letters, apostrophes, hyphens and dots ("O'Neill", "Jean-Luc", "J.", "Jr."). */
    private static boolean isNameWord(String tok) {
        if (!Character.isUpperCase(tok.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < tok.length(); i++) {
            char c = tok.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(String[] tokens) {
        StringBuilder sb = new StringBuilder();
        for (String tok : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            String lower = tok.toLowerCase(Locale.ROOT);
            if (!sb.isEmpty() && PARTICLES.contains(lower)) {
                sb.append(lower);
                continue;
            }
            boolean upper = true;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = c == '-' || c == '\'' || c == '’';
            }
        }
        return sb.toString();
    }

    /** The first " | ", " — ", " – ", " - ", " · ", " • " or "; " in the text, or -1. */
    private static int firstSeparator(String t) {
        int best = -1;
        for (String sep : List.of(" | ", " — ", " – ", " - ", " · ", " • ", "; ", "|")) {
            int i = t.indexOf(sep);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
