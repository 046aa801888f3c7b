package org.factdesk.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.Speakers;
import org.factdesk.model.Verdict;
import org.factdesk.model.VerdictStatus;

/**
 * schema.org ClaimReview, one object per reviewed claim (status other than Unreviewed), in a JSON array;
 * each object carries its own {@code @context} so it can be pasted alone into a page's
 * {@code <script type="application/ld+json">}.
 *
 * <p>Ratings on a 1 (worst) to 5 (best) scale: Verified 5, Misleading 3, Disputed 2, False 1. Unverifiable
 * is not a point on a truth scale, so its Rating has no {@code ratingValue}, {@code bestRating} or
 * {@code worstRating}, only the textual {@code alternateName} "Unverifiable" (Google's Fact Check tools
 * show {@code alternateName} as the textual rating; the numeric fields are optional).
 */
final class ClaimReviewJsonLd {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimReviewJsonLd() {
    }

    static OptionalInt ratingValue(VerdictStatus s) {
        return switch (s) {
            case VERIFIED -> OptionalInt.of(5);
            case MISLEADING -> OptionalInt.of(3);
            case DISPUTED -> OptionalInt.of(2);
            case FALSE -> OptionalInt.of(1);
            case UNVERIFIABLE, UNREVIEWED -> OptionalInt.empty();
        };
    }

    static ArrayNode build(List<ReviewReport> reports, ReportOptions options) {
        ArrayNode out = F.arrayNode();
        for (ReviewReport r : reports) {
            for (ReviewedClaim rc : r.claims()) {
                if (rc.verdict().status() != VerdictStatus.UNREVIEWED) {
                    out.add(review(r.article(), rc, options));
                }
            }
        }
        return out;
    }

    private static ObjectNode review(Article a, ReviewedClaim rc, ReportOptions options) {
        Claim c = rc.claim();
        Verdict v = rc.verdict();
        ObjectNode o = F.objectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", "ClaimReview");
        if (!options.publicationUrl().isEmpty()) {
            o.put("url", options.publicationUrl() + "#claim-" + c.id());
        }
        o.put("claimReviewed", c.text());
        if (v.updatedAt() != null) {
            o.put("datePublished", v.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        o.set("author", reviewAuthor(v, options));

        ObjectNode rating = o.putObject("reviewRating");
        rating.put("@type", "Rating");
        OptionalInt value = ratingValue(v.status());
        if (value.isPresent()) {
            rating.put("ratingValue", value.getAsInt());
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        rating.put("alternateName", v.status().label());
        if (!v.rationale().isBlank()) {
            rating.put("ratingExplanation", v.rationale());
        }

        ObjectNode item = o.putObject("itemReviewed");
        item.put("@type", "Claim");
        ObjectNode claimAuthor = claimAuthor(a, c);
        if (claimAuthor != null) {
            item.set("author", claimAuthor);
        }
        if (a.published() != null) {
            item.put("datePublished", a.published().toString());
        }
        ObjectNode appearance = item.putObject("appearance");
        appearance.put("@type", "CreativeWork");
        ReportText.safeLink(a.url()).ifPresent(u -> appearance.put("url", u));
        if (!a.title().isBlank()) {
            appearance.put("headline", a.title());
        }
        if (a.published() != null) {
            appearance.put("datePublished", a.published().toString());
        }
        if (!a.byline().isBlank()) {
            var authors = appearance.putArray("author");
            for (String name : bylineNames(a.byline())) {
                authors.addObject().put("@type", "Person").put("name", name);
            }
        }
        if (!a.source().isBlank()) {
            appearance.putObject("publisher").put("@type", "Organization").put("name", a.source());
        }
        return o;
    }

    static java.util.List<String> bylineNames(String byline) {
        return org.factdesk.model.Bylines.names(byline);
    }

    /** The organisation when set, else the reviewer as a Person, else FactDesk. */
    private static ObjectNode reviewAuthor(Verdict v, ReportOptions options) {
        ObjectNode author = F.objectNode();
        if (!options.organisation().isEmpty()) {
            author.put("@type", "Organization").put("name", options.organisation());
        } else if (!v.reviewer().isBlank()) {
            author.put("@type", "Person").put("name", v.reviewer());
        } else {
            author.put("@type", "Organization").put("name", "FactDesk");
        }
        return author;
    }

    /** Who made the claim: the speaker when attributed, else the article's author when one is named, else its outlet. */
    private static ObjectNode claimAuthor(Article a, Claim c) {
        if (c.speaker() != null && !c.speaker().isBlank()) {
            return F.objectNode().put("@type", Speakers.isInstitution(c.speaker()) ? "Organization" : "Person").put("name", c.speaker());
        }
        java.util.List<String> authors = bylineNames(a.byline());
        if (authors.size() == 1) {
            return F.objectNode().put("@type", "Person").put("name", authors.getFirst());
        }
        if (!a.source().isBlank()) {
            return F.objectNode().put("@type", "Organization").put("name", a.source());
        }
        return null;
    }
}
