package org.factdesk.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.Span;
import org.junit.jupiter.api.Test;

/** The speakers of issue 19: what a fact-checker can publish as a claim's author. */
class PublishableSpeakerTest {
    private final AttributionExtractor extractor = new AttributionExtractor();

    private Attribution only(String text) {
        List<Attribution> all = extractor.extract(text);
        assertThat(all).as(text).hasSize(1);
        return all.getFirst();
    }

    @Test
    void aRebuttalIsNotTheSpeechOfItsSubject() {
        Attribution a = only("There is no evidence that Sweden confirmed the deployment of NATO troops to Finland.");
        assertThat(a.speaker()).isNull();
        assertThat(a.source().of("There is no evidence that Sweden confirmed the deployment of NATO troops to Finland."))
                .isEqualTo("Sweden");
        assertThat(only("It is not true that Macron said France would send troops.").speaker()).isNull();
        assertThat(only("Did Zelensky say that Ukraine would attack Moscow?").speaker()).isNull();
    }

    @Test
    void whatSomeoneDidNotSayIsNotTheirSpeech() {
        assertThat(only("Peskov did not say that Russia would use nuclear weapons.").speaker()).isNull();
        assertThat(only("Zelensky never said that Ukraine would give up Crimea.").speaker()).isNull();
        assertThat(extractor.extract("Biden didn't say that Russia could take a small part of Ukraine."))
                .extracting(Attribution::speaker).containsOnlyNulls();
        assertThat(only("Peskov said that Russia would not use nuclear weapons.").speaker()).isEqualTo("Peskov");
    }

    @Test
    void aFalseClaimOfSomeoneAboutSomeoneElseKeepsItsOwnSpeakerOnly() {
        String text = "Russian state media falsely claimed that Sweden confirmed sending troops.";
        List<Attribution> all = extractor.extract(text);
        assertThat(all).extracting(Attribution::speaker).contains("Russian state media").doesNotContain("Sweden");
        assertThat(AttributionExtractor.mainAttribution(all, 0, text.length()).speaker()).isEqualTo("Russian state media");
    }

    @Test
    void aPictureThatShowsSomethingIsACaptionNotASpeaker() {
        assertThat(extractor.extract("This Sierra Nevada Corp. illustration shows a concept of the company's lunar lander."))
                .extracting(Attribution::speaker).containsOnlyNulls();
        assertThat(extractor.extract("The satellite image shows that the bridge was destroyed on Tuesday."))
                .extracting(Attribution::speaker).containsOnlyNulls();
        assertThat(extractor.extract("Drone footage shows scale of California wildfire"))
                .extracting(Attribution::speaker).containsOnlyNulls();
        // a source that shows something by counting or stating keeps its name
        assertThat(extractor.extract("The survey shows that 40 percent of voters oppose the plan."))
                .extracting(Attribution::speaker).contains("The survey");
        assertThat(extractor.extract("The ministry's map claims that Russian troops hold the town."))
                .extracting(Attribution::speaker).contains("The ministry's map");
    }

    @Test
    void theNameAnAsideDescribesSpeaksInTheAsidesRelativeClause() {
        String text = "Senator James Lankford, an Oklahoma Republican who warned of the deficit's dangers in the past, "
                + "nevertheless played down that threat on the Senate floor.";
        assertThat(extractor.extract(text)).extracting(Attribution::speaker).contains("James Lankford")
                .doesNotContain("an Oklahoma Republican");
        String twoAsides = "Omar Lamrani, a senior military analyst at Stratfor, the Texas-based intelligence "
                + "organization, told Business Insider the claim was wrong.";
        assertThat(extractor.extract(twoAsides)).extracting(Attribution::speaker).containsExactly("Omar Lamrani");
        // without a name before it, the aside's noun is the speaker
        assertThat(extractor.extract("An Oklahoma Republican who warned of the deficit's dangers voted for it."))
                .extracting(Attribution::speaker).doesNotContain("James Lankford");
    }

