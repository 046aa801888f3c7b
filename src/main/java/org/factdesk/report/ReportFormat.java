package org.factdesk.report;

import java.util.Locale;

/** The formats a review report can be exported in. */
public enum ReportFormat {
    HTML("html", "HTML (self-contained, printable)", "text/html"),
    PDF("pdf", "PDF", "application/pdf"),
    MARKDOWN("md", "Markdown", "text/markdown"),
    CSV("csv", "CSV (one row per claim)", "text/csv"),
    JSON("json", "JSON", "application/json"),
    CLAIMREVIEW("jsonld", "ClaimReview JSON-LD (schema.org)", "application/ld+json");

    private final String extension;
    private final String label;
    private final String mediaType;

    ReportFormat(String extension, String label, String mediaType) {
        this.extension = extension;
        this.label = label;
        this.mediaType = mediaType;
    }

    /** File name extension without the dot. */
    public String fileExtension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Parses "html", "md", "markdown", "claimreview", "jsonld" ...; the message lists the accepted words. */
    public static ReportFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(t) || f.extension.equals(t)) {
                return f;
            }
        }
        if (t.equals("markdown")) {
            return MARKDOWN;
        }
        if (t.equals("json-ld") || t.equals("claim-review")) {
            return CLAIMREVIEW;
        }
        throw new IllegalArgumentException("unknown report format '" + text
                + "': use one of html, pdf, md, csv, json, claimreview");
    }
}
