package org.factdesk.model;

import java.time.LocalDate;

/** A passage the reviewer attached to a verdict, kept as it was when cited. */
public record CitedEvidence(String docId, String title, String source, LocalDate published, String url,
                            String passage, EvidenceRole role) {
    public CitedEvidence {
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        passage = passage == null ? "" : passage;
    }

    public static CitedEvidence of(Evidence e, EvidenceRole role) {
        return new CitedEvidence(e.docId(), e.title(), e.source(), e.published(), e.url(), e.passage(), role);
    }
}