    @Test
    void aWordInsideANameAfterATitleIsNoCue() {
        // the classifier took "Yoon" after "President" for a verb, and "President" for its speaker
        assertThat(extractor.extract("President Yoon Suk Yeol apologized on Saturday.")).extracting(Attribution::speaker)
                .doesNotContain("President");
        assertThat(extractor.extract("President Yoon Suk Yeol said on Saturday that he would stay."))
                .extracting(Attribution::speaker).containsExactly("Yoon Suk Yeol");
        // a headline's capitalised verb stays a cue
        assertThat(extractor.extract("Ted Cruz Hints Trump Would Get Border Wall Contract")).isNotEmpty();
    }

    @Test
    void aRegionOfACountryIsNoPersonButAPersonNamedLikeACountryIs() {
        String text = "The man ate rabbit meat in Inner Mongolia on November 5. Officials in Mongolia said the risk was low.";
        assertThat(extractor.extract(text)).extracting(Attribution::speaker).doesNotContain("Inner Mongolia");
        assertThat(extractor.extract("Michael Jordan said he would play. Jordan added that he was tired."))
                .extracting(Attribution::speaker).containsExactly("Michael Jordan", "Michael Jordan");
    }

    @Test
    void adjectivesBeforeANounTakenForACueNameNoOne() {
        for (String text : List.of(
                "New pipes will be made of a more durable, graphite-rich cast iron known as ductile iron.",
                "The Luminoth used their great Light to engineer a small pocket universe, a dark lifeless echo of existence.",
                "The adults mostly had that fit-and-flawless look about them that was so common in this gym.",
                "On a small, rainy planet called Zebes, the last known Chozo colony had watched the stars.")) {
            assertThat(extractor.extract(text)).as(text).extracting(Attribution::speaker)
                    .noneMatch(sp -> sp != null && (sp.endsWith("rich") || sp.endsWith("lifeless")
                            || sp.endsWith("flawless") || sp.endsWith("planet")));
        }
        // a group named by an adjective still speaks, and so does a firm based somewhere
        assertThat(extractor.extract("The homeless said the shelters were full.")).extracting(Attribution::speaker)
                .containsExactly("The homeless");
        assertThat(extractor.extract("A Texas-based firm said the claim was wrong.")).extracting(Attribution::speaker)
                .containsExactly("A Texas-based firm");
    }

    @Test
    void timePassingNamesNoOne() {
        assertThat(extractor.extract("As years passed, Samus Aran accepted further missions from the Federation."))
                .extracting(Attribution::speaker).doesNotContain("years");
        assertThat(extractor.extract("Years of research show that the drug works.")).extracting(Attribution::speaker)
                .contains("Years of research");
    }

    @Test
    void whatACueVerbRaisedIsNoSecondCue() {
        assertThat(extractor.extract("The group raised alarm over the new rules on Monday."))
                .extracting(Attribution::speaker).containsOnly("The group");
    }

    @Test
    void aSecondVerbJoinedByAndHasTheFirstOnesSpeaker() {
        assertThat(extractor.extract("The group criticised the deal and said that employees were told to sign."))
                .extracting(Attribution::speaker).containsOnly("The group");
        // "However," opens the sentence; the subject after it speaks
        assertThat(extractor.extract("However, the group raised alarm at the terms, and said that employees were told "
                + "to sign by Monday.")).extracting(Attribution::speaker).containsOnly("the group");
        assertThat(extractor.extract("The private equity firm Alden Capital owns 90 papers and boasts that it saved "
                + "them.")).extracting(Attribution::speaker).containsOnly("Alden Capital");
        // a verb that reports nothing gets no speaker from the noun before it
        assertThat(extractor.extract("A flu outbreak affected three dozen immigrants and required a suspension."))
                .extracting(Attribution::speaker).doesNotContain("A flu outbreak", "A");
    }

    @Test
    void aSitesNameKeepsItsDot() {
        assertThat(extractor.extract("However, mozilla.org wants to emphasize that these builds are for testing."))
                .extracting(Attribution::speaker).containsOnly("mozilla.org");
        assertThat(extractor.extract("Amazon.com said that sales rose.")).extracting(Attribution::speaker)
                .containsOnly("Amazon.com");
    }

    @Test
    void aSourceAfterAccordingToEndsWhereAClauseOpens() {
        assertThat(extractor.extract("Each group will play a final for a spot at the tournament according to UEFA as "
                + "part of the playoffs.")).extracting(Attribution::speaker).containsOnly("UEFA");
    }

