package org.factdesk.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberNormalizerTest {
    private static String tokens(String text) {
        return NumberNormalizer.tokens(text);
    }

    @Test
    void writtenFormsOfTenThousandMeet() {
        assertThat(tokens("10,000 soldiers")).isEqualTo("num_10000");
        assertThat(tokens("10 000 soldiers")).isEqualTo("num_10000");
        assertThat(tokens("10k soldiers")).isEqualTo("num_10000");
        assertThat(tokens("ten thousand soldiers")).isEqualTo("num_10000");
        assertThat(tokens("Ten Thousand soldiers")).isEqualTo("num_10000");
    }

    @Test
    void readsCompoundWordNumbersDecimalsAndScales() {
        assertThat(tokens("two hundred and fifty people")).isEqualTo("num_250");
        assertThat(tokens("twenty-five tanks")).isEqualTo("num_25");
        assertThat(tokens("1.5 million doses")).isEqualTo("num_1500000");
        assertThat(tokens("$2.5bn budget")).isEqualTo("num_2500000000");
        assertThat(tokens("up to 8,000 and 12,000")).isEqualTo("num_8000 num_12000");
    }

    @Test
    void leavesPronounOneAndVagueScalesAlone() {
        assertThat(tokens("one of the officials said hundreds had left")).isEmpty();
        assertThat(tokens("the tenth anniversary")).isEmpty();
    }

    @Test
    void recognisesYears() {
        String text = "In 2019 about 2,019 people came";
        var found = NumberNormalizer.find(text);
        assertThat(NumberNormalizer.looksLikeYear(text, found.get(0))).isTrue();
        assertThat(NumberNormalizer.looksLikeYear(text, found.get(1))).isFalse();
    }

    @Test
    void aMegabyteOfWordsWithoutHyphensIsReadInLinearTime() {
        // each number-word check looked for a hyphen up to the end of the text: quadratic (19 MB took 457 s)
        String text = "three thousand ships and four more boats came ".repeat(100_000); // 4.7 MB
        long start = System.nanoTime();
        var found = NumberNormalizer.find(text);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds for 4.7 MB").isLessThan(20);
        assertThat(found).hasSize(200_000);
        assertThat(found.getFirst().token()).isEqualTo("num_3000");
    }

    @Test
    void aRunOfDigitsIsNoNumberAndLongSpacedGroupsDoNotBacktrack() {
        // a megabyte of digits would give Lucene an immense term and abort the import
        assertThat(tokens("serial " + "7".repeat(1_000_000) + " and 12 more")).isEqualTo("num_12");
        long start = System.nanoTime();
        String groups = "123 ".repeat(250_000) + "4567";
        assertThat(NumberNormalizer.find(groups)).isNotEmpty();
        assertThat((System.nanoTime() - start) / 1e9).as("seconds for spaced digit groups").isLessThan(20);
        assertThat(tokens("1 000 000 people")).isEqualTo("num_1000000");
    }
}
