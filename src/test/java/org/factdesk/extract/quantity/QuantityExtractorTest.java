package org.factdesk.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void footnoteMarksRetirementPlansAndWebAddressesAreNotQuantities() {
        assertThat(extractor.extract("Credo amassed 50,000 signatures.[26][27]")).extracting(Quantity::value)
                .containsExactly(50000.0);
        assertThat(extractor.extract("He moved 3 [sic] accounts into his 401(k) plan last year.")).extracting(Quantity::value)
                .containsExactly(3.0);
        assertThat(extractor.extract("For details see https://en.wikipedia.org/wiki/N%2B1_redundancy or"
                + " www.example.com/2019/11/20/story-42 about the 3 outages.")).extracting(Quantity::value).containsExactly(3.0);
    }

    @Test
    void aRoutesOrAModelsNumberAfterTheIsNotAnAmount() {
        assertThat(extractor.extract("The 41 service to Oakmere was cut on Monday.")).isEmpty();
        assertThat(extractor.extract("Boeing halted the 777 program.")).isEmpty();
        assertThat(extractor.extract("Ministers of the 27 member states met.")).extracting(Quantity::value)
                .containsExactly(27.0);
        assertThat(extractor.extract("Shares of the 3 largest banks fell.")).extracting(Quantity::value).containsExactly(3.0);
        assertThat(extractor.extract("The index passed the 100 mark.")).extracting(Quantity::value).containsExactly(100.0);
        assertThat(extractor.extract("The 12 soldiers were freed.")).extracting(Quantity::value).containsExactly(12.0);
        assertThat(extractor.extract("It cost the 40 percent who rent.")).extracting(Quantity::value).containsExactly(40.0);
        assertThat(extractor.extract("The 4 very visible cylinders hum.")).extracting(Quantity::value).containsExactly(4.0);
        assertThat(extractor.extract("Tarot uses the 78 card deck today.")).extracting(Quantity::value).containsExactly(78.0);
    }

    @Test
    void aHealthPagesCitationMarksAreNotQuantities() {
        assertThat(extractor.extract("Sleeping less than 7 hours per night was linked to higher body weight (25)."))
                .extracting(Quantity::value).containsExactly(7.0);
        assertThat(extractor.extract("Exercise may reduce binge eating (12, 13), and 40 people took part (14–16)."))
                .extracting(Quantity::value).containsExactly(40.0);
        // a count in parentheses that the sentence goes on from stays a count; so does an age after a name
        assertThat(extractor.extract("The cities (25) that replied were listed.")).extracting(Quantity::value)
                .containsExactly(25.0);
        assertThat(extractor.extract("Jane Roe (34) was arrested.")).extracting(Quantity::value).containsExactly(34.0);
    }

    @Test
    void aSpacedGroupBeforeANameIsAModelsNumberNotThousands() {
        List<Quantity> qs = new QuantityExtractor().extract("Its fleet of roughly 400 737 Max jets was grounded.");
        assertThat(qs).extracting(Quantity::value).contains(400.0).doesNotContain(400737.0);
    }

    @Test
    void aNumberWithOneLetterGluedIsAModelsCodeAndTheCountBeforeItCountsItsNoun() {
        QuantityExtractor extractor = new QuantityExtractor();
        assertThat(extractor.extract("It cut a prior commitment of 777x jets by 30 aircraft."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(30.0, "aircraft"));
        assertThat(extractor.extract("The airline ordered 150 777X jets."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(150.0, "jets"));
        assertThat(extractor.extract("The 330E sold 2,000 units.")).extracting(Quantity::value).containsExactly(2000.0);
        // multipliers, units and scales glued to a number stay amounts
        assertThat(extractor.extract("The lens offers 100x zoom and is 300x faster.")).extracting(Quantity::value)
                .containsExactly(100.0, 300.0);
        assertThat(extractor.extract("A 220V supply powers 450 homes.")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(220.0, "V"), tuple(450.0, "homes"));
        assertThat(extractor.extract("Shares rose after 500K jobs were added.")).extracting(Quantity::value)
                .containsExactly(500_000.0);
    }

    @Test
    void aPronounAfterAVagueAmountCountsNoNoun() {
        // "hundreds of them lined entrances": "them" stands for a noun said before; the verb after it is no unit
        Quantity q = only("Teachers chanted as hundreds of them lined entrances to the Statehouse.");
        assertThat(q.value()).isEqualTo(100);
        assertThat(q.unit()).doesNotContain("lined");
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
    void aNumberedHeadingOrListItemIsNotAQuantity() {
        assertThat(extractor.extract("1. Ditch the diet")).isEmpty();
        assertThat(extractor.extract("12) Eat breakfast every day")).isEmpty();
        assertThat(only("3. Eat 5 servings of vegetables").value()).isEqualTo(5);
        assertThat(only("3 people were hurt.").value()).isEqualTo(3);
    }

    @Test
    void aScreenResolutionIsNotThousands() {
        assertThat(extractor.extract("The game is not true 4K on Stadia.")).isEmpty();
        assertThat(extractor.extract("Players were promised 4K and 60fps on a 8K TV.")).extracting(Quantity::value)
                .doesNotContain(4000.0, 8000.0);
        assertThat(only("The campaign raised $4K in a day.").value()).isEqualTo(4000);
        assertThat(only("Her account has 4K followers.").value()).isEqualTo(4000);
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
        assertThat(only("It needs at least 74 votes.").qualifier()).isEqualTo(">=");
        assertThat(only("The index fell by 2.3% today.").qualifier()).isEqualTo("down");
        assertThat(only("Revenue rose 9.4 percent.").qualifier()).isEqualTo("up");
        assertThat(only("Costs increased by 18 degrees.").qualifier()).isEqualTo("up");
        assertThat(only("The team has 11 players.").qualifier()).isEqualTo("=");
    }

    @Test
    void aShareWrittenOneInFiveIsAPercentageNotACount() {
        assertThat(only("One in five Americans has no savings.")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(20.0, "%");
        assertThat(only("About 1 in 4 women experience violence.")).extracting(Quantity::value, Quantity::qualifier)
                .containsExactly(25.0, "~");
        assertThat(only("Two out of three voters back the plan.").value()).isEqualTo(66.7);
        // a time, a year or a row after "in" is no share
        assertThat(new QuantityExtractor().extract("He scored 3 in 10 minutes.")).extracting(Quantity::unit)
                .contains("minutes").doesNotContain("%");
        assertThat(new QuantityExtractor().extract("The team won 4 in a row.")).extracting(Quantity::unit)
                .doesNotContain("%");
    }

    @Test
    void lakhAndCroreScaleANumber() {
        assertThat(only("Nearly 2 lakh people attended the rally.")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(200_000.0, "people");
        assertThat(only("The state allotted Rs 5 crore to the scheme.")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(50_000_000.0, "₹");
        assertThat(only("A ticket costs Rs. 500.")).extracting(Quantity::value, Quantity::unit).containsExactly(500.0, "₹");
        assertThat(only("The total is 3 lakh crore rupees.").value()).isEqualTo(3e12);
    }

    @Test
    void minusAndNegativeMakeANumberNegative() {
        assertThat(only("The bank kept its rate at negative 0.5 percent.").value()).isEqualTo(-0.5);
        assertThat(only("Inflation was minus five percent last year.").value()).isEqualTo(-5);
        assertThat(only("Temperatures fell to minus 20 degrees.").value()).isEqualTo(-20);
        assertThat(new QuantityExtractor().extract("The review was a negative one.")).isEmpty();
    }

    @Test
    void aCountOfANamesThingsCountsTheThings() {
        assertThat(only("Emirates agreed to purchase 30 of Boeing's 787-9 Dreamliner jets.").unit())
                .isEqualTo("Dreamliner jets");
        assertThat(only("He sold 20 of Apple’s new phones.").unit()).isEqualTo("new phones");
    }

    @Test
    void aFractionOfAGroupCountsTheGroup() {
        assertThat(only("Half of all voters back the plan.")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(0.5, "voters");
        assertThat(only("About a quarter of adults smoke.").unit()).isEqualTo("adults");
        assertThat(only("Their population is almost half of ours.").unit()).isEmpty();
    }

    @Test
    void aPluralThatDescribesTheNextCountsTheNext() {
        assertThat(only("There are 9,000 sports grounds ahead.").unit()).isEqualTo("sports grounds");
        assertThat(only("They sent 40 arms shipments.").unit()).isEqualTo("arms shipments");
        assertThat(only("He has 10 cars parked outside.").unit()).isEqualTo("cars");
    }

    @Test
    void theDeadTheInjuredAndMoreSoldiersAreCounted() {
        assertThat(new QuantityExtractor().extract("At least 30 dead and 100 injured.")).extracting(Quantity::unit)
                .containsExactly("dead", "injured");
        assertThat(only("12 more soldiers were killed.").unit()).isEqualTo("soldiers");
        assertThat(only("The 3 dead soldiers were named.").unit()).isEqualTo("dead soldiers");
        assertThat(only("He was 5 more than expected.").unit()).isEmpty();
    }

    @Test
    void aPhrasalVerbsUpOrDownIsNoChange() {
        assertThat(only("We managed to shoot down two missiles.").qualifier()).isEqualTo("=");
        assertThat(only("They racked up 20 points.").qualifier()).isEqualTo("=");
        assertThat(only("Women make up 40 percent of the workforce.").qualifier()).isEqualTo("=");
        assertThat(only("Shares were down 2 percent.").qualifier()).isEqualTo("down");
    }

    @Test
    void aChangeToAFigureReadsAsTheLevelReachedNotTheSizeOfTheChange() {
        Quantity level = only("Lake Mead fell to 1,040 feet on Monday.");
        assertThat(level.qualifier()).isEqualTo("down");
        assertThat(level.qualifierText()).isEqualTo("fell to");
        assertThat(only("Unemployment will climb to 4.2 percent.").qualifierText()).isEqualTo("rose to");
        assertThat(only("The index fell by 2.3% today.").qualifierText()).isEqualTo("fell by");
        assertThat(only("Revenue rose 9.4 percent.").qualifierText()).isEqualTo("rose by");
    }

    @Test
    void belowReadsLessThanAndUpToStaysUpTo() {
        assertThat(only("Cuts start once the lake falls below 1,045 feet.").qualifierText()).isEqualTo("less than");
        assertThat(only("Up to 8,000 were deployed.").qualifierText()).isEqualTo("up to");
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

    // ---- the cases of issue 19, one test each ----------------------------------------------------

    @Test
    void readsAGluedTAfterMoneyAsTrillion() {
        Quantity q = only("The fund is worth $1.2T according to the filing.");
        assertThat(q.value()).isEqualTo(1.2e12);
        assertThat(q.unit()).isEqualTo("$");
    }

    @Test
    void readsHalfAMillionAsFiveHundredThousand() {
        Quantity q = only("Half a million people marched in the capital.");
        assertThat(q.value()).isEqualTo(500_000);
        assertThat(q.unit()).isEqualTo("people");
        assertThat(only("It costs a quarter million dollars.").value()).isEqualTo(250_000);
        assertThat(only("There were two thirds of a million claims.").value()).isCloseTo(666_666.67, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void readsAYearAndAHalfAsADurationOfOnePointFiveYears() {
        Quantity q = only("The war lasted a year and a half.");
        assertThat(q.value()).isEqualTo(1.5);
        assertThat(Units.canonical(q.unit())).isEqualTo("year");
        assertThat(only("It took two and a half years.").value()).isEqualTo(2.5);
        assertThat(only("It took three years and a half.").value()).isEqualTo(3.5);
        assertThat(only("The city has one and a half million people.").value()).isEqualTo(1_500_000);
        assertThat(only("The city has 3 million and a half people.").value()).isEqualTo(3_500_000);
    }

    @Test
    void readsAtLeastAsAtLeastAndNotAsMoreThan() {
        Quantity q = only("At least 20 people were killed in the strike.");
        assertThat(q.qualifier()).isEqualTo(">=");
        assertThat(q.qualifierText()).isEqualTo("at least");
        assertThat(only("No more than 5,000 soldiers remained.").qualifier()).isEqualTo("<=");
        assertThat(only("No fewer than 40 ships sailed.").qualifier()).isEqualTo(">=");
        assertThat(only("It hired 5,000 or more workers.").qualifier()).isEqualTo(">=");
        assertThat(only("It had sales less than or equal to 40 units.").qualifier()).isEqualTo("<=");
    }

    @Test
    void readsAboutAfterANounOfKnowledgeAsThePrepositionNotAsApproximately() {
        Quantity q = only("The agency collected information about 10,000 Poles living abroad.");
        assertThat(q.qualifier()).isEqualTo("=");
        assertThat(q.value()).isEqualTo(10_000);
        assertThat(q.unit()).isEqualTo("Poles");
        assertThat(only("She wrote about 700,000 families.").qualifier()).isEqualTo("=");
        assertThat(only("We are talking about 700,000 families.").qualifier()).isEqualTo("~");
        assertThat(only("About 10,000 Poles live there.").qualifier()).isEqualTo("~");
        assertThat(only("The drone costs about $20,000.").qualifier()).isEqualTo("~");
    }

    @Test
    void readsShrankFromXToYAsAChangeNotARange() {
        Quantity q = only("The number of branches shrank from 6,004 to 600.");
        assertThat(q.value()).isEqualTo(600);
        assertThat(q.from()).isEqualTo(6004);
        assertThat(q.upper()).isNull();
        assertThat(q.qualifier()).isEqualTo("down");
        assertThat(q.qualifierText()).isEqualTo("down from 6,004 to");
        Quantity rise = only("The tax rate will rise from 19% to 25% in April.");
        assertThat(rise.value()).isEqualTo(25);
        assertThat(rise.from()).isEqualTo(19);
        assertThat(rise.qualifier()).isEqualTo("up");
        Quantity timed = only("Unemployment fell from 5.2% in January to 4.8% in March.");
        assertThat(timed.value()).isEqualTo(4.8);
        assertThat(timed.from()).isEqualTo(5.2);
        Quantity toFrom = only("The IMF cut its growth forecast to 2.9% from 3.4%.");
        assertThat(toFrom.value()).isEqualTo(2.9);
        assertThat(toFrom.from()).isEqualTo(3.4);
        assertThat(toFrom.qualifier()).isEqualTo("down");
        Quantity range = only("Prices ranged from 5 to 10 dollars.");
        assertThat(range.value()).isEqualTo(5);
        assertThat(range.upper()).isEqualTo(10);
        assertThat(range.from()).isNull();
    }

    @Test
    void readsNineElevenAsADateNotAFraction() {
        assertThat(extractor.extract("The attacks of 9/11 changed everything.")).isEmpty();
        assertThat(extractor.extract("They work 24/7 on it.")).isEmpty();
    }

    @Test
    void readsTwoThirdsWithASlashAsAFraction() {
        Quantity q = only("About 2/3 of the voters approved.");
        assertThat(q.value()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(q.qualifier()).isEqualTo("~");
        assertThat(only("It takes more than 10 1/2 miles of cable.").value()).isEqualTo(10.5);
    }

    @Test
    void readsLeopardTwoAFiveAsAModelName() {
        assertThat(extractor.extract("Germany sent Leopard 2A5 tanks to Kyiv.")).isEmpty();
        assertThat(only("Germany will deliver 14 Leopard 2A6 tanks.").value()).isEqualTo(14);
        assertThat(extractor.extract("The Ukrainian Sich-2-30 satellite was launched.")).isEmpty();
    }

    @Test
    void readsSuThirtyFourAsAModelName() {
        assertThat(extractor.extract("A Russian Su-34 bomber was shot down.")).isEmpty();
    }

    @Test
    void readsGSevenAndFiveGAsNames() {
        assertThat(extractor.extract("The G7 leaders met in Hiroshima.")).isEmpty();
        assertThat(extractor.extract("The claim that 5G towers spread the virus is false.")).isEmpty();
    }

    @Test
    void readsZeroToleranceAsAnIdeaNotAnAmount() {
        assertThat(extractor.extract("The government announced zero tolerance for corruption.")).isEmpty();
        assertThat(only("The strike caused zero deaths.").value()).isZero();
    }

    @Test
    void readsPageOneThirtySixAsALabel() {
        assertThat(extractor.extract("The figure appears on page 136 of the report.")).isEmpty();
        assertThat(extractor.extract("Under Article 5 of the treaty, members defend each other.")).isEmpty();
        assertThat(only("The route 300 km long was closed.").value()).isEqualTo(300);
    }

    @Test
    void readsAnUpdateDateAsADate() {
        assertThat(extractor.extract("Update 9/25/2023: the article was corrected.")).isEmpty();
        assertThat(extractor.extract("Published 2023-09-25 in the morning.")).isEmpty();
        assertThat(extractor.extract("On December 21–25, operators pumped gas.")).isEmpty();
    }

    @Test
    void givesRangesAndVagueAmountsBothEnds() {
        Quantity range = only("Between 300 and 400 soldiers were deployed.");
        assertThat(range.low()).isEqualTo(300);
        assertThat(range.high()).isEqualTo(400);
        Quantity vague = only("Thousands of people fled the city.");
        assertThat(vague.low()).isEqualTo(1000);
        assertThat(vague.high()).isEqualTo(10000);
        Quantity bounds = only("The number is above 1000 and below 1500.");
        assertThat(bounds.low()).isEqualTo(1000);
        assertThat(bounds.high()).isEqualTo(1500);
        Quantity through = only("The range is 20 through 100.");
        assertThat(through.high()).isEqualTo(100);
    }

    @Test
    void readsLongNumberWords() {
        assertThat(only("The count was three thousand nine hundred and sixty-five.").value()).isEqualTo(3965);
        assertThat(only("The count was two thousand and two hundred.").value()).isEqualTo(2200);
        assertThat(extractor.extract("It was between one hundred and two hundred.")).extracting(Quantity::value)
                .containsExactly(100.0);
        assertThat(only("It sold 4.1 million copies.").value()).isEqualTo(4_100_000);
    }

    @Test
    void readsAMegabyteOfNumbersInLinearTime() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("The figure shrank from 6,004 to 600 and one hundred and two thousand and a half of 9/11 ");
        }
        long t0 = System.nanoTime();
        List<Quantity> qs = extractor.extract(sb.toString());
        assertThat(qs).isNotEmpty();
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    }

    @Test
    void aLossOfPeopleIsACountAndAFallingFigureIsAChange() {
        Quantity soldiers = extractor.extract("FAKE: Ukraine lost 13,000 soldiers in seven days.").getFirst();
        assertThat(soldiers.value()).isEqualTo(13_000);
        assertThat(soldiers.unit()).isEqualTo("soldiers");
        assertThat(soldiers.qualifier()).isEqualTo("=");
        assertThat(soldiers.surface()).isEqualTo("13,000 soldiers");
        assertThat(only("The town has lost 300 residents since the mine closed.").qualifier()).isEqualTo("=");
        assertThat(only("The index lost 190 points on Monday.").qualifier()).isEqualTo("down");
        assertThat(only("Exports fell 12 percent last year.").qualifier()).isEqualTo("down");
    }

    @Test
    void aCountBeforeAnAbbreviatedCountryAndACollectiveNounCountsTheNoun() {
        Quantity personnel = only("Some 200 U.S. military personnel are stationed at the base.");
        assertThat(personnel.value()).isEqualTo(200);
        assertThat(personnel.unit()).isEqualTo("U.S. military personnel");
        assertThat(only("The mission lost 50 U.N. peacekeepers last year.").unit()).isEqualTo("U.N. peacekeepers");
        assertThat(only("The city hired 40 police officers in May.").unit()).isEqualTo("police officers");
        assertThat(only("Some 12 crew members were rescued.").unit()).isEqualTo("crew members");
        assertThat(only("The ship had 25 crew on board.").unit()).isEqualTo("crew");
    }

    @Test
    void aLoneMetreSignBeforeADimensionIsMetresAndMicrogramsAndKmphAreUnits() {
        assertThat(only("The new wall is 12 m high along the river.").unit()).isEqualTo("m");
        assertThat(only("The tablet contains 120 μg of iodine.").unit()).isEqualTo("μg");
        assertThat(only("Trucks may drive at 30 kmph in the town.").unit()).isEqualTo("kmph");
        // elsewhere a lone "m" stays unread: "12 m" may be "million" or a name
        assertThat(only("They were 12 m apart, officials said.").unit()).isEmpty();
    }
}
