package org.factdesk.ui.library;

import org.factdesk.model.Article;
import org.factdesk.store.ArticleSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryViewModelTest {
    private static ArticleSummary summary(String id, String title, String text, String outlet, LocalDate published,
                                          int claims, int reviewed) {
        return new ArticleSummary(new Article(id, title, text, outlet, published, ""), claims, reviewed, Instant.EPOCH);
    }

    private final ArticleSummary fresh = summary("a", "Port backlog grows", "Containers wait at the border.",
            "Harbour Times", LocalDate.of(2024, 11, 9), 4, 0);
    private final ArticleSummary half = summary("b", "Troops near the front", "Lavrov met Choe Son Hui in Moscow.",
            "Northbridge Wire", LocalDate.of(2024, 11, 1), 12, 5);
    private final ArticleSummary done = summary("c", "Budget vote", "The council passed the budget.",
            "Harbour Times", null, 3, 3);

    @Test
    void tellsNotStartedInProgressAndDoneApart() {
        assertThat(LibraryViewModel.Status.of(fresh)).isEqualTo(LibraryViewModel.Status.NOT_STARTED);
        assertThat(LibraryViewModel.Status.of(half)).isEqualTo(LibraryViewModel.Status.IN_PROGRESS);
        assertThat(LibraryViewModel.Status.of(done)).isEqualTo(LibraryViewModel.Status.DONE);
    }

    @Test
    void filtersByStatusOutletDateAndEveryWordOfTheSearch() {
        LibraryViewModel vm = new LibraryViewModel();
        vm.show(List.of(fresh, half, done));
        assertThat(vm.outlets()).containsExactly("Harbour Times", "Northbridge Wire");
        vm.statusProperty().set(LibraryViewModel.Status.DONE);
        assertThat(vm.shown()).containsExactly(done);
        vm.statusProperty().set(null);
        vm.outletProperty().set("Harbour Times");
        assertThat(vm.shown()).containsExactly(fresh, done);
        vm.outletProperty().set(null);
        vm.fromProperty().set(LocalDate.of(2024, 11, 2));
        assertThat(vm.shown()).containsExactly(fresh); // an undated article is outside any date range
        vm.fromProperty().set(null);
        vm.toProperty().set(LocalDate.of(2024, 11, 1));
        assertThat(vm.shown()).containsExactly(half);
        vm.toProperty().set(null);
        vm.searchProperty().set("choe MOSCOW");
        assertThat(vm.shown()).containsExactly(half);
        vm.searchProperty().set("choe budget");
        assertThat(vm.shown()).isEmpty();
        vm.searchProperty().set("  ");
        assertThat(vm.shown()).hasSize(3);
    }
}