    @Test
    void aNounAfterOwnIsNoCue() {
        assertThat(extractor.extract("In 1907 Alfred Stieglitz gave Smith her own show at his gallery."))
                .extracting(Attribution::speaker).doesNotContain("gave Smith her own");
    }

    @Test
    void aNounJoinedInsideAnOfPhraseStaysInTheSubject() {
        assertThat(extractor.extract("The heads of state and government spoke about important aspects of cooperation."))
                .extracting(Attribution::speaker).containsOnly("The heads of state and government");
        assertThat(extractor.extract("Putin met Kim and officials said the talks went well."))
                .extracting(Attribution::speaker).containsOnly("officials");
    }

    @Test
    void aPassiveWithAnAdverbBeforeItsVerbNamesNoSpeaker() {
        assertThat(extractor.extract("Security guarantees for Ukraine were also discussed separately."))
                .extracting(Attribution::speaker).doesNotContain("Security guarantees for Ukraine");
    }

    @Test
    void theHeadOfStateIsThePresident() {
        String text = "President of Ukraine Volodymyr Zelenskyy met Minister of Defense Oleksiy Reznikov and Head of the Security "
                + "Service Ivan Bakanov. The Head of State initiated the formation of a coalition and stressed the "
                + "importance of its creation.";
        assertThat(extractor.extract(text)).extracting(Attribution::speaker).contains("Volodymyr Zelenskyy")
                .doesNotContain("Oleksiy Reznikov", "Ivan Bakanov");
    }

    @Test
    void aPrepositionalPhraseIsNoSpeaker() {
        assertThat(extractor.extract("And so, owing to these restrictions, we are compelled to develop our own "
                + "engineering schools.")).extracting(Attribution::speaker).doesNotContain("owing to these restrictions");
    }

    @Test
    void whoeverARelativeClauseDescribesSpeaks() {
        assertThat(extractor.extract("Officials who spoke on condition of anonymity said the talks failed."))
                .extracting(Attribution::speaker).containsOnly("Officials");
        assertThat(extractor.extract("Residents who fled the city said the bridge was destroyed."))
                .extracting(Attribution::speaker).containsOnly("Residents");
        assertThat(extractor.extract("Officials who were not authorized to speak publicly said the plan was dead."))
                .extracting(Attribution::speaker).containsOnly("Officials");
        assertThat(extractor.extract("Officials speaking on condition of anonymity said the plan was dead."))
                .extracting(Attribution::speaker).containsOnly("Officials");
    }

    @Test
    void aSpeakerLosesAGluedFullStopATrailingVerbAndAnImperativesLet() {
        assertThat(extractor.extract("“Buses will arrive today,” said the Deputy Prime Minister.")).extracting(Attribution::speaker)
                .containsOnly("the Deputy Prime Minister");
        assertThat(extractor.extract("The parties continued discussing the humanitarian aspects of the war."))
                .extracting(Attribution::speaker).containsOnly("The parties");
        assertThat(extractor.extract("Let the occupiers know that they can only stay in Kherson temporarily."))
                .extracting(Attribution::speaker).doesNotContain("Let the occupiers");
        assertThat(extractor.extract("“We are confident,” said the Head of the President's Office."))
                .extracting(Attribution::speaker).containsOnly("the Head of the President's Office");
    }

    @Test
    void aQuestionOpenedByAWhWordNamesNoSpeaker() {
        String text = "What would the Americans say if we stationed our missiles on their border? We have no such "
                + "plans, the minister said.";
        List<Attribution> found = extractor.extract(text);
        assertThat(found).extracting(Attribution::speaker).doesNotContain("would the Americans", "the Americans")
                .contains("the minister");
    }

    @Test
    void idiomsAfterAPrepositionNameNoOne() {
        assertThat(extractor.extract("The operation is going according to plan.")).extracting(Attribution::speaker)
                .doesNotContain("plan");
        assertThat(extractor.extract("According to preliminary estimates, trade grew by a third."))
                .extracting(Attribution::speaker).contains("preliminary estimates");
        assertThat(extractor.extract("European leaders, so to say, furtively discuss the possibility of sanctions."))
                .extracting(Attribution::speaker).doesNotContain("say");
    }

