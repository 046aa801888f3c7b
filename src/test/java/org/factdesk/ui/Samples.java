package org.factdesk.ui;

import org.factdesk.model.Article;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Quantity;
import org.factdesk.model.Span;
import org.factdesk.model.Stance;

import java.time.LocalDate;
import java.util.List;

/** A small hand-made article with claims at real offsets, for view and view-model tests. */
public final class Samples {
    public static final String TEXT = """
            Officials said about 10,000 soldiers crossed the border last week. The weather was mild.
            "We will respond," the minister, Ana Ruiz, said on Tuesday. Up to 8,000 of them are now in the region.""";

    private Samples() {
    }

    public static Article article() {
        return new Article("a1", "Troops cross the border", TEXT, "Sample Wire", LocalDate.of(2024, 11, 4),
                "https://example.org/troops");
    }

    public static List<Claim> claims() {
        Article a = article();
        int s1 = TEXT.indexOf("Officials");
        int e1 = TEXT.indexOf("last week.") + "last week.".length();
        int q1 = TEXT.indexOf("10,000");
        Claim troops = new Claim(Claim.idFor(a.id(), TEXT.substring(s1, e1)), a.id(), TEXT.substring(s1, e1),
                ClaimKind.QUANTITY, s1, e1, 0.91,
                List.of(new Quantity("about 10,000 soldiers", q1 - 6, q1 + 14, 10000, null, "soldiers", "~", false)),
                null, null, List.of());
        int s2 = TEXT.indexOf("\"We will");
        int e2 = TEXT.indexOf("on Tuesday.") + "on Tuesday.".length();
        Claim quote = new Claim(Claim.idFor(a.id(), TEXT.substring(s2, e2)), a.id(), TEXT.substring(s2, e2),
                ClaimKind.ATTRIBUTION, s2, e2, 0.55, List.of(),
                new Attribution(new Span(TEXT.indexOf("the minister"), TEXT.indexOf("Ana Ruiz") + 8),
                        new Span(TEXT.indexOf("said on"), TEXT.indexOf("said on") + 4),
                        new Span(s2, TEXT.indexOf("\" the") + 1), "Ana Ruiz", true), null, List.of());
        int s3 = TEXT.indexOf("Up to 8,000");
        int e3 = TEXT.length();
        int q3 = TEXT.indexOf("Up to 8,000");
        Claim region = new Claim(Claim.idFor(a.id(), TEXT.substring(s3, e3)), a.id(), TEXT.substring(s3, e3),
                ClaimKind.QUANTITY, s3, e3, 0.78,
                List.of(new Quantity("Up to 8,000", q3, q3 + 11, 8000, null, "soldiers", "<", false)),
                null, null, List.of());
        return List.of(troops, quote, region);
    }

    public static Evidence evidence() {
        String passage = "Some 10,000 soldiers had entered the country by late October, officials said.";
        return new Evidence("d7", "Border build-up", "Harbour Times", LocalDate.of(2024, 10, 30), "",
                passage, List.of(new Span(5, 11), new Span(12, 20)), 3.2, Stance.AGREES, "states 10,000 as the claim does",
                0.72);
    }

    /** A passage that shares little of the claim's wording. */
    public static Evidence looseEvidence(String docId) {
        return new Evidence(docId, "Harvest report", "Farm Daily", LocalDate.of(2024, 10, 2), "",
                "Wheat exports rose this season.", List.of(), 0.4, Stance.MENTIONS, "", 0.1);
    }
}
