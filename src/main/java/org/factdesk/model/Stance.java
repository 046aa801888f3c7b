package org.factdesk.model;

/** How a passage bears on a claim, as far as FactDesk can tell automatically. */
public enum Stance {
    /** States the same value or fact, within the claim's qualifier. */
    AGREES("agrees"),
    /** States a different value for the same thing. */
    DIFFERS("differs"),
    /** Mentions the topic without settling it. */
    MENTIONS("mentions");

    private final String code;

    Stance(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
