package org.factdesk.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.DateMention;

/**
 * Finds date expressions ("November 6", "6 November 2024", "Thursday", "early August", "February
 * 2022", "last week", "in 2019") and resolves them against the article's publication date: a
 * weekday is the latest such day on or before publication, a month without a year the latest such
 * month not after it. Without a publication date, expressions that need one get date null and
 * precision "relative".
 */
public final class DateExtractor {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern DATE = Pattern.compile(
            "\\b(?<mdy>" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)(?![\\d,.]\\d)"
                    + "|\\b(?<dmy>(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?)\\b"
                    + "|\\b(?<part>(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|mid-)\\s*-?\\s*" + MONTH + "(?:\\s+(\\d{4}))?)\\b"
                    + "|\\b(?<my>(?:in|since|until|by|from|of|last|next|this|during)\\s+" + MONTH + "(?:\\s+(\\d{4}))?)\\b"
                    + "|\\b(?<monthyear>" + MONTH + "\\s+(\\d{4}))\\b"
                    + "|\\b(?<weekday>(?:last\\s+|next\\s+|this\\s+|on\\s+)?" + DAY + ")\\b"
                    + "|\\b(?<rel>(?:last|next|this|previous|coming|past)\\s+(?:week|month|year|weekend)|yesterday|today|tomorrow"
                    + "|(?:a\\s+few|one|two|three|few|several|a)\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|before|after|later|earlier))\\b"
                    + "|\\b(?<year>(?:in|since|until|by|from|before|after|of|during)\\s+((?:19|20)\\d{2}))\\b(?![\\d%])");

    /** Words without which no date expression can match; checked first because most sentences have none. */
    private static final java.util.Set<String> TRIGGERS = java.util.Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tomorrow", "week", "month", "year", "weekend", "day", "days", "weeks", "months", "years", "sept");

    private static boolean mayHoldADate(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i >= 3 && j - i <= 9) {
                    String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                    if (TRIGGERS.contains(w) || MONTHS.containsKey(w)) {
                        return true;
                    }
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j - i == 4 && (text.startsWith("19", i) || text.startsWith("20", i))) {
                    return true;
                }
                i = j;
            } else {
                i++;
            }
        }
        return false;
    }

    public List<DateMention> extract(String text, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        if (!mayHoldADate(text)) {
            return out;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            DateMention d = resolve(m, published);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private static DateMention resolve(Matcher m, LocalDate pub) {
        if (m.group("mdy") != null) {
            String g = m.group("mdy");
            String[] parts = g.replace(",", " ").replace(".", " ").trim().split("\\s+");
            int month = month(parts[0]);
            int day = Integer.parseInt(parts[1].replaceAll("\\D", ""));
            Integer year = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
            return dayMention(g, m.start("mdy"), month, day, year, pub);
        }
        if (m.group("dmy") != null) {
            String g = m.group("dmy");
            String[] parts = g.replace(",", " ").replace(".", " ").replace(" of ", " ").trim().split("\\s+");
            int day = Integer.parseInt(parts[0].replaceAll("\\D", ""));
            int month = month(parts[1]);
            Integer year = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
            return dayMention(g, m.start("dmy"), month, day, year, pub);
        }
        for (String group : new String[] {"part", "my", "monthyear"}) {
            String g = m.group(group);
            if (g != null) {
                Matcher mm = Pattern.compile(MONTH + "(?:\\s+(\\d{4}))?").matcher(g);
                if (!mm.find()) {
                    return null;
                }
                int month = month(mm.group(1));
                Integer year = mm.group(2) != null ? Integer.valueOf(mm.group(2)) : null;
                if ("may".equalsIgnoreCase(mm.group(1)) && year == null && !group.equals("part")) {
                    return null; // "may" is usually the verb
                }
                int start = m.start(group) + (group.equals("my") ? mm.start() : 0);
                String surface = group.equals("my") ? g.substring(mm.start()) : g;
                LocalDate date = null;
                if (year != null) {
                    date = LocalDate.of(year, month, 1);
                } else if (pub != null) {
                    int y = month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
                    date = LocalDate.of(y, month, 1);
                }
                return new DateMention(surface, start, start + surface.length(), date,
                        date == null ? "relative" : "month");
            }
        }
        if (m.group("weekday") != null) {
            String g = m.group("weekday");
            Matcher dm = Pattern.compile(DAY).matcher(g);
            dm.find();
            int start = m.start("weekday") + (g.toLowerCase(Locale.ROOT).startsWith("on ") ? 3 : 0);
            String surface = g.toLowerCase(Locale.ROOT).startsWith("on ") ? g.substring(3) : g;
            LocalDate date = null;
            if (pub != null) {
                DayOfWeek dow = DayOfWeek.valueOf(dm.group(1).toUpperCase(Locale.ROOT));
                date = surface.toLowerCase(Locale.ROOT).startsWith("next ")
                        ? pub.with(TemporalAdjusters.next(dow))
                        : pub.with(TemporalAdjusters.previousOrSame(dow));
            }
            return new DateMention(surface, start, start + surface.length(), date, date == null ? "relative" : "day");
        }
        if (m.group("rel") != null) {
            String g = m.group("rel");
            String lower = g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            LocalDate date = null;
            String precision = "relative";
            if (pub != null) {
                if (lower.equals("yesterday")) {
                    date = pub.minusDays(1);
                    precision = "day";
                } else if (lower.equals("today")) {
                    date = pub;
                    precision = "day";
                } else if (lower.equals("tomorrow")) {
                    date = pub.plusDays(1);
                    precision = "day";
                } else if (lower.matches("(last|previous|past) week")) {
                    date = pub.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    precision = "week";
                } else if (lower.matches("(last|previous|past) month")) {
                    date = pub.minusMonths(1).withDayOfMonth(1);
                    precision = "month";
                } else if (lower.matches("(last|previous|past) year")) {
                    date = LocalDate.of(pub.getYear() - 1, 1, 1);
                    precision = "year";
                } else if (lower.equals("this year")) {
                    date = LocalDate.of(pub.getYear(), 1, 1);
                    precision = "year";
                }
            }
            return new DateMention(g, m.start("rel"), m.end("rel"), date, precision);
        }
        if (m.group("year") != null) {
            String y = m.group(m.groupCount());
            int start = m.start(m.groupCount());
            return new DateMention(y, start, start + 4, LocalDate.of(Integer.parseInt(y), 1, 1), "year");
        }
        return null;
    }

    private static DateMention dayMention(String surface, int start, int month, int day, Integer year, LocalDate pub) {
        int y;
        if (year != null) {
            y = year;
        } else if (pub != null) {
            y = pub.getYear();
        } else {
            return new DateMention(surface, start, start + surface.length(), null, "relative");
        }
        try {
            LocalDate date = LocalDate.of(y, month, day);
            return new DateMention(surface, start, start + surface.length(), date, "day");
        } catch (java.time.DateTimeException e) {
            return null; // "February 30": not a date
        }
    }

    private static int month(String word) {
        return MONTHS.get(word.replace(".", "").toLowerCase(Locale.ROOT));
    }
}
