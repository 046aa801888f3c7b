package org.factdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.read.page.Block;
import org.junit.jupiter.api.Test;

class ArticleAssemblyTest {
    @Test
    void aPullQuoteThatRepeatsTheTextIsLeftOutAndAQuotationOfItsOwnStays() {
        List<Block> blocks = List.of(
                Block.paragraph("Varga: That is simply wrong. Every one of the 2,400 is a new post, funded by the budget."),
                new Block(Block.Kind.QUOTE, "\u201cEvery one of the 2,400 is a new post.\u201d"),
                new Block(Block.Kind.QUOTE, "We will not close a single rural clinic this year, the minister wrote."),
                new Block(Block.Kind.QUOTE, "Too short here"));
        String text = ArticleAssembly.body(blocks, "Interview").text();

        assertThat(text).doesNotContain("\u201cEvery one").contains("funded by the budget")
                .contains("We will not close a single rural clinic").contains("Too short here");
    }

    @Test
    void ofTwoEqualPullQuotesTheFirstStays() {
        Block quote = new Block(Block.Kind.QUOTE, "Nobody in this town has seen a flood like this one.");
        String text = ArticleAssembly.body(List.of(Block.paragraph("The river rose 4 metres."), quote, quote), "").text();
        assertThat(text).isEqualTo("The river rose 4 metres.\n\nNobody in this town has seen a flood like this one.");
    }

    @Test
    void aMegabyteOfQuotationsIsReadQuickly() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            blocks.add(new Block(Block.Kind.QUOTE, "Quotation number " + i + " says something else entirely here."));
        }
        long started = System.nanoTime();
        String text = ArticleAssembly.body(blocks, "").text();
        assertThat(text).hasSizeGreaterThan(1_000_000);
        // a body this long is not searched (nor, in a shorter one, more than MAX_PULL_QUOTES quotes): all stay
        assertThat(text.split("\n\n")).hasSize(20_000);
        assertThat(System.nanoTime() - started).as("well under a few seconds").isLessThan(5_000_000_000L);
    }
}
