package org.factdesk.model;

import java.time.LocalDate;

/**
 * A date or time expression, normalised against the article's publication date where possible.
 *
 * @param surface as written ("November 6", "Thursday", "early August", "February 2022")
 * @param date    the resolved date (first day of the period for months), or null when unresolvable
 * @param precision "day", "month", "year" or "relative"
 */
public record DateMention(String surface, int start, int end, LocalDate date, String precision) {
    public DateMention shifted(int offset) {
        return new DateMention(surface, start + offset, end + offset, date, precision);
    }
}
