package org.factdesk.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Publication dates as sources write them: ISO dates and datetimes, RFC 1123 (feeds). */
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
}
