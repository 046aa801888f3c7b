package org.factdesk.ui.claims;

import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.factdesk.model.Claim;
import org.factdesk.ui.FactDeskTheme;
import org.factdesk.ui.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim list while the encoder's scores arrive, headless: it re-sorts and the reviewer's claim stays selected. */
@ExtendWith(ApplicationExtension.class)
class ClaimListViewUITest {
    private final List<Claim> claims = Samples.claims();
    private ClaimListViewModel vm;
    private ClaimListView view;

    @Start
    void start(Stage stage) {
        vm = new ClaimListViewModel();
        view = new ClaimListView(vm);
        Scene scene = new Scene(view, 420, 500);
        scene.getStylesheets().add(FactDeskTheme.stylesheet());
        stage.setScene(scene);
        stage.show();
        vm.sortProperty().set(ClaimListViewModel.Sort.SCORE);
        vm.show(claims, Map.of());
    }

    @Test
    void theSelectedClaimStaysSelectedWhenNewScoresReorderTheList(FxRobot robot) {
        Claim quote = claims.get(1);
        robot.interact(() -> view.list().getSelectionModel().select(quote));
        assertThat(vm.selectedProperty().get()).isEqualTo(quote);
        List<Claim> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        vm.selectedProperty().addListener((obs, old, now) -> seen.add(now));

        robot.interact(() -> vm.rescored(List.of(claims.get(0).withScore(0.30), quote.withScore(0.95),
                claims.get(2).withScore(0.60)), java.util.Set.of()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.list().getItems()).extracting(Claim::id)
                .containsExactly(quote.id(), claims.get(2).id(), claims.get(0).id());
        assertThat(view.list().getSelectionModel().getSelectedItem()).isEqualTo(quote.withScore(0.95));
        assertThat(vm.selectedProperty().get()).isEqualTo(quote.withScore(0.95));
        // the only change of selection the window saw is the same claim with its new score: no null, no other claim
        assertThat(seen).containsExactly(quote.withScore(0.95));
    }

    @Test
    void aScoreThatDoesNotChangeKeepsTheListsSelectionToo(FxRobot robot) {
        Claim troops = claims.get(0);
        robot.interact(() -> view.list().getSelectionModel().select(troops));
        robot.interact(() -> vm.rescored(claims, java.util.Set.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.list().getSelectionModel().getSelectedItem()).isEqualTo(troops);
        assertThat(vm.selectedProperty().get()).isEqualTo(troops);
    }
}
