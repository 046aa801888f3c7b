package org.factdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void doesNotBreakAtTitlesMonthsAcronymsInitialsOrDecimals() {
        String text = "Mr. Blinken met Gen. Smith on Jan. 5 in the U.S. Capitol with T. R. Reid. "
                + "Prices rose 3.5 percent. Next sentence here.";
        assertThat(split(text)).containsExactly(
                "Mr. Blinken met Gen. Smith on Jan. 5 in the U.S. Capitol with T. R. Reid.",
                "Prices rose 3.5 percent.",
                "Next sentence here.");
    }

    @Test
    void keepsANumberedHeadingOrListItemWhole() {
        assertThat(split("Here are 15 tips.\n1. Ditch the diet\n12. Eat breakfast. It helps."))
                .containsExactly("Here are 15 tips.", "1. Ditch the diet", "12. Eat breakfast.", "It helps.");
        assertThat(split("The vote was 52 to 48. The bill passed.")).hasSize(2);
    }

    @Test
    void splitsScriptsWithoutCapitalsAndChineseStops() {
        assertThat(split("엘제이는 반박하고 나섰다. 그것이 전부 거짓말이라며 증거들을 제시했다."))
                .containsExactly("엘제이는 반박하고 나섰다.", "그것이 전부 거짓말이라며 증거들을 제시했다.");
        assertThat(split("قال الوزير إن القوات انسحبت. وأضاف أن المحادثات ستستمر.")).hasSize(2);
        assertThat(split("部队已经撤离。谈判将继续进行！他说：“我们会回来。”然后离开了。"))
                .containsExactly("部队已经撤离。", "谈判将继续进行！", "他说：“我们会回来。”", "然后离开了。");
        assertThat(split("政府は発表した｡詳細は後日｡")).containsExactly("政府は発表した｡", "詳細は後日｡");
    }

    @Test
    void breaksAfterAcronymWhenANewSentenceClearlyStarts() {
        assertThat(split("He moved to the U.S. The move was quick.")).hasSize(2);
    }

    @Test
    void keepsAQuotationWithItsAttributionEvenWhenTheQuoteIsGluedToTheVerb() {
        String text = "“Very close contacts have been established. This makes it possible to act”for his part "
                + "welcomed the minister. “We have not yet seen these troops”added Mr. Blinken. Then it ended.";
        assertThat(split(text)).containsExactly(
                "“Very close contacts have been established. This makes it possible to act”for his part welcomed the minister.",
                "“We have not yet seen these troops”added Mr. Blinken.",
                "Then it ended.");
    }

    @Test
    void keepsAQuotedSentenceWithAttributionAfterTheClosingQuote() {
        String text = "\"We will win. They will lose.\" said the general. Another one.";
        assertThat(split(text)).containsExactly("\"We will win. They will lose.\" said the general.", "Another one.");
    }

    @Test
    void treatsLineBreaksAsBoundariesForHeadlinesWithoutFinalStop() {
        String text = "An escalation of tensions\nThe talks went on.\n\nRelated News :";
        assertThat(split(text)).containsExactly("An escalation of tensions", "The talks went on.", "Related News :");
    }

    @Test
    void returnsOffsetsIntoTheText() {
        String text = "  First one.  Second one.";
        var spans = splitter.split(text);
        assertThat(spans.get(0).start()).isEqualTo(2);
        assertThat(spans.get(1).of(text)).isEqualTo("Second one.");
    }

    @Test
    void cutsASentenceLongerThanTheLimitAtSpacesSoThatEveryStepStaysBounded() {
        String text = "word ".repeat(3000) + "end. Next sentence here.";
        var spans = new SentenceSplitter().split(text);
        assertThat(spans).allSatisfy(s -> assertThat(s.end() - s.start())
                .isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS));
        assertThat(spans.size()).isGreaterThan(4);
        // nothing is lost: the pieces cover every word, and a cut never falls inside one
        assertThat(spans.stream().mapToInt(s -> text.substring(s.start(), s.end()).split(" ").length).sum())
                .isEqualTo(3000 + 4);
        assertThat(spans.getLast().of(text)).isEqualTo("Next sentence here.");
    }
}
