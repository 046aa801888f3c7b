package org.factdesk.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.model.Quantity;
import org.junit.jupiter.api.Test;

class ClaimFormatTest {
    @Test
    void showsARangeWithBothEnds() {
        Quantity q = new Quantity("between 8,000 and 10,000 soldiers", 0, 33, 8000, 10000.0, "soldiers", "=", false);
        assertThat(ClaimFormat.quantity(q)).isEqualTo("8,000–10,000 soldiers");
    }

    @Test
    void showsAVagueAmountAsWrittenWithBothEndsOfWhatItMayMean() {
        Quantity q = new Quantity("Thousands of people", 0, 19, 1000, 10000.0, "people", "=", true);
        assertThat(ClaimFormat.quantity(q)).isEqualTo("Thousands of people (1,000–10,000)");
    }

    @Test
    void showsAChangeWithTheFigureItChangedFrom() {
        Quantity q = new Quantity("from 6,004 to 600", 0, 17, 600, null, "branches", "down", false, 6004.0);
        assertThat(ClaimFormat.quantity(q)).isEqualTo("down from 6,004 to 600 branches");
    }

    @Test
    void showsAnInclusiveBound() {
        Quantity q = new Quantity("at least 20 people", 0, 18, 20, null, "people", ">=", false);
        assertThat(ClaimFormat.quantity(q)).isEqualTo("at least 20 people");
    }

    @Test
    void aTablesValuesAreListedUpToSixThenCounted() {
        java.util.List<Quantity> values = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            values.add(new Quantity(String.valueOf(i + 1), i * 4, i * 4 + 1, i + 1, null, "", "", false));
        }
        org.factdesk.model.Claim table = new org.factdesk.model.Claim("c", "a", "A | 1 | 2", org.factdesk.model.ClaimKind.QUANTITY,
                0, 40, 0.9, values, null, null, java.util.List.of());
        assertThat(ClaimFormat.details(table)).isEqualTo("1 · 2 · 3 · 4 · 5 · 6 · +4 more values");
    }

    @Test
    void aTablesRowsStayApartInTheExcerpt() {
        assertThat(ClaimFormat.excerpt("Name | Share\n\nAnn Lee | 16.6%\n\nBo Ma | 14.7%", 220))
                .isEqualTo("Name | Share; Ann Lee | 16.6%; Bo Ma | 14.7%");
        assertThat(ClaimFormat.excerpt("A sentence\nbroken by the page.", 220)).isEqualTo("A sentence broken by the page.");
    }
}
