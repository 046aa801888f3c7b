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
 * System property {@code factdesk.shot}: {@code prior} then opens a follow-up article repeating that claim
 * and selects the repeat (the "checked before" notice); {@code library} opens the article library.
 */
public final class DevLauncher {
    private DevLauncher() {
    }

    public static void main(String[] args) {
        String shot = System.getProperty("factdesk.shot", "");
        if (shot.equals("about") || shot.equals("recent")) {
            Thread driver = new Thread(() -> showDesktopShot(shot), "dev-driver");
            driver.setDaemon(true);
            driver.start();
        }
        if (args.length > 2) {
            Thread driver = new Thread(() -> drive(args), "dev-driver");
            driver.setDaemon(true);
            driver.start();
        }
        FactDeskApp.launchWith(Path.of(args[0]), args.length > 1 && args[1].equals("demo"));
    }

    /** {@code about}: Help > About once the workspace is ready; {@code recent}: File > Open recent, opened. */
    private static void showDesktopShot(String shot) {
        for (int i = 0; i < 240 && (FactDeskApp.running == null || FactDeskApp.running.viewModel() == null
                || FactDeskApp.running.viewModel().phaseProperty().get() != MainViewModel.Phase.READY); i++) {
            sleep(500);
        }
        sleep(1500);
        Platform.runLater(() -> {
            if (shot.equals("about")) {
                FactDeskApp.running.view().about();
                return;
            }
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) lookup("#menuBar");
            javafx.scene.control.Menu file = bar.getMenus().getFirst();
            file.show();
            file.getItems().stream().filter(m -> "menuOpenRecent".equals(m.getId())).findFirst()
                    .map(javafx.scene.control.Menu.class::cast).ifPresent(m -> Platform.runLater(m::show));
        });
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
        String shot = System.getProperty("factdesk.shot", "");
        if (shot.equals("prior") || shot.equals("library")) {
            sleep(2500);
            MainViewModel vm = FactDeskApp.running.viewModel();
            Claim[] repeated = new Claim[1];
            Platform.runLater(() -> {
                repeated[0] = vm.claims().selectedProperty().get();
                vm.opening().openText("Follow-up, Harbour Times, 9 November. " + repeated[0].text()
                                + " Officials in Seoul said on Friday that more troops could follow before the winter.",
                        "North Korean troops: what Washington says now", "Harbour Times",
                        java.time.LocalDate.of(2024, 11, 9), "https://harbourtimes.example/nk-troops");
            });
            for (int i = 0; i < 120; i++) {
                sleep(500);
                if (vm.currentArticle().map(a -> a.source().equals("Harbour Times")).orElse(false)
                        && !vm.claims().checkedBefore().isEmpty()) {
                    break;
                }
            }
            Platform.runLater(() -> {
                Claim repeat = vm.claims().all().stream().filter(vm.claims()::repeatsCheckedClaim).findFirst().orElse(null);
                if (repeat != null) {
                    vm.claims().selectedProperty().set(repeat);
                }
                if (shot.equals("library")) {
                    FactDeskApp.running.view().libraryWindow();
                }
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