    @Test
    void aYearIsNoSpeaker() {
        assertThat(extractor.extract("On December 1, 1991, the referendum on independence was held, supported by an "
                + "absolute majority of citizens.")).extracting(Attribution::speaker).doesNotContain("1991");
    }

    @Test
    void aContractionIsNoCue() {
        assertThat(extractor.extract("If your jam looks runny, don’t worry.")).isEmpty();
        assertThat(extractor.extract("Of course, Marco jumps in, and predictably, he’s snippy:")).isEmpty();
        assertThat(extractor.extract("He didn't say that the plan would fail, the minister told reporters."))
                .extracting(Attribution::speaker).contains("the minister");
    }

    @Test
    void aClauseTakenForASpeakerNamesNoOne() {
        assertThat(extractor.extract("Criticism quickly erupted, and Uber soon found itself offering free rides out of the area."))
                .extracting(Attribution::speaker).doesNotContain("Uber soon");
        assertThat(extractor.extract("Its prices impose costs on customers, extracting greater amounts whenever the data "
                + "suggests customers can be compelled to pay them.")).extracting(Attribution::speaker)
                .containsOnlyNulls();
    }

    @Test
    void aSecondClauseBeforeAnInvertedSpeakerIsNoAside() {
        String text = "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said "
                + "study co-author Anezina Solomonidou, a European Space Agency research fellow.";
        assertThat(extractor.extract(text)).extracting(Attribution::speaker).containsExactly("Anezina Solomonidou");
        // an aside that is one still gives the name before it
        assertThat(extractor.extract("Samantha Phillips, the city's emergency director, said the roads were closed."))
                .extracting(Attribution::speaker).containsExactly("Samantha Phillips");
    }

    @Test
    void piecesOfPhrasesAndIntroductionsNameNoOne() {
        assertThat(extractor.extract("Enter Stuart R. Kaplan. \"I think tarot is popular because each deck is an "
                + "unpaged book,\" Kaplan says.")).extracting(Attribution::speaker).containsExactly("Stuart R. Kaplan");
        assertThat(extractor.extract("The moment they decided which direction the dots seemed to be taking was the "
                + "decision.")).extracting(Attribution::speaker).containsOnlyNulls();
        assertThat(extractor.extract("It is a pneumonitis in which the body's immune response to a particular trigger "
                + "causes the lung's air sacs to become inflamed.")).extracting(Attribution::speaker).containsOnlyNulls();
        assertThat(extractor.extract("Since the AirPods first launched in 2016, users and critics alike have been asking "
                + "for noise cancellation.")).extracting(Attribution::speaker).doesNotContain("critics alike");
        assertThat(extractor.extract("McDonald's said it would raise wages.")).extracting(Attribution::speaker)
                .containsExactly("McDonald's");
    }

    @Test
    void twoPeopleWithOneSurnameStayTwo() {
        String text = "\"He could have had a more successful career,\" Patrick Nielsen Hayden, Teresa's husband and "
                + "Tor's editor in chief, said.\n\n\"All it took was one bad infection,\" Teresa Nielsen Hayden "
                + "explained.\n\n\"Life was not long enough,\" she recalled.";
        assertThat(extractor.extract(text)).extracting(Attribution::speaker).containsExactly("Patrick Nielsen Hayden",
                "Teresa Nielsen Hayden", "Teresa Nielsen Hayden");
    }

    @Test
    void aHeadingIsNoOneAndAPronounLooksPastIt() {
        String text = "\"When you're reading a Mike Ford novel, you knew it instantly,\" said Beth Meacham, one of his "
                + "editors at Tor.\n\nIceberg Passages\n\n\"You're only seeing the tenth of the iceberg that's out of the "
                + "water,\" she said.";
        assertThat(extractor.extract(text)).extracting(Attribution::speaker).containsExactly("Beth Meacham", "Beth Meacham");
    }

    @Test
    void aFamilyNameWrittenFirstIsThePersonLaterAndAListInsideAnAsideKeepsTheName() {
        String text = "Lee Jae-myung, leader of the Democratic Party, described the address as disappointing.\n\n"
                + "Lee also expressed concern about relations with the U.S.\n\n"
                + "\"Our national credibility has been severely impacted,\" he said.";
        assertThat(extractor.extract(text)).extracting(Attribution::speaker).containsOnly("Lee Jae-myung");
        String statement = "\"It is hard to find,\" study lead author Lucas Paganini, a planetary scientist at NASA's "
                + "Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said.";
        assertThat(extractor.extract(statement)).extracting(Attribution::speaker).containsExactly("Lucas Paganini");
    }

