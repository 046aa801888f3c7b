package org.factdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.extract.quantity.Units;
import org.factdesk.model.Article;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Quantity;
import org.factdesk.task.CancelledException;
import org.factdesk.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
    private static Article seed;
    private static List<Claim> claims;

    @BeforeAll
    static void extractSeed() throws IOException {
        String text;
        try (InputStream in = ClaimExtractorTest.class.getResourceAsStream("/factdesk/demo/seed-article.txt")) {
            text = in != null ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of("resources/demo/seed-article.txt"));
        }
        seed = new Article(Article.idForText(text), "Lavrov and Choe Son Hui", text, "", LocalDate.of(2024, 11, 1), "");
        claims = ClaimExtractor.createDefault().extract(seed);
    }

    private static Claim claimContaining(String words) {
        Optional<Claim> c = claims.stream().filter(x -> x.text().contains(words)).findFirst();
        assertThat(c).as("a claim containing '" + words + "'").isPresent();
        return c.get();
    }

    /** The claims of a saved page's text, read as the workbench reads it (published 18 November 2019). */
    private static List<Claim> claimsOfPage(String title, String text) {
        return ClaimExtractor.createDefault().extract(
                new Article(Article.idForText(text), title, text, "", LocalDate.of(2019, 11, 18), ""));
    }

    @Test
    void aCaptionThatShowsSomethingHasNoSpeaker() {
        String caption = "The bathtub ring at Lake Varne shows how far the water has fallen.";
        String text = caption + "\n\nLake Varne fell to 1,040 feet on Monday, the Water Board said.\n\n"
                + "The reservoir at Lake Varne supplies water to about 2.5 million people.";
        Article a = new Article(Article.idForText(text), "Drought", text, "", LocalDate.of(2024, 8, 12), "", "", null,
                "en", List.of(new org.factdesk.model.Span(0, caption.length())));
        List<Claim> found = ClaimExtractor.createDefault().extract(a);
        assertThat(found).filteredOn(c -> c.text().startsWith("The bathtub ring"))
                .allSatisfy(c -> assertThat(c.attribution()).isNull());
        assertThat(found).filteredOn(c -> c.text().contains("Water Board said")).singleElement()
                .satisfies(c -> assertThat(c.attribution().speaker()).isEqualTo("Water Board"));
        // outside a caption a study that shows something is still its source
        assertThat(ClaimExtractor.inCaption(a.captions(), new org.factdesk.model.Span(caption.length() + 2, 90))).isFalse();
    }

    @Test
    void aLongFormalTitleSpeaksUnlessItIsTheObjectOfAnotherTitle() {
        String text = "The Deputy Head of the Office of the President stressed the need to increase sanctions.\n\n"
                + "At the same time, the Adviser to the Head of the Office of the President of Ukraine stressed that the "
                + "talks would go on.\n\nAccording to the Deputy Head of the Office of the President, talks with "
                + "private investors are under way.";
        List<Claim> found = claimsOfPage("Readout", text);
        assertThat(found).filteredOn(c -> c.attribution() != null).extracting(c -> c.attribution().speaker())
                .contains("The Deputy Head of the Office of the President", "the Deputy Head of the Office of the President")
                .doesNotContain("the Head of the Office of the President of Ukraine");
    }

    private static Quantity quantity(Claim c, double value) {
        return c.quantities().stream().filter(q -> q.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity " + value + " in " + c.quantities()));
    }

    @Test
    void findsTheTroopNumbersWithNormalisedValuesUnitAndQualifier() {
        Claim c = claimContaining("10,000 North Korean soldiers");
        assertThat(quantity(c, 10000).unit()).isEqualTo("soldiers");
        assertThat(quantity(c, 8000).qualifier()).isEqualTo("<");
    }

    @Test
    void findsTheTreatyTermAsAnAgreementClaim() {
        Claim c = claimContaining("immediate military aid");
        assertThat(c.kind()).isEqualTo(ClaimKind.AGREEMENT);
        assertThat(c.agreement().agreement()).isEqualTo("comprehensive strategic partnership treaty");
        assertThat(c.agreement().obligation()).startsWith("immediate military aid");
        assertThat(c.agreement().parties()).containsExactlyInAnyOrder("Russia", "North Korea");
    }

    @Test
    void findsTheRatificationVoteWithItsDate() {
        Claim c = claimContaining("Federation Council must vote");
        assertThat(c.dates()).anySatisfy(d -> {
            assertThat(d.surface()).isEqualTo("November 6");
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 11, 6));
        });
        assertThat(c.kind()).isEqualTo(ClaimKind.EVENT);
    }

    @Test
    void findsTheTerritoryAsAVagueQuantitySinceEarlyAugust() {
        Claim c = claimContaining("several hundred square kilometers");
        Quantity q = c.quantities().get(0);
        assertThat(q.vague()).isTrue();
        assertThat(Units.canonical(q.unit())).isEqualTo("square kilometre");
        assertThat(c.dates()).anySatisfy(d -> assertThat(d.surface()).isEqualTo("early August"));
        assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
    }

    @Test
    void attributesTheQuotesOfChoeSonHuiAndLavrovAndKeepsTheMissileLaunch() {
        Claim choe = claimContaining("we will always stand firmly on the side of our Russian comrades");
        assertThat(choe.kind()).isEqualTo(ClaimKind.ATTRIBUTION);
        assertThat(choe.speaker()).isEqualTo("Choe Son Hui");
        assertThat(choe.attribution().direct()).isTrue();
        Claim lavrov = claimContaining("Very close contacts have been established");
        assertThat(lavrov.kind()).isEqualTo(ClaimKind.ATTRIBUTION);
        assertThat(lavrov.speaker()).isEqualTo("Sergei Lavrov");
        assertThat(claimContaining("10,000 North Korean soldiers").speaker()).isEqualTo("Antony Blinken");
        claimContaining("intercontinental missile");
    }

    @Test
    void dropsShortHeadlineFragments() {
        assertThat(claims).noneMatch(c -> c.text().equals("An escalation of tensions"));
        assertThat(claims).noneMatch(c -> c.text().startsWith("Related News"));
    }

    @Test
    void theNumbersOfAListicleHeadingsAreNotClaims() {
        String text = "Here are 15 tips to help overcome binge eating.\n\n1. Ditch the diet\n\nFad diets can often be"
                + " very unhealthy, and one study of 146 people found that strict dieting led to more binge eating.\n\n"
                + "2. Avoid skipping meals\n\nSetting a regular eating schedule is one of the most effective ways to"
                + " overcome binge eating.";
        List<Claim> found = claimsOfPage("15 Tips to Overcome Binge Eating", text);

        assertThat(found).noneMatch(c -> c.text().matches("\\d+\\.?"));
        assertThat(found).noneMatch(c -> c.text().contains("Ditch the diet") || c.text().contains("Avoid skipping"));
        assertThat(found).anyMatch(c -> c.text().contains("146 people"));
    }

    @Test
    void labelsWithASmallNumberAndAChartsTicksAreNotClaims() {
        List<Claim> labels = claimsOfPage("Meal prep", "Meal 1\n\nTwo eggs and toast.\n\n3. update task statuses\n\n"
                + "Sonos Move for $400\n\nEat every 2–3 hours\n\nCasualties: 1,200");
        assertThat(labels).extracting(Claim::text).doesNotContain("Meal 1", "3. update task statuses")
                .contains("Sonos Move for $400", "Eat every 2–3 hours", "Casualties: 1,200");
        assertThat(claimsOfPage("Debt", "Interest will cost $915 billion in 2028, the budget office said.\n\n$915\n\n600\n\n’18"))
                .extracting(Claim::text).containsExactly("Interest will cost $915 billion in 2028, the budget office said.");
    }

    @Test
    void aModelsNumberIsANameWhereverTheArticleUsesIt() {
        // an article about a model names it again and again (here three times each)
        String text = "Emirates ordered 30 of Boeing's 787-9 Dreamliner jets on Wednesday, its first 787 order this year.\n\n"
                + "The 777 program has faced delays due to engine problems: orders for the Boeing 777 fell by 30 as the first 777"
                + " flight slipped.\n\n"
                + "Its fleet of roughly 400 737 Max jets has been grounded since March after two crashes of the Boeing 737 Max"
                + " killed 346 people. The 737 Max may fly again next year.\n\nIt comes in addition to five 787 Dreamliner sales earlier this week.\n\n"
                + "Gamers paid $129 for the bundle, which includes a copy of Destiny 2 and 3 months of service.\n\n"
                + "Destiny 2 runs at 1080p on the service; the subscription includes a single game today — Destiny 2.";
        List<Claim> found = claimsOfPage("Emirates orders Boeing jets", text);
        List<Double> values = found.stream().flatMap(c -> c.quantities().stream()).map(Quantity::value).toList();

        assertThat(values).doesNotContain(787.0, 777.0, 737.0, 400737.0);
        assertThat(values).contains(30.0, 400.0, 2.0, 346.0, 129.0, 3.0); // "two crashes" counts
        assertThat(found.stream().flatMap(c -> c.quantities().stream())).noneMatch(q -> q.surface().startsWith("2"));
    }

    @Test
    void promptsToTheReaderAndPromisesToUpdateThePostAreNotClaims() {
        String text = "Mojang fixed 12 of the 14 exploits reported in 2019, the company said.\n\nArs is asking Mojang for"
                + " comment and will update this post if company officials respond.\n\nSurely we left some of your favorite"
                + " gadgets off this list of 20. Leave a comment and let us know what your favorite gadget of 2019 is.";
        List<Claim> found = claimsOfPage("Minecraft exploit", text);

        assertThat(found).noneMatch(c -> c.text().contains("will update this post") || c.text().startsWith("Leave a comment"));
        assertThat(found).anyMatch(c -> c.text().startsWith("Mojang fixed 12"));
    }

    @Test
    void theStorysCreditsAreNotClaims() {
        String text = "The EU will send Ukraine 1 million shells in 12 months, diplomats said on Monday.\n\n"
                + "Associated Press writer Lorne Cook contributed to this report.\n\nReuters contributed additional"
                + " reporting for this story.\n\nReporting by Jan Strupczewski; Editing by Alex Richardson and Ed Osmond";
        List<Claim> found = claimsOfPage("Shells for Ukraine", text);

        assertThat(found).extracting(Claim::text).noneMatch(t -> t.contains("contributed") || t.startsWith("Reporting by"))
                .anyMatch(t -> t.startsWith("The EU will send"));
    }

    @Test
    void aSentenceInsideAQuotationIsItsSpeakers() {
        String text = "EU countries agreed on Monday to send Ukraine one million artillery shells.\n\n"
                + "\u201cThis is a historic step,\u201d EU foreign policy chief Josep Borrell said after the meeting."
                + " \u201cWe are delivering on our promise of 1 million shells.\u201d\n\n"
                + "The plan will cost 2 billion euros. Critics said 300,000 shells were delivered by May.\n\n"
                + "\u201cHe looked surprised,\u201d Elise Matthesen wrote in an email. \u201cNot pained at all.\u201d Although he"
                + " left 3 wills, none was valid. The two had \u201cmarried\u201d in 2001 at a convention in Boston.";
        List<Claim> found = claimsOfPage("Shells for Ukraine", text);

        assertThat(found).filteredOn(c -> c.text().contains("our promise")).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.ATTRIBUTION);
            assertThat(c.attribution().speaker()).isEqualTo("Josep Borrell");
        });
        // a sentence after the quotation is not inside it
        assertThat(found).filteredOn(c -> c.text().startsWith("The plan will cost")).singleElement()
                .satisfies(c -> assertThat(c.attribution()).isNull());
        // nor is the narration between two quoted pieces of one paragraph
        assertThat(found).filteredOn(c -> c.text().startsWith("Although he left")).singleElement()
                .satisfies(c -> assertThat(c.attribution()).isNull());
    }

    @Test
    void everySentenceOfAnInterviewAnswerIsTheSpeakersAndALettersSalutationIsNoSpeaker() {
        String text = "We asked Health Minister Lena Varga about the 310,000 patients waiting.\n\n"
                + "Varga: The list grew from 150,000 to 310,000 because of the pandemic. We have already hired 2,400"
                + " nurses.\n\nQ: When will the list shrink?\n\nVarga: By the end of 2026.\n\n"
                + "DEAR ABBY: My husband of 20 years just bought 2 plane tickets to India. Should I go?";
        List<Claim> found = claimsOfPage("Interview", text);

        assertThat(found).filteredOn(c -> c.text().startsWith("We have already hired")).singleElement()
                .satisfies(c -> assertThat(c.attribution().speaker()).isEqualTo("Lena Varga"));
        assertThat(found).filteredOn(c -> c.text().contains("plane tickets"))
                .allSatisfy(c -> assertThat(c.attribution()).isNull());
    }

    @Test
    void aReportingClauseThatClosesTheSentenceNamesItsSpeaker() {
        String text = "Veldan will ban the sale of new petrol and diesel cars from 2030, five years earlier than planned,"
                + " the transport minister has confirmed.";
        List<Claim> found = claimsOfPage("Petrol cars", text);
        assertThat(found).singleElement().satisfies(c -> assertThat(c.attribution().speaker())
                .isEqualTo("the transport minister"));
    }

    @Test
    void aChangeWhoseEndsStandEitherSideOfAYearKeepsItsValues() {
        String text = "Most of the overspend came from agency nurses, whose cost rose from 85 million euros in 2021 to 240"
                + " million euros in 2023.\n\nThe clinic opened on 5 March 2021 with 40 beds.";
        List<Claim> found = claimsOfPage("Audit", text);
        assertThat(found).filteredOn(c -> c.text().startsWith("Most of")).singleElement().satisfies(c -> {
            assertThat(c.quantities()).singleElement().satisfies(q -> {
                assertThat(q.value()).isEqualTo(240_000_000.0);
                assertThat(q.from()).isEqualTo(85_000_000.0);
            });
        });
        assertThat(found).flatExtracting(Claim::quantities).extracting(Quantity::value).doesNotContain(5.0, 2021.0);
    }

    @Test
    void theParagraphAfterASpeakersColonIsTheSpeakersAndThePressContactIsNoClaim() {
        String text = "Small businesses will receive 60 million euros over two years.\n\nEducation Secretary Gillian"
                + " Keegan said:\n\nApprenticeships are a brilliant way to earn while you learn. This funding will help"
                + " 20,000 more young people start one.\n\nFor media enquiries contact the press office on 020 7783 8300.";
        List<Claim> found = claimsOfPage("Apprenticeships", text);
        assertThat(found).filteredOn(c -> c.text().startsWith("This funding")).singleElement()
                .satisfies(c -> assertThat(c.attribution().speaker()).isEqualTo("Gillian Keegan"));
        assertThat(found).noneMatch(c -> c.text().contains("media enquiries"));
    }

    @Test
    void anOpinionPagesDisclaimerAndItsListOfSourcesAreNoClaims() {
        String text = "The harbour tax will raise 40 million euros a year, the council says, but it will cost 3,000 jobs.\n\n"
                + "The views expressed in this article are the author's own and do not necessarily reflect those of the"
                + " Veldan Herald.\n\nSources: Veldan Statistics Office, Harbour Trust annual report 2023.\n\n"
                + "The poll does not necessarily reflect the views of all 40,000 voters, analysts said.\n\n"
                + "Sources: the president will sign 12 orders on Monday.";
        List<Claim> found = claimsOfPage("Harbour tax", text);
        assertThat(found).noneMatch(c -> c.text().startsWith("The views") || c.text().startsWith("Sources: Veldan"))
                .anyMatch(c -> c.text().startsWith("The poll does not necessarily"))
                .anyMatch(c -> c.text().startsWith("Sources: the president"));
    }

    @Test
    void theNoteAboutTheAuthorThatClosesAnOpinionPieceIsNoClaim() {
        String text = "Jane Roe is right that the harbour tax will raise 40 million euros a year, the council says.\n\n"
                + "But it will cost the port 3,000 jobs, according to the port's own figures.\n\n"
                + "Jane Roe is a professor of economics at Veldan University and a former adviser to the finance ministry.";
        Article article = new Article("a-bio", "Why the harbour tax is a mistake", text, "Veldan Herald",
                LocalDate.of(2024, 3, 1), "", "By Jane Roe", null, "en", List.of());
        List<Claim> found = ClaimExtractor.createDefault().extract(article);
        assertThat(found).noneMatch(c -> c.text().contains("professor of economics"))
                .anyMatch(c -> c.text().startsWith("Jane Roe is right"));
    }

    @Test
    void aTableRowHasNoSpeaker() {
        String text = "The festival showed 40 films this year, the organisers said.\n\nMagnetic | 2015 | Alice is stuck in a"
                + " time loop, repeating each week, trying to find a way to prevent the Earth from being destroyed.";
        List<Claim> found = claimsOfPage("Festival", text);

        assertThat(found).filteredOn(c -> c.text().contains(" | ")).allMatch(c -> c.attribution() == null);
        assertThat(found).filteredOn(c -> c.text().startsWith("The festival")).singleElement()
                .satisfies(c -> assertThat(c.attribution().speaker()).isEqualTo("the organisers"));
    }

    @Test
    void aTableIsOneClaimWithItsHeaderNotOneARow() {
        StringBuilder text = new StringBuilder("The project had 21 active developers last year, the report said.\n\n"
                + "Name | Changesets | Share\n\n");
        for (int i = 0; i < 45; i++) {
            text.append("Developer ").append((char) ('A' + i % 26)).append(i).append(" | ").append(100 - i).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", 2.0 - i * 0.04)).append("%\n\n");
        }
        text.append("Contributions fell by 12% in the second half.");
        List<Claim> found = claimsOfPage("Changesets", text.toString());

        List<Claim> tables = found.stream().filter(c -> c.text().contains(" | ")).toList();
        assertThat(tables).hasSize(2); // 46 lines in claims of at most 40 lines
        assertThat(tables.get(0).text()).startsWith("Name | Changesets | Share").contains("Developer A0 | 100 | 2.0%");
        assertThat(tables.get(0).kind()).isEqualTo(ClaimKind.QUANTITY);
        assertThat(tables.get(0).quantities()).hasSizeGreaterThan(40);
        assertThat(tables.get(1).start()).isGreaterThanOrEqualTo(tables.get(0).end());
        for (Claim c : tables) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
        assertThat(found).anyMatch(c -> c.text().startsWith("The project had 21"))
                .anyMatch(c -> c.text().startsWith("Contributions fell"));
        // two rows stay claims of their own
        List<Claim> small = claimsOfPage("Small", "Name | Changesets\n\nAnn Lee | 63 changesets\n\nBo Ma | 56 changesets");
        assertThat(small).filteredOn(c -> c.text().contains(" | ")).hasSize(2);
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aMegabyteTableIsJoinedInOnePass() {
        StringBuilder text = new StringBuilder("Name | Changesets | Share\n\n");
        int rows = 40_000; // about 1.2 MB
        for (int i = 0; i < rows; i++) {
            text.append("Dev").append(i).append(" | ").append(i % 97 + 3).append(" | ").append(i % 9 + 1).append(".5%\n\n");
        }
        Article article = new Article(Article.idForText(text.toString()), "Stats", text.toString(), "", null, "");
        List<Claim> rowClaims = new java.util.ArrayList<>();
        int at = text.indexOf("\n\n") + 2;
        while (at < text.length()) {
            int end = text.indexOf("\n\n", at);
            String row = text.substring(at, end);
            rowClaims.add(new Claim(Claim.idFor(article.id(), row), article.id(), row, ClaimKind.QUANTITY, at, end, 0.5,
                    List.of(), null, null, List.of()));
            at = end + 2;
        }

        List<Claim> joined = TableClaims.joined(article, rowClaims);

        assertThat(joined).hasSize((rows + 1 + TableClaims.MAX_ROWS - 1) / TableClaims.MAX_ROWS);
        assertThat(joined.getFirst().text()).startsWith("Name | Changesets | Share");
        for (int k = 1; k < joined.size(); k++) {
            assertThat(joined.get(k).start()).isGreaterThanOrEqualTo(joined.get(k - 1).end());
        }
    }

    @Test
    void aCountBeforeAModelsNumberCountsWhatTheModelIs() {
        String text = "Sales were hit after two crashes of its popular 737 Max jet in five months. "
                + "Its fleet of roughly 400 737 Max jets around the world has been grounded since March. "
                + "Bids came for some 60 of the embattled 737 Max jet from three carriers.";
        List<Claim> found = claimsOfPage("Boeing", text);
        assertThat(found).filteredOn(c -> c.text().startsWith("Its fleet")).singleElement()
                .satisfies(c -> assertThat(c.quantities()).extracting(Quantity::value, Quantity::unit)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(400.0, "jets")));
    }

    @Test
    void theEntriesOfAReferenceListAreNotClaims() {
        String text = "Mozilla had 1,000 employees in 2014, the foundation said.\n\nReferences\n\n"
                + "^ Festa, Paul (May 6, 2003). \"Mozilla's independence day\". CNET.\n\n"
                + "^ Baker, Mitchell (3 April 2014). \"Brendan Eich steps down\".\n\n80. ISBN 978-1476668413.\n\n"
                + "Archived from the original on October 4, 2002. Retrieved 5 June 2019.";
        List<Claim> found = claimsOfPage("Mozilla", text);

        assertThat(found).extracting(Claim::text).noneMatch(t -> t.startsWith("^") || t.contains("ISBN")
                        || t.startsWith("Archived") || t.startsWith("Retrieved"))
                .anyMatch(t -> t.startsWith("Mozilla had 1,000 employees"));
    }

    @Test
    void theSignatureUnderAnEmbeddedPostIsNotAClaim() {
        String text = "The governor said the campaign had worked.\n\nMeth. We're on it. South Dakota's new campaign cost"
                + " $449,000 and drew mockery online on Monday.\n\n— Governor Kristi Noem (@govkristinoem) November 18, 2019";
        List<Claim> found = claimsOfPage("Meth campaign", text);

        assertThat(found).noneMatch(c -> c.text().contains("(@govkristinoem)"));
        assertThat(found).anyMatch(c -> c.text().contains("$449,000"));
    }

    @Test
    void aNoteAboutThePageIsNotAClaimButACorrectionIs() {
        String text = "NASA picked five companies on Nov. 18, 2019 to bid for $2.6 billion of lunar deliveries.\n\n"
                + "Editor's note: This story was updated at 5:45 p.m. ET to include details from the NASA telecon.\n\n"
                + "This article has been adapted from its original source.\n\nOriginally published on Live Science on"
                + " Nov. 18, 2019.\n\nCorrection: This story was updated to correct the number of companies, 5, not 14.\n\n"
                + "A version of this article appears in print on Nov. 19, 2019, Section A, Page 18 of the New York"
                + " edition with the headline: NASA Picks 5 Firms.";
        List<Claim> found = claimsOfPage("Moon landers", text);

        assertThat(found).noneMatch(c -> c.text().contains("telecon") || c.text().contains("adapted")
                || c.text().contains("Live Science") || c.text().contains("appears in print"));
        assertThat(found).anyMatch(c -> c.text().contains("$2.6 billion"));
        assertThat(found).anyMatch(c -> c.text().startsWith("Correction"));
    }

    @Test
    void aPageInAnotherLanguageGetsNoSpeakersFromTheEnglishRules() {
        String text = "하지만 이러한 류화영의 폭로에 대해 엘제이 역시 반박하고 나섰다. 그것이 전부 거짓말이라며 그 증거들을 제시했다.\n\n"
                + "류화영은 한 매체에 자신의 입장을 털어놓으며, 엘제이와의 관계를 전면 부정했다. 약 1년 전부터 알고 지냈다고 말했다.";
        List<Claim> found = claimsOfPage("엘제이-류화영", text);

        assertThat(found).allMatch(c -> c.speaker() == null && c.kind() != ClaimKind.ATTRIBUTION);
    }

    @Test
    void givesStableIdsAndOffsetsIntoTheArticleSortedByStart() {
        for (Claim c : claims) {
            assertThat(seed.text().substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.id()).isEqualTo(Claim.idFor(seed.id(), c.text()));
            assertThat(c.score()).isBetween(0.0, 1.0);
            c.quantities().forEach(q -> assertThat(seed.text().substring(q.start(), q.end())).isEqualTo(q.surface()));
            c.dates().forEach(d -> assertThat(seed.text().substring(d.start(), d.end())).isEqualTo(d.surface()));
        }
        assertThat(claims).isSortedAccordingTo(java.util.Comparator.comparingInt(Claim::start));
        assertThat(ClaimExtractor.createDefault().extract(seed)).extracting(Claim::id)
                .containsExactlyElementsOf(claims.stream().map(Claim::id).toList());
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClaimExtractor.createDefault().extract(seed, cancelled))
                .isInstanceOf(CancelledException.class);
    }
    @Test
    void listEntriesCitedTitlesAndTourDatesStateNothing() {
        String text = "The band announced a tour of 30 cities on Monday, its first in a decade.\n\n"
                + "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n\n"
                + "\"The Last Day of Summer DVD Review\" .\n\n"
                + "Tyvak Nano-Satellite Systems Inc., Irvine, California\n\n"
                + "Stadia Is Essentially A Beta Version Until Next Year, But The Price Tag Isn't Cheap\n\n"
                + "THE GOVERNMENT IS HIDING THE REAL DEATH TOLL FROM ALL OF US\n\n"
                + "Sonos Move for $400\n";
        List<String> found = claimsOfPage("Tour", text).stream().map(Claim::text).toList();
        assertThat(found).noneMatch(t -> t.startsWith("June 9")).noneMatch(t -> t.contains("DVD Review"))
                .noneMatch(t -> t.startsWith("Tyvak"));
        // a Title Case line with a verb, a line in capitals and a priced item stay
        assertThat(found).anyMatch(t -> t.startsWith("Stadia Is")).anyMatch(t -> t.startsWith("THE GOVERNMENT"))
                .anyMatch(t -> t.startsWith("Sonos Move"));
        assertThat(ClaimExtractor.isVerblessFragment("每帳$600 兩間衛浴使用燒材鍋爐")).isFalse();
        assertThat(ClaimExtractor.isVerblessFragment("Путин прибыл в Пекин.")).isFalse();
        assertThat(ClaimExtractor.isVerblessFragment("Путин, Си Цзиньпин")).isTrue();
    }
}
