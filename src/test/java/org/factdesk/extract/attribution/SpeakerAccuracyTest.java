package org.factdesk.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.factdesk.model.Attribution;
import org.junit.jupiter.api.Test;

/**
 * Speaker accuracy on attributed news-style sentences written for this test (not taken from any
 * benchmark): for each text, the speaker of the main attribution of its last paragraph, as a
 * fact-checker would publish it as ClaimReview's author. {@code null} means the text gives no author
 * a fact-checker could name (a rebuttal, a claim under a "FAKE:" label, a pronoun with no one to stand
 * for). Earlier paragraphs are context.
 */
class SpeakerAccuracyTest {
    private record Case(String text, String speaker) {}

    private static final List<Case> CASES = new ArrayList<>();

    private static void c(String text, String speaker) {
        CASES.add(new Case(text, speaker));
    }

    static {
        // named people, with and without titles
        c("Russian Foreign Minister Sergei Lavrov said the talks had failed.", "Sergei Lavrov");
        c("Kremlin spokesman Dmitry Peskov told reporters that no decision had been taken.", "Dmitry Peskov");
        c("Prime Minister Rishi Sunak said Britain would stand by Ukraine.", "Rishi Sunak");
        c("President Joe Biden said the sanctions were working.", "Joe Biden");
        c("Ukrainian President Volodymyr Zelensky said his forces had retaken the village.", "Volodymyr Zelensky");
        c("Secretary of State Antony Blinken said Washington would not recognise the vote.", "Antony Blinken");
        c("German Chancellor Olaf Scholz said the tanks would be delivered by March.", "Olaf Scholz");
        c("The European Commission President Ursula von der Leyen said the package was ready.", "Ursula von der Leyen");
        c("Dr. Maria Neira, a director at the World Health Organization, said the air was unsafe.", "Maria Neira");
        c("NATO Secretary General Jens Stoltenberg said the alliance would not send troops.", "Jens Stoltenberg");
        c("Emmanuel Macron said France would host the conference.", "Emmanuel Macron");
        c("Finnish President Sauli Niinisto said the decision was historic.", "Sauli Niinisto");
        c("Russia's foreign minister, Sergei Lavrov, said the West was waging a hybrid war.", "Sergei Lavrov");
        c("The head of the International Atomic Energy Agency, Rafael Grossi, said the plant was safe.", "Rafael Grossi");
        c("Mykhailo Podolyak, an adviser to the Ukrainian president, said the strike hit a school.", "Mykhailo Podolyak");
        c("Senator Lindsey Graham said the aid package would pass.", "Lindsey Graham");
        c("Charles de Gaulle said the war was not over.", "Charles de Gaulle");
        c("Polish Prime Minister Mateusz Morawiecki said Poland would not accept the grain.", "Mateusz Morawiecki");
        c("Turkish President Recep Tayyip Erdogan said he would meet Putin next week.", "Recep Tayyip Erdogan");
        c("Hungarian Prime Minister Viktor Orban said sanctions had hurt Europe more than Russia.", "Viktor Orban");

        // inverted and postposed speakers, quotations
        c("“We will never accept this,” said Sergei Lavrov.", "Sergei Lavrov");
        c("“The sanctions are working,” said Max Bergmann of the Center for Strategic and International Studies.", "Max Bergmann");
        c("“There will be no ceasefire,” Dmitry Peskov said on Tuesday.", "Dmitry Peskov");
        c("The offensive has stalled, said Michael Kofman, a military analyst.", "Michael Kofman");
        c("“We have enough shells for two weeks,” a Ukrainian commander told the BBC.", "a Ukrainian commander");
        c("Inflation will peak in October, the Bank of England said.", "the Bank of England");
        c("The bridge was hit by two missiles, Ukraine's military said.", "Ukraine's military");
        c("“It is a question of weeks,” Zelensky said in his nightly address.", "Zelensky");
        c("The grain deal will not be extended, according to the Kremlin.", "the Kremlin");
        c("According to the United Nations, 8 million people have fled Ukraine.", "the United Nations");
        c("According to Human Rights Watch, the strike killed 20 civilians.", "Human Rights Watch");
        c("\"We are ready to talk,\" Chinese Foreign Ministry spokesman Wang Wenbin said.", "Wang Wenbin");
        c("“Russia is losing,” the former general Ben Hodges said.", "Ben Hodges");
        c("Sweden will join NATO by summer, Swedish Prime Minister Ulf Kristersson said on Monday.", "Ulf Kristersson");
        c("The figures are false, said a spokesman for the ministry.", "a spokesman for the ministry");

        // institutions
        c("The Russian Ministry of Defence said its forces had taken the town.", "The Russian Ministry of Defence");
        c("The Institute for the Study of War said Russian forces were regrouping.", "The Institute for the Study of War");
        c("The Center for Strategic and International Studies said Russia had lost 200,000 soldiers.",
                "The Center for Strategic and International Studies");
        c("The Organization for Security and Co-operation in Europe said the monitors had left.",
                "The Organization for Security and Co-operation in Europe");
        c("Human Rights Watch said the strike killed 20 civilians.", "Human Rights Watch");
        c("The Kremlin said the sanctions had failed.", "The Kremlin");
        c("The Pentagon said there were no plans to send troops.", "The Pentagon");
        c("Amnesty International said the trial was unfair.", "Amnesty International");
        c("The United Nations High Commissioner for Refugees said 8 million people had fled.",
                "The United Nations High Commissioner for Refugees");
        c("Ukraine's General Staff said 500 Russian soldiers had been killed in a day.", "Ukraine's General Staff");
        c("The Russian Defence Ministry said its forces had taken the town.", "The Russian Defence Ministry");
        c("The World Bank said the economy would shrink by 35 percent.", "The World Bank");
        c("Gazprom said it would cut supplies to 20 percent of capacity.", "Gazprom");
        c("The Ministry of Foreign Affairs of Ukraine said the claims were false.", "The Ministry of Foreign Affairs of Ukraine");
        c("Reuters reported that the ship had left port.", "Reuters");

        // unnamed sources, kept as written
        c("A senior US official said Russia had lost a quarter of its tanks.", "A senior US official");
        c("Officials in Kyiv said the power plant had been hit.", "Officials in Kyiv");
        c("Two diplomats said the talks would resume next week.", "Two diplomats");
        c("Western intelligence officials said the missile was Iranian.", "Western intelligence officials");
        c("Local residents said they had heard explosions all night.", "Local residents");

        // pronouns: same sentence, previous paragraph, too far, no one
        c("Antony Blinken met Dmytro Kuleba in Kyiv on Monday.\n\nHe said the United States would send more air defence systems.",
                "Antony Blinken");
        c("Olaf Scholz spoke to Vladimir Putin for an hour.\n\nHe said the call had been frank.", "Olaf Scholz");
        c("Ursula von der Leyen arrived in Kyiv on Friday.\n\nShe said Ukraine belonged in the European family.",
                "Ursula von der Leyen");
        c("Annalena Baerbock visited Odesa with Dmytro Kuleba.\n\nShe said Germany would help rebuild the port.",
                "Annalena Baerbock");
        c("Antony Blinken met Dmytro Kuleba in Kyiv on Monday.\n\nThe talks lasted three hours.\n\n"
                + "Officials described the meeting as productive.\n\nHe said the United States would send more air defence systems.", null);
        c("She said the figures were false.", null);
        c("He told reporters that the war would end soon.", null);
        c("They said the vote had been rigged.", null);
        c("Mr. Peskov was asked about the strike and he said the army had hit only military targets.", "Peskov");
        c("Jens Stoltenberg arrived in Vilnius.\n\n“We will defend every inch of allied territory,” he said.", "Jens Stoltenberg");
        c("The ministry published a video.\n\n“We will not stop,” he said.", null);
        c("Kamala Harris met the Polish president on Thursday.\n\nShe said NATO was stronger than ever.", "Kamala Harris");
        c("Sergei Shoigu visited the front.\n\nThe Russian defence minister said the offensive was going to plan.",
                "The Russian defence minister"); // the text never says Shoigu holds that office
        c("It said the report was a provocation.", null);
        c("We said from the start that sanctions would not work.", null);

        // rebuttals: the subject did not say it
        c("There is no evidence that Sweden confirmed the deployment of NATO troops to Finland.", null);
        c("Peskov did not say that Russia would use nuclear weapons.", null);
        c("Zelensky never said that Ukraine would give up Crimea.", null);
        c("There is no proof that the Pentagon admitted running biolabs in Ukraine.", null);
        c("It is not true that Macron said France would send troops.", null);
        c("The Polish government has not announced that it will close the border.", null);
        c("Contrary to claims online, the WHO did not say that the vaccine was unsafe.", null);
        c("Did Zelensky say that Ukraine would attack Moscow?", null);
        c("A fake video shows Biden saying that the United States would draft women.", null);
        c("Russian state media falsely claimed that Sweden confirmed sending troops.", "Russian state media");
        c("Pro-Kremlin channels claimed that Poland would annex western Ukraine.", "Pro-Kremlin channels");
        c("Nobody in the German government said that the tanks would be sent.", null);
        c("Biden didn't say that Russia could take a small part of Ukraine.", null);

        // fact-check labels and headings
        c("FAKE: Sweden confirmed that it will send troops to Ukraine.", null);
        c("DISINFO: The Pentagon admitted that it runs biolabs in Ukraine.", null);
        c("Claim: Biden said that the war will last ten years.", null);
        c("FALSE: Zelensky said that Ukraine would join NATO next year.", null);
        c("Myth: The EU said that Ukrainian refugees would get free houses.", null);
        c("DISINFO\n\nSweden confirmed that it will send troops to Ukraine.", null);
        c("SUMMARY\n\nThe Kremlin said that the sanctions had failed.", "The Kremlin");
        c("Background\n\nThe United Nations said 8 million people had fled.", "The United Nations");
        c("REALITY: The Swedish government said it had no such plans.", "The Swedish government");
        c("Fact: The Pentagon said there were no biolabs in Ukraine.", "The Pentagon");
        c("Sanders: Brexit's message is a warning to the establishment.", "Sanders");
        c("TRUMP: We will win so much.", "TRUMP");

        // names never cut, nationalities alone are no one
        c("“There will be no ceasefire,” the Russian said.", null);
        c("The Russian, who asked not to be named, said the troops were tired.", null);
        c("The Ukrainian said the city had no water.", null);
        c("International Studies said the war would last years.", "International Studies");
        c("Experts at the Royal United Services Institute said the drones were Iranian.",
                "Experts at the Royal United Services Institute");

        // captions and pull quotes
        c("'It is a Russophobic decision and a murder of free speech' - Italian Prime Minister Giorgia Meloni", "Giorgia Meloni");
        c("“We stand with Ukraine” – Ursula von der Leyen, President of the European Commission", "Ursula von der Leyen");
        c("“Russia will not win this war” — Kremlin critic Alexei Navalny", "Alexei Navalny");
        c("\"The grain corridor is closed\" - Kremlin spokesman Dmitry Peskov", "Dmitry Peskov");
        c("‘We are not at war with Russia’ – German Chancellor Olaf Scholz", "Olaf Scholz");
        c("«The West has declared war on us» – Sergei Lavrov", "Sergei Lavrov");
        c("“Every day matters” ― Volodymyr Zelensky", "Volodymyr Zelensky");

        // more everyday reporting
        c("Speaking in Brussels, Josep Borrell said the EU would train 15,000 soldiers.", "Josep Borrell");
        c("On Sunday, Mr. Zelensky said the counteroffensive had begun.", "Zelensky");
        c("The governor of the Belgorod region, Vyacheslav Gladkov, said two people were injured.", "Vyacheslav Gladkov");
        c("In a statement, the Foreign Office said the ambassador had been summoned.", "the Foreign Office");
        c("The mayor of Kyiv, Vitali Klitschko, said the city had no power.", "Vitali Klitschko");
        c("Lavrov accused the West of prolonging the war.", "Lavrov");
        c("Ukraine's defence ministry said on Twitter that the drone had been shot down.", "Ukraine's defence ministry");
        c("Scholz told the Bundestag that Germany would spend 2 percent of GDP on defence.", "Scholz");
        c("The spokesman for the UN secretary-general, Stephane Dujarric, said aid convoys were blocked.", "Stephane Dujarric");
        c("A spokeswoman for the European Commission said the proposal would be published on Wednesday.",
                "A spokeswoman for the European Commission");
    }

