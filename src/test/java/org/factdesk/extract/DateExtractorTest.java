package org.factdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.DateMention;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
    private final DateExtractor extractor = new DateExtractor();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 1); // a Friday

    private DateMention only(String text, LocalDate published) {
        List<DateMention> ds = extractor.extract(text, published);
        assertThat(ds).as(text).hasSize(1);
        return ds.get(0);
    }

    @Test
    void resolvesMonthDayInBothOrdersAgainstThePublicationYear() {
        DateMention d = only("The council votes on November 6.", PUBLISHED);
        assertThat(d.surface()).isEqualTo("November 6");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 11, 6));
        assertThat(d.precision()).isEqualTo("day");
        assertThat(only("It met on 6 November 2023.", PUBLISHED).date()).isEqualTo(LocalDate.of(2023, 11, 6));
    }

    @Test
    void resolvesWeekdaysToTheLatestSuchDayBeforePublication() {
        DateMention d = only("Blinken indicated Thursday that troops arrived.", PUBLISHED);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 10, 31));
    }

    @Test
    void resolvesMonthsAndPartsOfMonths() {
        DateMention early = only("The offensive launched in early August.", PUBLISHED);
        assertThat(early.surface()).isEqualTo("early August");
        assertThat(early.date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(early.precision()).isEqualTo("month");
        DateMention my = only("The assault began in February 2022.", PUBLISHED);
        assertThat(my.date()).isEqualTo(LocalDate.of(2022, 2, 1));
    }

    @Test
    void resolvesRelativeExpressionsOnlyWithAPublicationDate() {
        assertThat(only("Deputies voted last week.", PUBLISHED).date()).isEqualTo(LocalDate.of(2024, 10, 21));
        DateMention unresolved = only("Deputies voted last week.", null);
        assertThat(unresolved.date()).isNull();
        assertThat(unresolved.precision()).isEqualTo("relative");
        assertThat(only("The council votes on November 6.", null).precision()).isEqualTo("relative");
    }

    @Test
    void readsYearsAfterPrepositions() {
        DateMention y = only("Compass was founded in 2012.", PUBLISHED);
        assertThat(y.precision()).isEqualTo("year");
        assertThat(y.date()).isEqualTo(LocalDate.of(2012, 1, 1));
    }
}
