package org.factdesk.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.model.Quantity;
import org.junit.jupiter.api.Test;

class ModelNumbersTest {
    private static List<Quantity> named(String text) {
        ModelNumbers names = ModelNumbers.of(text);
        return new QuantityExtractor().extract(text).stream().filter(q -> names.names(text, q)).toList();
    }

    @Test
    void aNumberTheArticleUsesAfterANameIsANameEverywhere() {
        String text = "Sales of the Boeing 787 rose. The 787 program was late. Five 787-9 jets flew. "
                + "Destiny 2 runs at 4K. Players bought Destiny 2 on launch day.";
        assertThat(named(text)).extracting(Quantity::value).containsOnly(787.0, 2.0);
    }

    @Test
    void aReleaseTheArticleNumbersInThreePartsIsAVersionEverywhere() {
        String text = "This week we finished all the things that will go to 0.17.0. Even if 0.17 becomes stable soon, "
                + "we would still push things on top of it. Prices rose 0.17 percent.";
        ModelNumbers names = ModelNumbers.of(text);
        List<Quantity> qs = new QuantityExtractor().extract(text);
        // of the three, only the percentage is an amount
        assertThat(qs.stream().filter(q -> !names.names(text, q)).map(Quantity::value)).containsExactly(0.17);
        assertThat(qs.stream().filter(q -> q.value() == 0.17)).hasSizeGreaterThanOrEqualTo(2);
        // a date written with dots is no release
        String dated = "The law of 12.05.2019 raised the rate to 12.05 euros.";
        assertThat(new QuantityExtractor().extract(dated).stream().filter(q -> !ModelNumbers.of(dated).names(dated, q))
                .map(Quantity::value)).contains(12.05);
    }

    @Test
    void aNumberTheArticleKeepsWritingBeforeAModelsNameIsAName() {
        String text = "Crashes of its popular 737 Max jet hit sales. Its fleet of roughly 400 737 Max jets was grounded. "
                + "Some 60 of the embattled 737 Max jet were ordered.";
        assertThat(named(text)).extracting(Quantity::value).containsOnly(737.0);
        // a count before a people's name stays a count, however often
        String people = "About 300 Palestinians marched. The 300 Palestinians were stopped. Later 300 Palestinians left.";
        assertThat(named(people)).isEmpty();
        // once is a coincidence, not a model
        assertThat(named("Its fleet of roughly 400 737 Max jets was grounded.")).isEmpty();
    }

    @Test
    void countsAmountsAndPercentagesStayQuantities() {
        String text = "Sales of the Boeing 787 rose. Boeing sold 787 jets in 2019, worth $787 million,"
                + " and 787 percent more than 30 years ago. Russia 300 miles away.";
        // a count of the same digits after a lower-case word is read as the name too (the article calls it so);
        // money, percentages and a sentence without the name are not
        assertThat(named(text)).extracting(Quantity::surface).noneMatch(s -> s.contains("$") || s.contains("percent"));
        assertThat(named(text)).extracting(Quantity::value).doesNotContain(30.0, 300.0);
    }

    @Test
    void dayNamesMonthsAndACoincidenceOfDigitsAreNotNames() {
        String text = "They counted in March 40 more. Troops arrived. 300 soldiers stayed, said Ukraine 300 times.";
        assertThat(ModelNumbers.of(text).names(text, new QuantityExtractor().extract("300 soldiers stayed").getFirst()
                .shifted(text.indexOf("300 soldiers")))).isFalse();
        assertThat(named("Officials said on Tuesday 300 people had left.")).isEmpty();
        assertThat(named("These were the fixes I recommended to Mojang 2 years ago.")).isEmpty();
    }

    @Test
    void readsMegabytesInOnePass() {
        String text = "Sales of the Boeing 787 rose by 30 jets, said Ms. Jones. ".repeat(100_000)
                + "A" + "a".repeat(2_000_000) + " 787 " + "B-".repeat(1_000_000);
        assertThat(text.length()).isGreaterThan(9_000_000);
        ModelNumbers names = ModelNumbers.of(text);
        Quantity jets = new QuantityExtractor().extract("rose by 30 jets").getFirst().shifted(text.indexOf("30 jets") - 8);
        assertThat(names.names(text, jets)).isFalse();
    }
}
