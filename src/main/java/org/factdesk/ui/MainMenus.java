package org.factdesk.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.factdesk.model.EvidenceRole;
import org.factdesk.model.VerdictStatus;
import org.factdesk.ui.claims.ClaimListView;
import org.factdesk.ui.dialogs.ShortcutsDialog;
import org.factdesk.ui.evidence.EvidenceView;
import org.factdesk.ui.keys.KeyBinding;
import org.factdesk.ui.verdict.VerdictView;

import java.util.function.Supplier;

/** The workbench's menu bar; every accelerator comes from the one {@link KeyBinding} table. */
final class MainMenus {
    private final MainViewModel vm;
    private final Stage stage;
    private final WorkbenchDialogs dialogs;
    private final NotifierDialogs notices;
    private final ClaimShapingActions shaping;
    private final ClaimListView claimListView;
    private final EvidenceView evidenceView;
    private final VerdictView verdictView;
    private final Supplier<RecentFiles> recent;

    MainMenus(MainViewModel vm, Stage stage, WorkbenchDialogs dialogs, NotifierDialogs notices, ClaimShapingActions shaping,
              ClaimListView claimListView, EvidenceView evidenceView, VerdictView verdictView, Supplier<RecentFiles> recent) {
        this.vm = vm;
        this.stage = stage;
        this.dialogs = dialogs;
        this.notices = notices;
        this.shaping = shaping;
        this.claimListView = claimListView;
        this.evidenceView = evidenceView;
        this.verdictView = verdictView;
        this.recent = recent;
    }

    MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item(KeyBinding.OPEN_FILE, dialogs::openFileDialog),
                RecentMenu.create(recent, vm.opening()::openFile, vm.noticeProperty()::set),
                item(KeyBinding.PASTE_ARTICLE, dialogs::pasteDialog),
                item(KeyBinding.OPEN_URL, dialogs::openUrlDialog),
                item(KeyBinding.EDIT_DETAILS, dialogs::metadataDialog),
                item(KeyBinding.LIBRARY, dialogs::libraryWindow),
                new SeparatorMenuItem(),
                item(KeyBinding.IMPORT_ARCHIVE, () -> dialogs.importDialog(false)),
                item("Import into archive (folder)…", () -> dialogs.importDialog(true)),
                item("Import earlier fact-checks (ClaimReview)…", dialogs::importClaimReviewDialog),
                item(KeyBinding.EXPORT_REPORT, dialogs::exportDialog),
                item(KeyBinding.EXPORT_RANGE, dialogs::exportRangeDialog),
                new SeparatorMenuItem(),
                workspaceItem(),
                removeSamplesItem(),
                item("Restore backup…", notices::restoreBackupDialog),
                new SeparatorMenuItem(),
                item("Connect to team desk…", dialogs::connectTeamDeskDialog),
                item("Back to the local desk", () -> {
                    if (vm.teamDesk().connected()) {
                        vm.teamDesk().disconnect();
                    }
                }),
                item("Connect archive…", () -> org.factdesk.ui.dialogs.ConnectArchiveDialog.show(stage,
                        vm.archiveConnection())),
                item("Back to the local archive", () -> {
                    if (!vm.archiveConnection().connectedProperty().get().isEmpty()) {
                        vm.archiveConnection().disconnect();
                    }
                }),
                new SeparatorMenuItem(),
                item(KeyBinding.QUIT, stage::close));
        Menu review = new Menu("_Review");
        review.getItems().addAll(
                item(KeyBinding.NEXT_CLAIM, vm::next),
                item(KeyBinding.PREVIOUS_CLAIM, vm::previous),
                new SeparatorMenuItem());
        VerdictStatus[] order = {VerdictStatus.VERIFIED, VerdictStatus.DISPUTED, VerdictStatus.FALSE,
                VerdictStatus.MISLEADING, VerdictStatus.UNVERIFIABLE, VerdictStatus.UNREVIEWED};
        for (VerdictStatus s : order) {
            MenuItem mi = item(KeyBinding.mark(s), () -> vm.review().setStatus(s));
            mi.setId("menuMark" + s.label());
            review.getItems().add(mi);
        }
        review.getItems().addAll(new SeparatorMenuItem(),
                item(KeyBinding.WRITE_RATIONALE, () -> verdictView.rationaleArea().requestFocus()),
                item(KeyBinding.CITE_SUPPORTING,
                        () -> vm.review().attach(vm.evidence().selectedProperty().get(), EvidenceRole.SUPPORTS)),
                item(KeyBinding.CITE_CONTRADICTING,
                        () -> vm.review().attach(vm.evidence().selectedProperty().get(), EvidenceRole.CONTRADICTS)),
                item(KeyBinding.GO_TO_EVIDENCE, () -> {
                    evidenceView.list().requestFocus();
                    if (evidenceView.list().getSelectionModel().isEmpty() && !evidenceView.list().getItems().isEmpty()) {
                        evidenceView.list().getSelectionModel().select(0);
                    }
                }),
                item(KeyBinding.SEARCH_ARCHIVE, () -> evidenceView.searchField().requestFocus()),
                item(KeyBinding.FILTER_CLAIMS, () -> claimListView.lookup("#claimFilter").requestFocus()),
                new SeparatorMenuItem(),
                item(KeyBinding.UNDO, vm.review()::undo),
                item(KeyBinding.REDO, vm.review()::redo));
        Menu claimsMenu = new Menu("_Claims");
        CheckMenuItem showDismissed = new CheckMenuItem("Show dismissed claims");
        showDismissed.selectedProperty().bindBidirectional(vm.claims().showDismissedProperty());
        claimsMenu.getItems().addAll(
                item(KeyBinding.ADD_CLAIM, shaping::addClaimFromSelection),
                item(KeyBinding.REWORD_CLAIM, shaping::rewordSelected),
                item(KeyBinding.SPLIT_CLAIM, shaping::splitSelected),
                item(KeyBinding.MERGE_CLAIMS, shaping::mergeSelected),
                item(KeyBinding.DISMISS_CLAIM, shaping::dismissOrRestoreSelected),
                showDismissed,
                new SeparatorMenuItem(),
                item(KeyBinding.FIND_CLAIMS_AGAIN, vm.shaping()::reextract));
        Menu view = new Menu("_View");
        CheckMenuItem dark = new CheckMenuItem(KeyBinding.DARK_THEME.menuLabel());
        dark.setId("menuDarkTheme");
        dark.setAccelerator(KeyBinding.DARK_THEME.combination());
        dark.selectedProperty().bindBidirectional(FactDeskTheme.darkProperty());
        dark.setOnAction(e -> FactDeskTheme.remember());
        view.getItems().addAll(dark, new SeparatorMenuItem(),
                item(KeyBinding.PREFERENCES, dialogs::preferencesDialog));
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item(KeyBinding.SHORTCUTS, () -> ShortcutsDialog.show(stage)),
                item("About FactDesk", dialogs::about));
        MenuBar bar = new MenuBar(file, review, claimsMenu, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** "Open demo workspace", or in the demo "Back to my workspace": the demo is a workspace of its own. */
    private MenuItem workspaceItem() {
        MenuItem mi = item("Open demo workspace", () -> vm.switchWorkspace(!vm.demoWorkspaceProperty().get()));
        mi.setId("menuDemoWorkspace");
        mi.textProperty().bind(vm.demoWorkspaceProperty().map(d -> d ? "Back to my workspace" : "Open demo workspace"));
        return mi;
    }

    /** For a workspace that received the demo's sample articles before the demo had a workspace of its own. */
    private MenuItem removeSamplesItem() {
        MenuItem mi = item("Remove sample data from this workspace…", dialogs::confirmRemoveSamples);
        mi.setId("menuRemoveSamples");
        mi.visibleProperty().bind(vm.hasSampleDataProperty());
        return mi;
    }

    /** A menu item of the key-binding table: its label and its key. */
    static MenuItem item(KeyBinding binding, Runnable action) {
        return item(binding.menuLabel(), binding, action);
    }

    /** A menu item without a key. */
    static MenuItem item(String text, Runnable action) {
        return item(text, null, action);
    }

    /** A menu item with its own label and the table's key for the action ({@code binding} null for none). */
    static MenuItem item(String text, KeyBinding binding, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (binding != null) {
            mi.setAccelerator(binding.combination());
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }
}
