package org.factdesk.ui.article;

import org.factdesk.model.Claim;
import org.factdesk.model.Quantity;
import org.factdesk.model.VerdictStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which CSS classes each stretch of the article text gets: claims coloured by review status (or by
 * kind while unreviewed), the selected claim stronger, numbers inside claims underlined. Pure logic,
 * so the colouring rules are tested without a text area.
 */
public final class HighlightPlan {
    /** A run of {@code length} characters with the given style classes (empty = plain text). */
    public record Segment(int length, List<String> styleClasses) {
    }

    private HighlightPlan() {
    }

    public static List<Segment> compute(int textLength, Collection<Claim> claims, Map<String, VerdictStatus> statuses,
                                        String selectedClaimId) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        for (Claim c : claims) {
            cuts.add(clamp(c.start(), textLength));
            cuts.add(clamp(c.end(), textLength));
            for (Quantity q : c.quantities()) {
                cuts.add(clamp(q.start(), textLength));
                cuts.add(clamp(q.end(), textLength));
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                append(segments, new Segment(cut - from, classesAt(from, claims, statuses, selectedClaimId)));
            }
            from = cut;
        }
        if (segments.isEmpty()) {
            segments.add(new Segment(textLength, List.of()));
        }
        return segments;
    }

    /** The claim the reader means when clicking at {@code offset}: the selected one if it covers it, else the narrowest. */
    public static Claim claimAt(int offset, Collection<Claim> claims, String selectedClaimId) {
        Claim best = null;
        for (Claim c : claims) {
            if (offset >= c.start() && offset < c.end()) {
                if (c.id().equals(selectedClaimId)) {
                    return c;
                }
                if (best == null || (c.end() - c.start()) < (best.end() - best.start())) {
                    best = c;
                }
            }
        }
        return best;
    }

    public static String statusClass(VerdictStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String kindClass(Claim claim) {
        return "kind-" + claim.kind().code();
    }

    private static List<String> classesAt(int offset, Collection<Claim> claims, Map<String, VerdictStatus> statuses,
                                          String selectedClaimId) {
        Claim c = claimAt(offset, claims, selectedClaimId);
        if (c == null) {
            return List.of();
        }
        List<String> classes = new ArrayList<>();
        classes.add("claim");
        VerdictStatus status = statuses.getOrDefault(c.id(), VerdictStatus.UNREVIEWED);
        classes.add(status == VerdictStatus.UNREVIEWED ? kindClass(c) : statusClass(status));
        if (c.id().equals(selectedClaimId)) {
            classes.add("selected");
        }
        for (Quantity q : c.quantities()) {
            if (offset >= q.start() && offset < q.end()) {
                classes.add("quantity");
                break;
            }
        }
        return List.copyOf(classes);
    }

    private static void append(List<Segment> segments, Segment next) {
        if (!segments.isEmpty() && segments.getLast().styleClasses().equals(next.styleClasses())) {
            Segment last = segments.removeLast();
            segments.add(new Segment(last.length() + next.length(), next.styleClasses()));
        } else {
            segments.add(next);
        }
    }

    private static int clamp(int offset, int textLength) {
        return Math.max(0, Math.min(offset, textLength));
    }
}
