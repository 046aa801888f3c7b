package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Article;
import org.factdesk.model.Evidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a fact-check that states nearly the claim (80 % of its key words, in one sentence) ranked third, under
 * on-topic articles that repeat the subject's words. An archive of long fact-check articles on one subject, one of
 * which quotes the claim almost word for word.
 */
class NearlyTheSameClaimIT {
    @TempDir
    Path tmp;
    Archive archive;

    private static final String CLAIM = "At least 10,000 Poles have died fighting for Ukraine since the war began.";

    @BeforeEach
    void setUp() throws IOException {
        archive = Archive.open(tmp.resolve("archive"), Archive.Vectors.NONE);
        List<Article> docs = new ArrayList<>();
        docs.add(art("quoted", "Fact check: Polish losses in Ukraine",
                "A post shared thousands of times on social media makes a bold statement about foreign volunteers. "
                        + "Fact-checkers looked at the figures given by several governments and by independent monitors. "
                        + "The post says at least 10,000 Poles have died fighting for Ukraine. "
                        + "No government or monitor has published a figure anywhere near that. "
                        + "Researchers who track obituaries and funerals have counted a few dozen cases. "
                        + "The claim first appeared on a channel that has spread other invented figures. "
                        + "Our rating: false."));
        String[] onTopic = {
            "Polish volunteers in Ukraine: who they are. Poland has sent weapons and aid to Ukraine, and Polish volunteers"
                    + " have joined Ukrainian units. Polish officials say the volunteers go on their own. Poland's"
                    + " government warns Polish citizens about fighting in Ukraine. Ukraine thanks Poland for the aid."
                    + " Polish volunteers describe the fighting in eastern Ukraine.",
            "Poland and Ukraine: a year of war. Poland took in refugees from Ukraine, and Poles donated to Ukraine."
                    + " The war in Ukraine changed Poland's politics. Poles debate the aid to Ukraine; Polish farmers"
                    + " protest against Ukrainian grain. Since the war began, Poland has spent billions on Ukraine.",
            "Claims about foreign fighters in Ukraine. Many posts about foreign fighters in Ukraine give numbers of"
                    + " fighters who died. A post said Polish fighters died in Ukraine by the thousands; another said"
                    + " Poles were fighting in Ukraine for money. The war in Ukraine has brought many such claims about"
                    + " the fighting and about how many died since the war began.",
            "Funeral in Warsaw for a Polish volunteer who died in Ukraine. A Polish volunteer who died fighting in"
                    + " Ukraine was buried in Warsaw. Poles came to the funeral. Poland's president sent a letter. The"
                    + " volunteer went to Ukraine when the war began and died in the fighting near Bakhmut.",
            "Fact check: Ukraine war death toll figures. Figures for how many died in the war in Ukraine vary. Ukraine"
                    + " and Russia publish few numbers of soldiers who died. At least 10,000 civilians have died, the"
                    + " United Nations says. The fighting since the war began has killed many more soldiers.",
        };
        for (int i = 0; i < onTopic.length; i++) {
            int dot = onTopic[i].indexOf(". ");
            docs.add(art("topic" + i, onTopic[i].substring(0, dot), onTopic[i].substring(dot + 2)));
        }
        String[] elsewhere = {"Grain prices rose again this week as harvests in the south were delayed by rain.",
            "The city council approved new bicycle lanes along the river after a long debate.",
            "A new museum of modern art opened in the old harbour district on Saturday."};
        for (int i = 0; i < elsewhere.length; i++) {
            docs.add(art("other" + i, "Local news " + i, elsewhere[i]));
        }
        archive.importDocuments(docs, null);
    }

    @AfterEach
    void tearDown() throws IOException {
        archive.close();
    }

    private static Article art(String id, String title, String text) {
        return new Article(id, title, text, "Checks", LocalDate.of(2024, 3, 1), "https://example.org/" + id);
    }

    @Test
    void theArticleThatStatesNearlyTheClaimRanksFirst() {
        List<Evidence> hits = new EvidenceFinder(archive).find(TextClaims.of("c", CLAIM), null, 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().docId()).isEqualTo("quoted");
        assertThat(hits.getFirst().passage()).contains("10,000 Poles have died");
    }

    @Test
    void onTopicArticlesKeepTheirOrderWhenNoneStatesTheClaim() {
        List<Evidence> hits = new EvidenceFinder(archive).find(TextClaims.of("c",
                "Polish farmers blocked the border crossings with tractors for a week."), null, 10);
        List<Evidence> plain = ClaimMatch.statedFirst(hits, e -> 0.0);
        assertThat(hits).extracting(Evidence::docId).containsExactlyElementsOf(plain.stream().map(Evidence::docId).toList());
    }
}
