package org.factdesk.model;

/**
 * A number found in text, normalised.
 *
 * @param surface   the text as written ("up to 8,000")
 * @param start     offset of the surface in the article (or sentence, for sentence-level extraction)
 * @param end       end offset (exclusive)
 * @param value     normalised value (10,000 / ten thousand / 10k -> 10000; 25% -> 25); the low end of a range
 * @param upper     upper bound of a range ("8,000-10,000" -> value 8000, upper 10000), else null
 * @param unit      unit or counted noun ("soldiers", "square kilometres", "$", "%"), empty when none
 * @param qualifier how the value is bounded or changes: "=", "~" (about), "<" (up to / less than), "<="
 *                  (at most), ">" (more than), ">=" (at least), "up", "down"; see {@link #qualifierText()}
 * @param vague     true for vague amounts such as "several hundred" or "thousands of"
 * @param from      the earlier figure of a change ("shrank from 6,004 to 600": value 600, from 6004), else null
 */
public record Quantity(String surface, int start, int end, double value, Double upper, String unit,
                       String qualifier, boolean vague, Double from) {
    public Quantity {
        unit = unit == null ? "" : unit;
        qualifier = qualifier == null || qualifier.isBlank() ? "=" : qualifier;
    }

    /** A quantity that is not a change from an earlier figure. */
    public Quantity(String surface, int start, int end, double value, Double upper, String unit,
                    String qualifier, boolean vague) {
        this(surface, start, end, value, upper, unit, qualifier, vague, null);
    }

    public Quantity shifted(int offset) {
        return new Quantity(surface, start + offset, end + offset, value, upper, unit, qualifier, vague, from);
    }

    public Quantity withUnit(String newUnit) {
        return new Quantity(surface, start, end, value, upper, newUnit, qualifier, vague, from);
    }

    /** Low end: the value itself, or the lower bound of a range. */
    public double low() {
        return value;
    }

    /** High end: the upper bound of a range, else the value. */
    public double high() {
        return upper != null ? upper : value;
    }

    /** A reader's word for the qualifier. */
    public String qualifierText() {
        if (from != null) {
            return "up".equals(qualifier) ? "up from " + format(from) + " to" : "down".equals(qualifier)
                    ? "down from " + format(from) + " to" : "from " + format(from) + " to";
        }
        return switch (qualifier) {
            case "~" -> "about";
            case "<" -> surface.toLowerCase(java.util.Locale.ROOT).contains("up to") ? "up to" : "less than"; // "below 1,045"
            case "<=" -> "at most";
            case ">" -> "more than";
            case ">=" -> "at least";
            case "up" -> changedTo() ? "rose to" : "rose by";
            case "down" -> changedTo() ? "fell to" : "fell by";
            default -> "exactly";
        };
    }

    private static final java.util.regex.Pattern TO_THE_FIGURE =
            java.util.regex.Pattern.compile("(?i)\\bto\\s+\\S*\\d");

    /** "fell to 1,040 feet", "climb to 4.2 percent": the value is the level reached, not the size of the change. */
    private boolean changedTo() {
        return TO_THE_FIGURE.matcher(surface).find();
    }

    /** Value as a person writes it: 10000 -> "10,000", 1.5 -> "1.5", a range with both ends "8,000–10,000". */
    public String valueText() {
        String v = format(value);
        return upper == null ? v : v + "–" + format(upper);
    }

    private static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
