package org.factdesk.model;

/** Whether a cited passage supports or contradicts the claim. */
public enum EvidenceRole {
    SUPPORTS("supporting"),
    CONTRADICTS("contradicting");

    private final String label;

    EvidenceRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
