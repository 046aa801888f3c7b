package org.factdesk.ui.claims;

import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a claim reads in the list: short kind badge, score as percent, and the facts that matter at a glance. */
public final class ClaimFormat {
    private ClaimFormat() {
    }

    public static String kindBadge(ClaimKind kind) {
        return switch (kind) {
            case QUANTITY -> "Number";
            case ATTRIBUTION -> "Quote";
            case AGREEMENT -> "Treaty";
            case EVENT -> "Event";
            case ASSERTION -> "Fact";
        };
    }

    public static String percent(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 100) + "%";
    }

    /** "Choe Son Hui · 10,000 soldiers · up to 8,000 soldiers": speaker first, then each quantity. */
    /** Values listed under a claim in the list; a table's others are in the claim itself. */
    static final int MAX_VALUES_SHOWN = 6;

    public static String details(Claim claim) {
        List<String> parts = new ArrayList<>();
        if (claim.speaker() != null && !claim.speaker().isBlank()) {
            parts.add(claim.speaker());
        }
        int shown = 0;
        for (Quantity q : claim.quantities()) {
            if (++shown > MAX_VALUES_SHOWN) {
                parts.add("+" + (claim.quantities().size() - MAX_VALUES_SHOWN) + " more values"); // a table's
                break;
            }
            parts.add(quantity(q));
        }
        if (claim.agreement() != null && !claim.agreement().agreement().isBlank()) {
            parts.add(claim.agreement().agreement());
        }
        claim.dates().stream().limit(2).forEach(d -> parts.add(d.surface()));
        return String.join(" · ", parts);
    }

    /**
     * "about 10,000 soldiers", "8,000–10,000 soldiers", "down from 6,004 to 600 branches", and a vague
     * amount with both ends of what it may mean: "thousands of people (1,000–10,000)".
     */
    public static String quantity(Quantity q) {
        String prefix = switch (q.qualifier()) {
            case "=" -> q.from() != null ? q.qualifierText() + " " : "";
            default -> q.qualifierText() + " ";
        };
        if (q.vague()) {
            return q.upper() == null ? q.surface().strip() : q.surface().strip() + " (" + q.valueText() + ")";
        }
        String unit = q.unit().isBlank() ? "" : unitText(q.unit());
        String value = q.valueText();
        if (unit.equals("%")) {
            return prefix + value + "%";
        }
        if (unit.equals("$") || unit.equals("€") || unit.equals("£")) {
            return prefix + unit + value;
        }
        return (prefix + value + " " + unit).strip();
    }

    private static String unitText(String unit) {
        return unit.strip();
    }

    /** The claim text on one line, cut at a word boundary. */
    public static String excerpt(String text, int maxChars) {
        String oneLine = Claim.oneLine(text); // a table's rows stay apart: "Name | Share; Ann Lee | 16.6%"
        if (oneLine.length() <= maxChars) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', maxChars - 1);
        return oneLine.substring(0, cut > maxChars / 2 ? cut : maxChars - 1) + "…";
    }

    public static String statusStyleClass(org.factdesk.model.VerdictStatus s) {
        return "status-" + s.name().toLowerCase(Locale.ROOT);
    }
}
