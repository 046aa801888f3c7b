package org.factdesk.ui.dialogs;

import org.factdesk.ui.Samples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFormViewModelTest {
    @Test
    void pastedTextIsRequiredAndDateAndUrlAreCheckedWithAMessageSayingWhatToFix() {
        ArticleFormViewModel vm = new ArticleFormViewModel();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Paste the article text first.");
        vm.textProperty().set("The council will vote on 6 November on the treaty.");
        assertThat(vm.validProperty().get()).isTrue();
        vm.publishedProperty().set("6/11/2024");
        assertThat(vm.problemProperty().get()).contains("YYYY-MM-DD");
        vm.publishedProperty().set("2024-11-06");
        vm.urlProperty().set("example.org/story");
        assertThat(vm.problemProperty().get()).contains("http://");
        vm.urlProperty().set("https://example.org/story");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.publishedDate()).isEqualTo(LocalDate.of(2024, 11, 6));
    }

    @Test
    void editingMetadataKeepsTheTextAndAppliesTheNewFields() {
        ArticleFormViewModel vm = ArticleFormViewModel.forMetadata(Samples.article());
        vm.titleProperty().set("  New title ");
        vm.publishedProperty().set("");
        var edited = vm.applyTo(Samples.article());
        assertThat(edited.title()).isEqualTo("New title");
        assertThat(edited.published()).isNull();
        assertThat(edited.text()).isEqualTo(Samples.TEXT);
        assertThat(edited.id()).isEqualTo(Samples.article().id());
    }
}