    /**
     * Written after the rules were fixed on the cases above, and run once to measure them on sentences
     * they were not developed on (see decision 31); kept as they were written.
     */
    private static final List<Case> LATER = new ArrayList<>();

    private static void later(String text, String speaker) {
        LATER.add(new Case(text, speaker));
    }

    static {
        later("Belarusian leader Alexander Lukashenko said his army would not enter the war.", "Alexander Lukashenko");
        later("“The situation is very difficult,” said Oleksandr Syrskyi, the commander of Ukraine's ground forces.", "Oleksandr Syrskyi");
        later("Estonian Prime Minister Kaja Kallas told the BBC that Europe had to wake up.", "Kaja Kallas");
        later("The Wagner group said its fighters had captured the salt mine.", "The Wagner group");
        later("Yevgeny Prigozhin said the army had abandoned his men.", "Yevgeny Prigozhin");
        later("The International Committee of the Red Cross said it had no access to the prisoners.",
                "The International Committee of the Red Cross");
        later("UN Secretary-General Antonio Guterres said the world was one miscalculation away from disaster.", "Antonio Guterres");
        later("The Ukrainian Air Force said it had shot down 15 drones overnight.", "The Ukrainian Air Force");
        later("Moldova's president, Maia Sandu, said Russia was planning a coup.", "Maia Sandu");
        later("Sandu met the EU's foreign policy chief in Chisinau.\n\nShe said Moldova would not be intimidated.", "Maia Sandu");
        later("Maia Sandu met Josep Borrell in Chisinau.\n\nHe said the EU would double its support.", "Maia Sandu");
        later("The prosecutor said the suspect had been paid $5,000.", "The prosecutor");
        later("Sources close to the negotiations said a deal was near.", "Sources close to the negotiations");
        later("There is no evidence that Poland said it would send troops to Lviv.", null);
        later("FAKE: NATO announced that it will deploy nuclear weapons in Finland.", null);
        later("Claim: The Czech government said it would stop arms deliveries.", null);
        later("Orban has not said that Hungary would leave the EU.", null);
        later("The viral post falsely claims that Zelensky bought a villa in Egypt.", "The viral post");
        later("A doctored image shows Macron saying that France is at war.", null);
        later("He said the strike had killed 14 people.", null);
        later("The foreign ministry in Moscow said the ambassador would be expelled.", "The foreign ministry in Moscow");
        later("Speaking on Monday, Ben Wallace said Britain would send more missiles.", "Ben Wallace");
        later("According to the Ukrainian military, the dam was blown up from the inside.", "the Ukrainian military");
        later("‘We will rebuild every city’ – Ukrainian Prime Minister Denys Shmyhal", "Denys Shmyhal");
        later("“Peace is not possible with this regime” - Lithuanian President Gitanas Nauseda", "Gitanas Nauseda");
        later("The Institute for Economics and Peace said conflict deaths had risen by 96 percent.",
                "The Institute for Economics and Peace");
        later("Experts at the Kiel Institute said aid to Ukraine had fallen.", "Experts at the Kiel Institute");
        later("Danish Prime Minister Mette Frederiksen said Denmark would give all its artillery.", "Mette Frederiksen");
        later("Mette Frederiksen spoke to Volodymyr Zelensky on Tuesday.\n\nShe said Denmark would train pilots.", "Mette Frederiksen");
        later("Did NATO promise not to expand eastwards?", null);
        later("MYTH: The EU said Ukrainian refugees would receive 1,000 euros a month.", null);
        later("The Russian, a former officer, said the unit had lost half its men.", null);
        later("Kyiv's mayor, Vitali Klitschko, said three people were killed.", "Vitali Klitschko");
        later("“It was a terrorist attack,” the Ukrainian foreign minister Dmytro Kuleba wrote on Twitter.", "Dmytro Kuleba");
        later("Rishi Sunak and Joe Biden met in Belfast.\n\nThe talks were short.\n\nHe said the agreement would stand.", null);
        later("The IAEA said the plant had lost power for the sixth time.", "The IAEA");
        later("Chinese leader Xi Jinping said China stood ready to mediate.", "Xi Jinping");
        later("Neither Kyiv nor Moscow said when the talks would resume.", null);
        later("Russian state television said the attack had been repelled.", "Russian state television");
        later("A spokesperson for the German government said no decision had been made.",
                "A spokesperson for the German government");
    }

