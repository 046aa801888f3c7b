package org.factdesk.archive;

import org.factdesk.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTest {
    @Test
    void splitsParagraphsAndJoinsADatelineToTheNextOne() {
        String text = "MOSCOW, Nov 1\n\nThe upper house will vote on the treaty on 6 November, officials said today.\n\n"
                + "Separately, the ministry reported shelling near the border overnight and damage to two villages.";
        List<Span> passages = Passages.split(text);
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).of(text)).startsWith("MOSCOW, Nov 1").endsWith("officials said today.");
    }

    @Test
    void cutsALongParagraphIntoWindowsOfSentences() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append("Sentence number ").append(i).append(" says something long enough to matter here. ");
        }
        String text = sb.toString().strip();
        List<Span> passages = Passages.split(text);
        assertThat(passages).hasSize(4);
        assertThat(passages).allSatisfy(p -> assertThat(p.of(text)).startsWith("Sentence number").endsWith("here."));
    }
}