    @Test
    void aPossessiveIsItsOwnerAndASentencesOpeningWordIsNoOne() {
        assertThat(extractor.extract("Apple’s goal for the Vision Pro is clearly to get developers building for it."))
                .extracting(Attribution::speaker).containsOnly("Apple");
        assertThat(extractor.extract("McDonald's said it would raise wages.")).extracting(Attribution::speaker)
                .containsExactly("McDonald's");
        assertThat(extractor.extract("Like calling Gruber, “just another blogger”.")).extracting(Attribution::speaker)
                .containsOnlyNulls();
        assertThat(extractor.extract("Take a good look and remember it.")).extracting(Attribution::speaker)
                .containsOnlyNulls();
        assertThat(extractor.extract("If you criticize anyone in the group, expect the same thing, regardless of who "
                + "you are.")).extracting(Attribution::speaker).doesNotContain("the same thing");
    }

    @Test
    void headingsLabelsAndSectionNamesAreNeverSpeakers() {
        assertThat(only("FAKE: Sweden confirmed that it will send troops to Ukraine.").speaker()).isNull();
        assertThat(only("DISINFO: The Pentagon admitted that it runs biolabs in Ukraine.").speaker()).isNull();
        assertThat(only("DISINFO\n\nSweden confirmed that it will send troops to Ukraine.").speaker()).isNull();
        assertThat(only("SUMMARY\n\nThe Kremlin said that the sanctions had failed.").speaker()).isEqualTo("The Kremlin");
        assertThat(only("Fact: The Pentagon said there were no biolabs in Ukraine.").speaker()).isEqualTo("The Pentagon");
        assertThat(extractor.extract("Summary: the claim is false.")).extracting(Attribution::speaker)
                .doesNotContain("Summary", "SUMMARY");
    }

    @Test
    void aLabelThatIsAPieceOfAClauseNamesNoOne() {
        for (String label : java.util.List.of("The", "That", "His", "Shortly", "Q", "You", "That’s", "There's", "I'll",
                "We’ve", "Next time you", "Instagram also lets you", "NASA has held firm despite",
                "The patient was diagnosed with what's", "The Wikileaks founder always", "It's worth", "raising", "usually", "Twenty years ago we",
                "they find themselves", "by his father", "led the team", "involved in these companies", "the reality",
                "Among the issues the NYAG", "Despite the ruling the court")) {
            assertThat(SpeakerChecks.namesNoOne(label)).as(label).isTrue();
        }
        for (String label : java.util.List.of("Italy", "Kelly", "Emily Maitlis", "NASA", "The Pentagon", "officials",
                "Some residents", "A spokesperson for the NYAG", "Doctors Without Borders", "UN", "Eva-Marie Persson",
                "Browns DL Sheldon Richardson", "The French foreign ministry", "investors", "Robert F. Kennedy Jr", "The US",
                "Xi Jinping", "armed groups", "unnamed officials", "the officials", "Some members of Congress",
                "Amid Al-Hakim", "Byron Donalds")) {
            assertThat(SpeakerChecks.namesNoOne(label)).as(label).isFalse();
        }
    }

    @Test
    void aPronounResolvesOnlyToAPersonOfTheSameOrThePreviousParagraph() {
        String near = "Antony Blinken met Dmytro Kuleba in Kyiv on Monday.\n\nHe said the United States would send more air defence.";
        assertThat(only(near).speaker()).isEqualTo("Antony Blinken"); // the subject, not the last name read
        String far = "Antony Blinken met Dmytro Kuleba in Kyiv on Monday.\n\nThe talks lasted three hours.\n\n"
                + "The mood was good.\n\nHe said the United States would send more air defence.";
        assertThat(only(far).speaker()).isNull();
        assertThat(only("She said the figures were false.").speaker()).isNull();
        assertThat(only("They said the vote had been rigged.").speaker()).isNull();
        String sameSentence = "Mr. Tom Baker met Ms. Anna Lee in Paris. She said that the talks had failed.";
        assertThat(only(sameSentence).speaker()).isEqualTo("Anna Lee");
    }

