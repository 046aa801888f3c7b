package org.factdesk.model;

/** What sort of factual assertion a claim is; decides which checks and evidence matter. */
public enum ClaimKind {
    QUANTITY("quantity", "Quantity"),
    ATTRIBUTION("attribution", "Statement / quote"),
    AGREEMENT("agreement", "Agreement / treaty term"),
    EVENT("event", "Dated event"),
    ASSERTION("assertion", "Factual assertion");

    private final String code;
    private final String label;

    ClaimKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable lowercase code used in JSON, CSV and the database. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ClaimKind fromCode(String code) {
        for (ClaimKind k : values()) {
            if (k.code.equalsIgnoreCase(code) || k.name().equalsIgnoreCase(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown claim kind '" + code + "'");
    }
}
