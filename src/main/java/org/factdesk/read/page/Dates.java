package org.factdesk.read.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them: ISO dates and datetimes, RFC 1123 (feeds); {@link #parseWritten} also
 * reads the forms pages write in their metadata and datelines.
 */
public final class Dates {
    private Dates() {
    }

    /** The date, or null when empty; throws DateTimeParseException with the text when unreadable. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            try {
                return LocalDate.parse(t.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                // fall through to the other forms
            }
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss zzz", Locale.ENGLISH))
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            throw new DateTimeParseException("not a date: '" + t + "' (use ISO form 2024-11-04)", t, 0);
        }
    }

    /** The date, or null when empty or unreadable (metadata that is wrong is no metadata). */
    public static LocalDate parseOrNull(String s) {
        try {
            return parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final Pattern YEAR_MONTH_DAY =
            Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?";
    /** "March 25, 2015", "Mar. 25 2015", "Tue Mar 13 21:30:09 EST 2015" (a month, its day, then the year). */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?\\s+(?:[\\d:]+\\s+(?:[a-z]{2,5}\\s+)?)?(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "25 March 2015", "25. März" is not English and is left alone. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /**
     * The day a page's metadata or dateline writes, as written (no time zone conversion): every form
     * {@link #parse} reads, and also "2015/03/25", "20150325", "March 25, 2015", "Mar. 25 2015 10:04",
     * "25 March 2015" and "Fri Mar 13 21:30:09 EST 2015". Null when none of them fits: day-month order
     * ambiguities such as "03/04/2015" are not guessed, nor years before 1800 or after 2200. Reads at most the first 200 characters.
     */
    public static LocalDate parseWritten(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > 200) {
            t = t.substring(0, 200);
        }
        LocalDate iso = parseOrNull(t);
        if (iso != null) {
            return plausible(iso.getYear()) ? iso : null; // "0001-01-01" is a CMS's empty date, not a date
        }
        Matcher m = YEAR_MONTH_DAY.matcher(t);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.find()) {
            return day(m.group(3), String.valueOf(MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find()) {
            return day(m.group(3), String.valueOf(MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1), m.group(1));
        }
        return null;
    }

    private static boolean plausible(int year) {
        return year >= 1800 && year <= 2200;
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (!plausible(y)) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
