package org.factdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bylines as pages write them ("By Jane Doe and John Roe | Senior Reporter", "By Carrie ArnoldNovember 15, 2019")
 * and the names in them, for showing and publishing (ClaimReview authors). The article keeps its byline as
 * written; these read names out of it.
 */
public final class Bylines {
    private static final Pattern LEADING_BY = Pattern.compile("^(?:(?:written|posted|words|text|story)\\s+)?by[:\\s]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    /** A profile's button read with the name: "Follow Author", "+ Follow", "Follow". */
    private static final Pattern FOLLOW = Pattern.compile("(?:^|\\s|\\+)\\s*follow(?:\\s+(?:author|me|us))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?";
    /** Digits glued to a year: a page's comment count run into its dateline ("22 Dec 2016651"). */
    private static final String GLUED_COUNT = "\\d{0,6}";
    /**
     * A date, with the time of day and zone that may follow it: what a dateline glues to a byline, sometimes
     * without a space ("By Jane DoeNovember 15, 2019").
     */
    private static final Pattern DATE = Pattern.compile(
            "(?:\\b|(?-i:(?<=\\p{Ll})(?=\\p{Lu}))|(?<=\\p{L})(?=\\d))(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                    + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
                    + "|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}" + GLUED_COUNT
                    + "|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}" + GLUED_COUNT + ")"
                    + "(?:,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?-i:[A-Z]{2,4})\\b)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final String SEPARATOR = "[\\s|,;:\u2013\u2014\u00B7\u2022-]";
    private static final Pattern DANGLING = Pattern.compile("^" + SEPARATOR + "+|" + SEPARATOR + "+$");
    /** Words a removed date leaves hanging: "Jane Doe on", "Jane Doe | Updated". */
    private static final Pattern DANGLING_WORDS = Pattern.compile("(?:\\s+(?:on|at|updated|published|posted))+$",
            Pattern.CASE_INSENSITIVE);
    /** Longer than this is no byline; {@link #clean} reads no further. */
    private static final int MAX_CLEANED = 1_000;

    /** What follows a name after a bar or a comma and is a job, not a person: "| Senior Reporter". */
    private static final Pattern ROLE = Pattern.compile("(?i).*\\b(reporter|editor|correspondent|writer|staff|contributor"
            + "|columnist|producer|journalist|analyst|fellow|intern|desk|team|bureau|fact[- ]checker|researcher)s?\\b.*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&)\\s*");

    private Bylines() {
    }

    /**
     * Only the names of a byline: "By Jane Doe and John Roe | March 3, 2024 https://x.example" becomes "Jane Doe
     * and John Roe". Leading "By", URLs and dates go, as do separators left dangling.
     */
    public static String clean(String byline) {
        if (byline == null) {
            return "";
        }
        String s = byline.length() > MAX_CLEANED ? byline.substring(0, MAX_CLEANED) : byline;
        s = s.replaceAll("\\s+", " ").strip();
        s = URL.matcher(s).replaceAll(" ");
        s = DATE.matcher(s).replaceAll(" ");
        s = s.replaceAll("\\s+", " ").strip();
        s = FOLLOW.matcher(s).replaceFirst("").strip();
        s = LEADING_BY.matcher(s).replaceFirst("");
        s = DANGLING.matcher(s).replaceAll("");
        s = DANGLING.matcher(DANGLING_WORDS.matcher(s).replaceAll("")).replaceAll("");
        return s.toLowerCase(Locale.ROOT).equals("by") ? "" : s.strip();
    }

    /** Each person a byline names, without "By", dates, URLs or job titles: "Jane Doe, John Roe and Ann Lee" is three. */
    public static List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(clean(byline))) {
            String n = part.strip();
            if (!n.isEmpty() && !ROLE.matcher(n).matches() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The names for a header line: "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Lee"; empty when none. */
    public static String display(String byline) {
        List<String> n = names(byline);
        if (n.size() <= 2) {
            return String.join(" and ", n);
        }
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.getLast();
    }
}
