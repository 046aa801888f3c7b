package org.factdesk.read.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.read.page.Dates;

/**
 * Dates as articles write them on a dateline: "10:16 AM 10/03/2023", "Published 23 August 2023 10:04",
 * "Updated: Oct. 3, 2023, 5:14 p.m. ET", "March 5, 2024", "Tue 5 Mar 2024 10.04 GMT", ISO forms.
 *
 * <p>Numeric dates such as 10/03/2023 are read month first or day first by this order of evidence: a part over 12
 * decides; a 12-hour clock or a US time zone on the same line means month first (US usage); a 24-hour clock
 * without am/pm, or dots (10.03.2023), mean day first; then the document's own written dates ("March 5, 2024"
 * against "5 March 2024"), then a day-first country's domain or a non-US language tag; else month first, the
 * more common form on English-language news sites that print numeric dates.
 *
 * <p>Only lines of up to {@link #MAX_LINE} characters are looked at: a dateline is short, and every pattern runs
 * over a capped line.
 */
public final class Datelines {
    static final int MAX_LINE = 300;

    /** How a numeric date's first two parts are read. */
    public enum Order {
        MONTH_FIRST, DAY_FIRST
    }

    /** What a dateline says the date is. */
    enum Kind {
        PUBLISHED, UPDATED,
        /** When a clipper saved or a notes app created the note: not the article's date. */
        SAVED
    }