    @Test
    void namesTheSpeakerOnSentencesWrittenAfterTheRules() {
        double accuracy = accuracy(LATER, "written after the rules");
        assertThat(LATER).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.75);
    }

    private static double accuracy(List<Case> cases, String label) {
        AttributionExtractor extractor = new AttributionExtractor();
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Case k : cases) {
            String text = k.text();
            int lastParagraph = text.lastIndexOf("\n\n") < 0 ? 0 : text.lastIndexOf("\n\n") + 2;
            Attribution main = AttributionExtractor.mainAttribution(extractor.extract(text), lastParagraph, text.length());
            String got = main == null ? null : main.speaker();
            if (Objects.equals(norm(got), norm(k.speaker()))) {
                right++;
            } else {
                wrong.add("  expected " + k.speaker() + ", got " + got + "  << " + text.replace("\n", " / "));
            }
        }
        double accuracy = (double) right / cases.size();
        System.out.printf(Locale.ROOT, "speaker accuracy, %s, %d cases: %.3f (%d right)%n", label, cases.size(), accuracy, right);
        wrong.forEach(System.out::println);
        return accuracy;
    }

    @Test
    void namesTheSpeakerAFactCheckerWouldPublishInMostOfTheWrittenCases() {
        double accuracy = accuracy(CASES, "the rules were developed on"); // the cases it misses are printed
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(100);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
    }

    private static String norm(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
