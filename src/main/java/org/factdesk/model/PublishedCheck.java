package org.factdesk.model;

import java.time.LocalDate;

/**
 * A fact-check published elsewhere, as schema.org ClaimReview describes it: the claim reviewed, who made it, the
 * outlet that checked it, when, its verdict as the outlet words it, and where the review is.
 *
 * @param id            stable id (the review's URL and claim)
 * @param claim         the claim reviewed ({@code claimReviewed})
 * @param claimant      who made the claim ({@code itemReviewed.author.name}), may be empty
 * @param outlet        who published the review ({@code author.name} or {@code publisher.name})
 * @param reviewDate    when the review was published ({@code datePublished} / {@code reviewDate}), may be null
 * @param rating        the verdict as written ({@code reviewRating.alternateName} / {@code textualRating})
 * @param url           the review's address, may be empty
 */
public record PublishedCheck(String id, String claim, String claimant, String outlet, LocalDate reviewDate,
                             String rating, String url) {
    public PublishedCheck {
        claimant = claimant == null ? "" : claimant;
        outlet = outlet == null ? "" : outlet;
        rating = rating == null ? "" : rating;
        url = url == null ? "" : url;
    }

    /** "Checked before by PolitiFact (2024-03-02): False". */
    public String summary() {
        return "Checked before by " + (outlet.isBlank() ? "an unnamed outlet" : outlet)
                + (reviewDate == null ? "" : " (" + reviewDate + ")") + ": " + (rating.isBlank() ? "no rating given" : rating);
    }
}
