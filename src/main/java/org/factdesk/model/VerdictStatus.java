package org.factdesk.model;

/** The review status a fact-checker gives a claim. */
public enum VerdictStatus {
    UNREVIEWED("Unreviewed"),
    VERIFIED("Verified"),
    DISPUTED("Disputed"),
    FALSE("False"),
    MISLEADING("Misleading"),
    UNVERIFIABLE("Unverifiable");

    private final String label;

    VerdictStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses "verified", "Verified" or "VERIFIED"; the message lists the accepted words. */
    public static VerdictStatus parse(String text) {
        for (VerdictStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || s.label.equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + text
                + "': use one of Unreviewed, Verified, Disputed, False, Misleading, Unverifiable");
    }
}