    @Test
    void aNameIsNeverCut() {
        String csis = "The Center for Strategic and International Studies said that Russia had lost 200,000 soldiers.";
        assertThat(only(csis).speaker()).isEqualTo("The Center for Strategic and International Studies");
        String osce = "The Organization for Security and Co-operation in Europe said the monitors had left.";
        assertThat(only(osce).speaker()).isEqualTo("The Organization for Security and Co-operation in Europe");
        assertThat(only("“There will be no ceasefire,” the Russian said.").speaker()).isNull();
        assertThat(only("The European Commission President Ursula von der Leyen said the package was ready.").speaker())
                .isEqualTo("Ursula von der Leyen");
        assertThat(only("Secretary of State Antony Blinken said Washington would not recognise the vote.").speaker())
                .isEqualTo("Antony Blinken");
        assertThat(only("Ukraine's General Staff said 500 soldiers had been killed.").speaker()).isEqualTo("Ukraine's General Staff");
        assertThat(only("The company shelved its listing after investors grew wary of its mounting losses.").speaker())
                .isEqualTo("investors");
        assertThat(only("Minister of Foreign Affairs Sergei Lavrov said the treaty would be ratified.").speaker())
                .isEqualTo("Sergei Lavrov");
        assertThat(only("Deputy Director of Public Prosecution Eva-Marie Persson said the evidence had weakened.")
                .speaker()).isEqualTo("Eva-Marie Persson");
        assertThat(only("Director of National Intelligence Avril Haines told senators that troops had been sent.")
                .speaker()).isEqualTo("Avril Haines");
        assertThat(only("China’s ambassador to Britain Liu Xiaming has said that China has the power to end the unrest.")
                .speaker()).isEqualTo("Liu Xiaming");
        assertThat(only("Former U.S. ambassador to the Ukraine Marie Yovanovitch said that she had been pushed out.")
                .speaker()).isEqualTo("Marie Yovanovitch");
        assertThat(only("Secretary of Health Robert F. Kennedy Jr. said the vaccine schedule would change.").speaker())
                .isEqualTo("Robert F. Kennedy Jr");
        assertThat(only("The head of the International Atomic Energy Agency, Rafael Grossi, said the plant was safe.").speaker())
                .isEqualTo("Rafael Grossi");
        assertThat(only("Putin met Xi and Biden said the talks were useful.").speaker()).isEqualTo("Biden");
    }

    @Test
    void aQuoteInACaptionIsAttributedToTheNameThatSignsIt() {
        String caption = "'It is a Russophobic decision and a murder of free speech' - Italian Prime Minister Giorgia Meloni";
        Attribution a = only(caption);
        assertThat(a.speaker()).isEqualTo("Giorgia Meloni");
        assertThat(a.direct()).isTrue();
        assertThat(a.content().of(caption)).isEqualTo("'It is a Russophobic decision and a murder of free speech'");
        assertThat(only("“We stand with Ukraine” – Ursula von der Leyen, President of the European Commission").speaker())
                .isEqualTo("Ursula von der Leyen");
        assertThat(only("«The West has declared war on us» – Sergei Lavrov").speaker()).isEqualTo("Sergei Lavrov");
        assertThat(extractor.extract("It was a hard year - the hardest since 1945")).isEmpty();
    }

    @Test
    void theChecksReadAMegabyteInLinearTime() {
        StringBuilder sb = new StringBuilder();
        List<Attribution> found = new ArrayList<>();
        while (sb.length() < 1_000_000) {
            int start = sb.length();
            sb.append("There is no evidence that Sweden confirmed it.\n");
            found.add(new Attribution(new Span(start + 26, start + 32), new Span(start + 33, start + 42),
                    new Span(start + 43, start + 45), "Sweden", false));
            sb.append("'A quoted line of a caption here' - Prime Minister Jane Doe\n");
        }
        String text = sb.toString();
        long t0 = System.nanoTime();
        List<Attribution> checked = SpeakerChecks.publishable(text, CaptionQuotes.added(text, found));
        assertThat(checked.size()).isGreaterThan(found.size());
        assertThat(checked.getFirst().speaker()).isNull();
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    }
}