    record Found(LocalDate date, Kind kind, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
                    + ",?\\s+(\\d{4})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(?i)\\d\\s*[ap]\\.?\\s?m\\b\\.?");
    private static final Pattern US_ZONE = Pattern.compile("\\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST)\\b");
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(?<![\\d.:/])([01]?\\d|2[0-3])[:.h]([0-5]\\d)(?![\\d/.])");
    /** What may stand beside a date on a dateline. */
    private static final Pattern DATELINE_NOISE = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?\\s?m\\b\\.?)?|\\d{1,2}\\s*[ap]\\.?\\s?m\\b\\.?"
                    + "|noon|midnight|" + WEEKDAY + "|(?:last\\s+)?updated?(?:\\s+on|\\s+at)?|(?:last\\s+)?modified"
                    + "|(?:first\\s+|originally\\s+)?published(?:\\s+on|\\s+at)?|posted(?:\\s+on|\\s+at)?|revised|date"
                    + "|created|saved|clipped|date\\s+saved|retrieved|accessed|captured|on|at|as\\s+of"
                    + "|\\d+\\s*-?\\s*(?:min(?:ute)?s?|hours?|hrs?)\\.?(?:\\s+(?:read|reading|listen|ago))?"
                    + "|(?:\\d+|an?)\\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\\s+ago|ago"
                    + "|reading\\s+time|read\\s+time|(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST|GMT|BST|UTC|CET"
                    + "|CEST|EET|EEST|WET|WEST|IST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT|CAT|JST|KST|SGT|HKT|PHT|WIB|MSK)"
                    + "(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?)(?![\\p{L}\\d])");
    private static final Pattern GLUED = Pattern.compile(
            "(?<=\\b(?:UTC|GMT|ET|EST|EDT|BST|CET|PT|AM|PM))(?=[A-Z][a-z])|(?<=[a-z])(?=(?:Updated|Published|Posted)\\b)");
    /** Country domains whose sites write numeric dates day first. */
    private static final Set<String> DAY_FIRST_DOMAINS = Set.of("uk", "ie", "au", "nz", "in", "za", "ng", "ke", "gh",
            "pk", "sg", "my", "lk", "bd", "eu", "fr", "de", "es", "it", "pt", "nl", "be", "at", "ch", "br", "ar",
            "mx", "co", "cl", "pe", "pl", "cz", "sk", "hu", "ro", "gr", "tr", "ru", "ua", "rs", "hr", "si", "bg",
            "dk", "se", "no", "fi", "is", "il", "eg", "ma", "tn", "dz", "id", "vn", "th", "hk", "ug", "tz", "zw");

    private Datelines() {
    }

    /**
     * A whole string that is a date, as front matter holds it ("2023-10-03T10:16:00-04:00", "March 5, 2024",
     * "05/03/2024"), or null.
     */
    public static LocalDate parse(String s, Order order) {
        if (s == null || s.isBlank() || s.length() > MAX_LINE) {
            return null;
        }
        LocalDate iso = Dates.parseOrNull(s);
        if (iso != null) {
            return iso;
        }
        List<Found> found = find(s, order);
        return found.isEmpty() ? Dates.parseWritten(s) : found.getFirst().date();
    }

    /** The dates on one short line, in order, each with what the line says it is (published, updated, saved). */
    static List<Found> find(String line, Order order) {
        if (line.length() > MAX_LINE || !hasDigit(line)) {
            return List.of();
        }
        Order lineOrder = TWELVE_HOUR.matcher(line).find() || US_ZONE.matcher(line).find() ? Order.MONTH_FIRST
                : TWENTY_FOUR_HOUR.matcher(line).find() ? Order.DAY_FIRST : order;
        List<Found> found = new ArrayList<>();
        collect(ISO.matcher(line), found, m -> date(m.group(1), m.group(2), m.group(3)), line);
        collect(YMD.matcher(line), found, m -> date(m.group(1), m.group(2), m.group(3)), line);
        collect(MONTH_DAY_YEAR.matcher(line), found, m -> date(m.group(3), month(m.group(1)), m.group(2)), line);
        collect(DAY_MONTH_YEAR.matcher(line), found, m -> date(m.group(3), month(m.group(2)), m.group(1)), line);
        collect(NUMERIC.matcher(line), found, m -> numeric(m, lineOrder), line);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The line without its dates, times, time zones, weekdays, dateline words and reading times, trimmed of separators. */
    static String remainder(String line, List<Found> dates) {
        StringBuilder sb = new StringBuilder(line);
        for (int i = dates.size() - 1; i >= 0; i--) {
            sb.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        // Pages whose parts were glued together when clipped: "8:14 AM UTCUpdated ago".
        String unglued = GLUED.matcher(sb).replaceAll(" ");
        String rest = DATELINE_NOISE.matcher(unglued).replaceAll(" ");
        return trimSeparators(rest);
    }

    /** Strips separators (| · • — – - , ; : and brackets) from both ends and collapses the inner ones' spaces. */
    static String trimSeparators(String s) {
        String t = Texts.collapse(s);
        int start = 0;
        int end = t.length();
        String seps = "|·•—–-,;:()[]/ \u00a0";
        while (start < end && seps.indexOf(t.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && seps.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(start, end);
    }

    /** The order that the document's own written dates, its domain and its language suggest. */
    static Order documentOrder(List<String> lines, String url, String language) {
        int monthFirst = 0;
        int dayFirst = 0;
        int looked = 0;
        for (String l : lines) {
            if (looked++ > 5000) {
                break;
            }
            if (l.length() <= MAX_LINE && hasDigit(l)) {
                if (MONTH_DAY_YEAR.matcher(l).find()) {
                    monthFirst++;
                }
                if (DAY_MONTH_YEAR.matcher(l).find()) {
                    dayFirst++;
                }
            }
        }
        if (monthFirst != dayFirst) {
            return dayFirst > monthFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
        }
        String host = Outlets.host(url);
        int dot = host.lastIndexOf('.');
        if (dot > 0 && DAY_FIRST_DOMAINS.contains(host.substring(dot + 1))) {
            return Order.DAY_FIRST;
        }
        String lang = language.toLowerCase(Locale.ROOT);
        if (!lang.isEmpty() && !lang.equals("en") && !lang.equals("en-us") && !lang.startsWith("en-us")) {
            return Order.DAY_FIRST;
        }
        return Order.MONTH_FIRST;
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    private static void collect(Matcher m, List<Found> found, DateOf dateOf, String line) {
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            LocalDate d = dateOf.of(m);
            if (d != null) {
                found.add(new Found(d, kindBefore(line, m.start(), found), m.start(), m.end()));
            }
        }
    }

    /** Published, updated or saved, by the nearest dateline word before the date (and after the previous date). */
    private static Kind kindBefore(String line, int start, List<Found> found) {
        int from = 0;
        for (Found f : found) {
            if (f.end() <= start) {
                from = Math.max(from, f.end());
            }
        }
        String before = line.substring(from, start).toLowerCase(Locale.ROOT);
        int updated = Math.max(before.lastIndexOf("updat"), Math.max(before.lastIndexOf("modif"), before.lastIndexOf("revis")));
        int published = Math.max(before.lastIndexOf("publish"), before.lastIndexOf("posted"));
        int saved = -1;
        for (String w : List.of("created", "saved", "clipped", "retrieved", "accessed", "captured")) {
            saved = Math.max(saved, before.lastIndexOf(w));
        }
        if (saved > updated && saved > published) {
            return Kind.SAVED;
        }
        return updated > published ? Kind.UPDATED : Kind.PUBLISHED;
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate numeric(Matcher m, Order order) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        String y = m.group(4);
        int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        boolean dayFirst;
        if (a > 12) {
            dayFirst = true;
        } else if (b > 12) {
            dayFirst = false;
        } else {
            // Dots (10.03.2023) are a day-first country's way of writing dates.
            dayFirst = m.group(2).equals(".") || order == Order.DAY_FIRST;
        }
        return dayFirst ? of(year, b, a) : of(year, a, b);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String year, int month, String day) {
        return date(year, String.valueOf(month), day);
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
