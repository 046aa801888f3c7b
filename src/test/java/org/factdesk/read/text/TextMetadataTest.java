package org.factdesk.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factdesk.read.text.Datelines.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Datelines, bylines and outlets as clippings write them. */
class TextMetadataTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "10:16 AM 10/03/2023; 2023-10-03",
            "Published 23 August 2023 10:04; 2023-08-23",
            "Oct. 3, 2023, 5:14 p.m. ET; 2023-10-03",
            "March 5, 2024; 2024-03-05",
            "Tuesday, March 5th, 2024; 2024-03-05",
            "Tue 5 Mar 2024 10.04 GMT; 2024-03-05",
            "2024-02-14T08:30:00Z; 2024-02-14",
            "2024/02/14; 2024-02-14",
            "05/03/2024 14:20 GMT; 2024-03-05",
            "03/05/2024 9:00 a.m. ET; 2024-03-05",
            "10.03.2023; 2023-03-10",
            "25/12/2023; 2023-12-25",
            "12/25/2023; 2023-12-25",
            "February 9, 20248:14 AM UTC; 2024-02-09"})
    void readsTheDatesThatDatelinesHold(String line, String date) {
        assertThat(Datelines.find(line, Order.MONTH_FIRST)).first().extracting(Datelines.Found::date)
                .isEqualTo(LocalDate.parse(date));
    }

    @Test
    void anAmbiguousNumericDateFollowsTheDocumentsOrder() {
        assertThat(Datelines.find("Posted 04/05/2024", Order.MONTH_FIRST).getFirst().date()).isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(Datelines.find("Posted 04/05/2024", Order.DAY_FIRST).getFirst().date()).isEqualTo(LocalDate.of(2024, 5, 4));
    }

    @Test
    void theDocumentsOrderComesFromItsWrittenDatesThenItsDomainThenItsLanguage() {
        assertThat(Datelines.documentOrder(java.util.List.of("Published 5 March 2024"), "", "")).isEqualTo(Order.DAY_FIRST);
        assertThat(Datelines.documentOrder(java.util.List.of("Published March 5, 2024"), "x.co.uk", "")).isEqualTo(Order.MONTH_FIRST);
        assertThat(Datelines.documentOrder(java.util.List.of(), "www.meridianpost.co.uk", "")).isEqualTo(Order.DAY_FIRST);
        assertThat(Datelines.documentOrder(java.util.List.of(), "", "en-GB")).isEqualTo(Order.DAY_FIRST);
        assertThat(Datelines.documentOrder(java.util.List.of(), "pinewoodherald.example", "")).isEqualTo(Order.MONTH_FIRST);
    }

    @Test
    void tellsUpdatedAndSavedDatesFromPublishedOnes() {
        assertThat(Datelines.find("Published 23 August 2023 10:04 | Updated 24 August 2023 12:31", Order.DAY_FIRST))
                .extracting(Datelines.Found::kind).containsExactly(Datelines.Kind.PUBLISHED, Datelines.Kind.UPDATED);
        assertThat(Datelines.find("Created: April 9, 2024 8:41 PM", Order.MONTH_FIRST).getFirst().kind())
                .isEqualTo(Datelines.Kind.SAVED);
    }

    @Test
    void aSentenceWithADateIsNoDateline() {
        String line = "On March 5, 2024, the ministry said the plan would go ahead";
        assertThat(Datelines.remainder(line, Datelines.find(line, Order.MONTH_FIRST))).isEqualTo("the ministry said the plan would go ahead");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "By Jane Doe; Jane Doe",
            "BY JANE DOE AND PIETER VAN DAM; Jane Doe and Pieter van Dam",
            "By Marta Olsen | Senior Reporter; Marta Olsen",
            "By Jonas Brandt and Aiyana Whitehorse; Jonas Brandt and Aiyana Whitehorse",
            "Kelly-Ann Moss, Reporter; Kelly-Ann Moss",
            "Written by Sofia Marchetti for the Harbour Gazette; Sofia Marchetti",
            "By Ana Lima in Lisbon; Ana Lima",
            "Marta Olsen | Senior Reporter; Marta Olsen",
            "By Courier reporter; Courier reporter",
            "By 2030, emissions will fall; ''",
            "Jane Doe said the plan would fail; ''"})
    void readsBylinesAsWholeLinesOnly(String line, String names) {
        assertThat(Bylines.of(line)).isEqualTo(names);
    }

    @Test
    void tellsJobTitlesFromNamesAndWireCredits() {
        assertThat(Bylines.isRole("Senior Reporter")).isTrue();
        assertThat(Bylines.isRole("Health and Science Correspondent")).isTrue();
        assertThat(Bylines.isRole("Senior Fact-Checker")).isTrue();
        assertThat(Bylines.isRole("Jane Doe, Reporter")).isFalse();
        assertThat(Bylines.isRole("Veritas Desk")).isFalse();
        assertThat(Bylines.isCredit("Reporting by Jane Doe; Editing by John Roe")).isTrue();
        assertThat(Bylines.reportingBy("Reporting by Jane Doe and Ana Lima; Editing by John Roe")).isEqualTo("Jane Doe and Ana Lima");
    }

    @Test
    void findsTheOutletInATitleACopyrightLineAWireDatelineAndTheSite() {
        assertThat(Outlets.splitTitle("Runway photo is from 2019 | The Harbour Gazette", "", "")).containsExactly(
                "Runway photo is from 2019", "The Harbour Gazette");
        assertThat(Outlets.splitTitle("Ferry fares rose 38% - not 100% - says council", "", "")[1]).isEmpty();
        assertThat(Outlets.splitTitle("Ferry fares rose by 38% in a year - Coastline Chronicle", "",
                "coastlinechronicle.example")[1]).isEqualTo("Coastline Chronicle");
        assertThat(Outlets.fromCopyright("© 2023 FactLens. All rights reserved.")).isEqualTo("FactLens");
        assertThat(Outlets.fromCopyright("Copyright © 2024 Millbrook Courier Ltd.")).isEqualTo("Millbrook Courier");
        assertThat(Outlets.fromWireDateline("VALESKA, Norland (Northbridge Wire) — A bulk carrier left port."))
                .isEqualTo("Northbridge Wire");
        assertThat(Outlets.nameOfHost("www.harbourgazette.example", java.util.List.of("Read the Harbour Gazette daily")))
                .isEqualTo("Harbour Gazette");
        assertThat(Outlets.siteLabel("news.meridianpost.co.uk")).isEqualTo("meridianpost");
    }

    @Test
    void readsTheFrontMatterThatClippersWrite() {
        FrontMatter fm = FrontMatter.split("---\ntitle: |\n  A long title\n  on two lines\nauthor: 'O''Neill'\n"
                + "tags: [a, b]\nlist:\n- one\n- \"two\"\n---\nBody");
        assertThat(fm.first("title")).isEqualTo("A long title on two lines");
        assertThat(fm.first("author")).isEqualTo("O'Neill");
        assertThat(fm.all("tags")).containsExactly("a", "b");
        assertThat(fm.all("list")).containsExactly("one", "two");
        assertThat(fm.body()).isEqualTo("Body");
        assertThat(FrontMatter.split("---\nno closing rule\nBody").fields()).isEmpty();
    }
}
