package org.factdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.factdesk.model.Claim;

import java.nio.file.Path;

/**
 * Starts the workbench from the test class path, for screenshots:
 * {@code DevLauncher DATA_DIR [demo|nodemo] [CLAIM_TEXT [STATUS_BUTTON_ID NOTE]]} selects the claim containing
 * CLAIM_TEXT and, when given, marks it and cites the first passage, as a reviewer would with the mouse.
 */
public final class DevLauncher {
    private DevLauncher() {
    }

    public static void main(String[] args) {
        if (args.length > 2) {
            Thread driver = new Thread(() -> drive(args), "dev-driver");
            driver.setDaemon(true);
            driver.start();
        }
        FactDeskApp.launchWith(Path.of(args[0]), args.length > 1 && args[1].equals("demo"));
    }

    @SuppressWarnings("unchecked")
    private static void drive(String[] args) {
        String text = args[2];
        for (int i = 0; i < 240; i++) {
            sleep(500);
            Node list = lookup("#claimList");
            if (list instanceof ListView<?> lv && lv.getItems().stream().anyMatch(c -> ((Claim) c).text().contains(text))) {
                ListView<Claim> claims = (ListView<Claim>) lv;
                Platform.runLater(() -> {
                    Claim c = claims.getItems().stream().filter(x -> x.text().contains(text)).findFirst().orElseThrow();
                    claims.getSelectionModel().select(c);
                    claims.scrollTo(Math.max(0, claims.getItems().indexOf(c) - 1));
                });
                break;
            }
        }
        if (args.length > 4) {
            for (int i = 0; i < 60; i++) {
                sleep(500);
                if (lookup("#evidenceList") instanceof ListView<?> ev && !ev.getItems().isEmpty()) {
                    break;
                }
            }
            sleep(1000);
            Platform.runLater(() -> {
                ((TextArea) lookup("#rationale")).setText(args[4]);
                ((ToggleButton) lookup("#" + args[3])).fire();
                ListView<?> ev = (ListView<?>) lookup("#evidenceList");
                ev.getSelectionModel().select(0);
                ((Button) lookup("#attachSupport")).fire();
                ((ListView<?>) lookup("#claimList")).requestFocus();
            });
        }
    }

    private static Node lookup(String id) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                Node n = w.getScene().lookup(id);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
