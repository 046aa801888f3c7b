package org.factdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.model.Quantity;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    private Quantity only(String text) {
        List<Quantity> qs = extractor.extract(text);
        assertThat(qs).as("quantities in: " + text).hasSize(1);
        return qs.get(0);
    }

    @Test
    void readsDigitGroupingWithCommasThinSpacesAndSpaces() {
        assertThat(only("Some 10,000 soldiers arrived.").value()).isEqualTo(10000);
        assertThat(only("Some 10\u2009000 soldiers arrived.").value()).isEqualTo(10000);
        assertThat(only("Some 10 000 soldiers arrived.").value()).isEqualTo(10000);
        assertThat(only("The index closed at 1,463.87 points.").value()).isEqualTo(1463.87);
    }

    @Test
    void readsDecimalsAndScaleWords() {
        assertThat(only("It sold 1.5 million copies.").value()).isEqualTo(1_500_000);
        assertThat(only("They raised $1.76bn last year.").value()).isEqualTo(1_760_000_000d);
        assertThat(only("It costs 10k per seat.").value()).isEqualTo(10_000);
        assertThat(only("Amazon has 35m devices installed.").value()).isEqualTo(35_000_000);
    }

    @Test
    void readsNumberWords() {
        assertThat(only("About ten thousand people marched.").value()).isEqualTo(10_000);
        assertThat(only("They bought a dozen eggs.").value()).isEqualTo(12);
        assertThat(only("There were twenty-five cases.").value()).isEqualTo(25);
        assertThat(only("Three thousand tests per day were run.").value()).isEqualTo(3000);
    }

    @Test
    void readsFractions() {
        assertThat(only("Nearly two-thirds of sales came from CDs.").value()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(only("A third of those screened were obese.").value()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(only("Mix in 3/4 cup flour.").value()).isEqualTo(0.75);
    }

    @Test
    void readsPercentagesAndCurrencies() {
        Quantity pct = only("Shares fell 0.9% on Monday.");
        assertThat(pct.value()).isEqualTo(0.9);
        assertThat(pct.unit()).isEqualTo("%");
        assertThat(Units.canonical(only("It grew 60 per cent this year.").unit())).isEqualTo("percentage");
        Quantity usd = only("The set will cost $200 online.");
        assertThat(usd.value()).isEqualTo(200);
        assertThat(usd.unit()).isEqualTo("$");
        assertThat(Units.canonical(only("It was worth up to £2.7m in total.").unit())).isEqualTo("pound sterling");
        assertThat(only("It was priced at €5 each.").unit()).isEqualTo("€");
    }

    @Test
    void readsRanges() {
        Quantity r = only("Between 8,000-10,000 troops were seen.");
        assertThat(r.value()).isEqualTo(8000);
        assertThat(r.upper()).isEqualTo(10000);
        Quantity between = only("A price of between $62 and $68 per share.");
        assertThat(between.value()).isEqualTo(62);
        assertThat(between.upper()).isEqualTo(68);
        assertThat(between.unit()).isEqualTo("$ per share");
        Quantity scaled = only("Let's get from $10 to $15 billion.");
        assertThat(scaled.value()).isEqualTo(10e9);
        assertThat(scaled.upper()).isEqualTo(15e9);
        Quantity words = only("He was traveling at a speed of 15 to 22 miles per hour.");
        assertThat(words.unit()).isEqualTo("miles per hour");
    }

    @Test
    void keepsDatesTimesYearsAndModelNumbersApart() {
        assertThat(extractor.extract("The council votes on November 6 and met on 9 May in 2019.")).isEmpty();
        assertThat(extractor.extract("Published 5:55 AM EST Dec 20 2019")).isEmpty();
        assertThat(extractor.extract("The iPhone 11 beat the Galaxy Note 20 at 10.45pm.")).isEmpty();
        assertThat(extractor.extract("It was the 22nd amendment of the 1990s.")).isEmpty();
    }

    @Test
    void findsTheCountedNounPastAdjectivesAndNationalities() {
        assertThat(only("Of the 10,000 North Korean soldiers who entered Russia.").unit()).isEqualTo("soldiers");
        assertThat(only("It employs 36,000 staff.").unit()).isEqualTo("staff");
        assertThat(only("They controlled several hundred square kilometres of land.").unit()).isEqualTo("square kilometres");
        assertThat(only("He ran 5 km.").unit()).isEqualTo("km");
    }

    @Test
    void readsQualifiersAndChanges() {
        assertThat(only("Up to 8,000 were deployed.").qualifier()).isEqualTo("<");
        assertThat(only("About 300 songs were recorded.").qualifier()).isEqualTo("~");
        assertThat(only("It has more than 1000 customers.").qualifier()).isEqualTo(">");
        assertThat(only("It needs at least 74 votes.").qualifier()).isEqualTo(">");
        assertThat(only("The index fell by 2.3% today.").qualifier()).isEqualTo("down");
        assertThat(only("Revenue rose 9.4 percent.").qualifier()).isEqualTo("up");
        assertThat(only("Costs increased by 18 degrees.").qualifier()).isEqualTo("up");
        assertThat(only("The team has 11 players.").qualifier()).isEqualTo("=");
    }

    @Test
    void marksVagueAmountsWithARepresentativeRange() {
        Quantity several = only("They held several hundred square kilometers.");
        assertThat(several.vague()).isTrue();
        assertThat(several.value()).isEqualTo(300);
        assertThat(several.upper()).isEqualTo(900);
        Quantity thousands = only("A deployment of thousands of North Korean soldiers.");
        assertThat(thousands.vague()).isTrue();
        assertThat(thousands.value()).isEqualTo(1000);
        assertThat(thousands.upper()).isEqualTo(10000);
        assertThat(thousands.unit()).isEqualTo("soldiers");
        assertThat(only("There are tens of thousands of students.").value()).isEqualTo(10000);
    }

    @Test
    void givesOffsetsIntoTheText() {
        String text = "Officials said up to 8,000 were deployed.";
        Quantity q = only(text);
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.surface()).isEqualTo("up to 8,000");
    }
}
