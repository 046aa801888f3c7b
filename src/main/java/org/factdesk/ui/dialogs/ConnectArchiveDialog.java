package org.factdesk.ui.dialogs;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.factdesk.ui.ArchiveConnection;

import java.util.Arrays;

/** File > Connect archive: the address of the newsroom archive and, for a named user, the password (never stored). */
public final class ConnectArchiveDialog {
    private ConnectArchiveDialog() {
    }

    public static void show(Window owner, ArchiveConnection connection) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connect archive");
        dialog.setHeaderText("Take the evidence from your newsroom's archive on an OpenSearch cluster,"
                + " shared with your colleagues.");
        TextField url = new TextField(connection.connectedProperty().get());
        url.setId("archiveUrl");
        url.setPromptText("opensearch://search.newsroom.internal:9200/newsroom");
        url.setPrefColumnCount(36);
        PasswordField password = new PasswordField();
        password.setId("archivePassword");
        password.setPromptText("only for opensearch+https://USER@...");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Address"), url);
        grid.addRow(1, new Label("Password"), password);
        Label hint = new Label("An API key (FACTDESK_OPENSEARCH_API_KEY) and a private certificate authority"
                + " (FACTDESK_OPENSEARCH_CA) come from the environment FactDesk was started in.");
        hint.setWrapText(true);
        grid.add(hint, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        Platform.runLater(url::requestFocus);
        dialog.showAndWait().filter(b -> b == connect).ifPresent(b -> {
            char[] pw = password.getText().toCharArray();
            password.clear();
            connection.connect(url.getText(), pw);
            Arrays.fill(pw, '\0');
        });
    }

    /** A banner under the menus while the newsroom archive chosen cannot be reached (the team desk's style). */
    public static Label banner(ArchiveConnection connection) {
        Label banner = new Label();
        banner.setId("archiveBanner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #664d03; -fx-padding: 6 10 6 10;");
        banner.textProperty().bind(connection.bannerProperty());
        banner.visibleProperty().bind(connection.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
