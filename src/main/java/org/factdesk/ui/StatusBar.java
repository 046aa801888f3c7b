package org.factdesk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar (workspace, archive, progress, the latest notice or the running task) and the team desk's banner. */
final class StatusBar {
    private StatusBar() {
    }

    static HBox of(MainViewModel vm) {
        Label workspace = new Label();
        workspace.setId("statusWorkspace");
        workspace.textProperty().bind(vm.workspaceTextProperty().map(s -> s.isEmpty() ? "" : "Workspace: " + s));
        workspace.setMinWidth(0);
        Label archive = new Label();
        archive.setId("statusArchive");
        archive.textProperty().bind(vm.archiveTextProperty());
        archive.setMinWidth(Region.USE_PREF_SIZE);
        Label reviewed = new Label();
        reviewed.setId("statusReviewed");
        reviewed.textProperty().bind(vm.claims().progressText("claims "));
        reviewed.setMinWidth(Region.USE_PREF_SIZE);
        Label notice = new Label();
        notice.setId("statusNotice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        UiExecutor ex = vm.executor();
        Label task = new Label();
        task.setId("taskMessage");
        task.textProperty().bind(ex.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.progressProperty().bind(ex.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelTask");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> vm.cancelTask());
        for (Node n : new Node[]{task, progress, cancel}) {
            n.visibleProperty().bind(ex.busyProperty());
            n.managedProperty().bind(ex.busyProperty());
        }
        notice.visibleProperty().bind(ex.busyProperty().not());
        HBox bar = new HBox(workspace, archive, reviewed, notice, spacer, task, progress, cancel);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** A banner under the menus while the team desk server cannot be reached (edits stay, and are saved later). */
    static Label deskBanner(MainViewModel vm) {
        Label banner = new Label();
        banner.setId("deskBanner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #664d03; -fx-padding: 6 10 6 10;");
        banner.textProperty().bind(vm.review().deskBannerProperty());
        banner.visibleProperty().bind(vm.review().deskBannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
