package org.factdesk.archive;

import org.factdesk.model.Evidence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventTimeTest {
    private static Evidence hit(String id, double score, LocalDate published) {
        return new Evidence(id, "title " + id, "outlet " + id, published, null, "passage", List.of(), score, null, null);
    }

    @Test
    void reportsFromTheBestMatchsDaysOutrankAnOlderStoryOnTheSameTopic() {
        LocalDate event = LocalDate.of(2013, 5, 15);
        List<Evidence> hits = List.of(
                hit("report", 1.0, event),
                hit("background", 0.8, LocalDate.of(2015, 11, 16)),
                hit("sameDay", 0.7, event.minusDays(2)),
                hit("nextDay", 0.6, event.plusDays(1)));

        List<Evidence> out = EvidenceFinder.nearTheirEventTime(hits);

        assertThat(out).extracting(Evidence::docId).containsExactly("report", "sameDay", "nextDay", "background");
        assertThat(out.getFirst().score()).isEqualTo(1.0);
        // two and a half years away: the full age weight, as for a known date
        assertThat(out.getLast().score()).isCloseTo(0.8 * (1 - GroupedSearch.AGE_WEIGHT),
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void undatedResultsKeepTheirScoresAndOrder() {
        List<Evidence> hits = List.of(hit("a", 1.0, null), hit("b", 0.9, null), hit("c", 0.5, LocalDate.of(2020, 1, 1)));

        assertThat(EvidenceFinder.nearTheirEventTime(hits)).isEqualTo(hits);
    }

    @Test
    void isOffByDefaultAndCanBeTurnedOn() {
        assertThat(EvidenceFinder.Tuning.DEFAULT.eventTime()).isFalse();
        assertThat(EvidenceFinder.Tuning.parse("eventTime=1").eventTime()).isTrue();
    }
}
