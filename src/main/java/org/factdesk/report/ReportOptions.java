package org.factdesk.report;

import java.time.Instant;

/**
 * Settings of an export.
 *
 * @param organisation   the fact-checking organisation, named as the ClaimReview author; empty for none
 * @param publicationUrl where the fact-check is published; ClaimReview {@code url} is this plus
 *                       {@code #claim-<id>}. Google's Fact Check tools require a url: without one (empty),
 *                       the JSON-LD omits it. Anything but an http(s) address is refused.
 * @param generatedAt    the time stamp printed on the report
 */
public record ReportOptions(String organisation, String publicationUrl, Instant generatedAt) {
    public ReportOptions {
        organisation = organisation == null ? "" : organisation.strip();
        publicationUrl = publicationUrl == null ? "" : publicationUrl.strip();
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
        if (!publicationUrl.isEmpty() && ReportText.safeLink(publicationUrl).isEmpty()) {
            // it becomes each ClaimReview's url: a javascript: or file: address would be published as a link
            throw new IllegalArgumentException("the publication URL '" + ReportText.printable(publicationUrl)
                    + "' is not a web address: give the http:// or https:// address where the reviews are published");
        }
    }

    public static ReportOptions defaults() {
        return new ReportOptions("", "", Instant.now());
    }
}
