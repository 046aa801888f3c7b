package org.factdesk.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.model.Claim;
import org.factdesk.model.VerdictStatus;
import org.factdesk.report.ReportFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

/**
 * Export from the UI: Ctrl+Shift+E, the format dialog, the save location (the native file chooser is
 * swapped for one that answers a path, as Monocle cannot show it), the background export task; then every
 * file is parsed back and must hold the reviewer's verdicts.
 */
class ReportExportUITest extends DemoWindowUITest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERIFIED_NOTE = "Two outlets agree; Подтверждено, 최선희 named, 朝鲜 too.";
    private static final String PUBLISHED_AT = "https://checks.example.org/lavrov-choe";
    private static final String ORGANISATION = "Desk Checkers";
    private static final String FALSE_NOTE = "The archive contradicts it; typed just before exporting.";


    @Test
    void exportsEveryFormatFromTheExportDialogAndEachFileHoldsTheVerdicts() throws Exception {
        MainViewModel vm = app.viewModel();
        Claim verified = claims.getItems().get(0);
        Claim disputedFalse = claims.getItems().get(1);
        review(verified, VerdictStatus.VERIFIED, VERIFIED_NOTE);
        review(disputedFalse, VerdictStatus.FALSE, "");
        // A rationale still being typed (not saved yet) when the reviewer exports: it must be in the report.
        robot.interact(() -> vm.verdict().rationaleProperty().set(FALSE_NOTE));

        Path folder = dataDir.resolve("reports");
        List<String> offered = new CopyOnWriteArrayList<>();
        List<Boolean> chosenOnFxThread = new CopyOnWriteArrayList<>();
        robot.interact(() -> app.view().setSaveChooser((owner, title, initialName, filter, ext, lastFolder) -> {
            offered.add(initialName);
            chosenOnFxThread.add(Platform.isFxApplicationThread());
            return folder.resolve("review." + ext).toFile();
        }));

        for (ReportFormat format : ReportFormat.values()) {
            robot.interact(() -> claims.requestFocus());
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#exportDialog .combo-box").tryQuery().isPresent(), 10);
            ComboBox<Object> choice = robot.lookup("#exportDialog .combo-box").queryComboBox();
            robot.interact(() -> choice.getItems().stream().filter(o -> o.toString().equals(format.label())).findFirst()
                    .ifPresent(o -> choice.getSelectionModel().select(o)));
            robot.clickOn(dialogButton("#exportDialog", "OK"));
            if (format == ReportFormat.CLAIMREVIEW) {
                // ClaimReview asks who publishes and where (Google's tools need the URL).
                waitUntil(() -> robot.lookup("#publishUrl").tryQuery().isPresent(), 10);
                Button next = dialogButton("#publishDialog", "Choose file…");
                robot.interact(() -> robot.lookup("#publishUrl").queryAs(javafx.scene.control.TextField.class).setText("not a url"));
                assertThat(next.isDisabled()).isTrue();
                robot.interact(() -> {
                    robot.lookup("#publishUrl").queryAs(javafx.scene.control.TextField.class).setText(PUBLISHED_AT);
                    robot.lookup("#publishOrganisation").queryAs(javafx.scene.control.TextField.class).setText(ORGANISATION);
                });
                robot.clickOn(next);
            }
            Path out = folder.resolve("review." + format.fileExtension());
            waitUntil(() -> vm.noticeProperty().get().equals("Report saved to " + out), 90);
            assertThat(out).as(format.name()).isNotEmptyFile();
        }
        String stem = MainView.safeName(vm.currentArticle().orElseThrow().displayTitle());
        assertThat(offered).hasSize(ReportFormat.values().length).allSatisfy(name -> assertThat(name).startsWith(stem + "."));
        assertThat(chosenOnFxThread).containsOnly(true);
        assertThat(vm.executor().busyProperty().get()).isFalse();
        // What ClaimReview asked for is remembered for the next export, in the workspace.
        java.util.concurrent.CompletableFuture<List<String>> remembered = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> vm.transfer().loadReportSettings((org, url) -> remembered.complete(List.of(org, url))));
        assertThat(remembered.get(10, TimeUnit.SECONDS)).containsExactly(ORGANISATION, PUBLISHED_AT);

        Map<Claim, String> expected = Map.of(verified, "Verified", disputedFalse, "False");
        htmlHoldsTheVerdicts(folder.resolve("review.html"), expected);
        pdfHoldsTheVerdicts(folder.resolve("review.pdf"), expected);
        markdownHoldsTheVerdicts(folder.resolve("review.md"), expected);
        csvHoldsTheVerdicts(folder.resolve("review.csv"), expected);
        jsonHoldsTheVerdicts(folder.resolve("review.json"), expected);
        claimReviewHoldsTheVerdicts(folder.resolve("review.jsonld"), expected);
    }

    private void htmlHoldsTheVerdicts(Path file, Map<Claim, String> expected) throws Exception {
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(doc.select("script")).isEmpty();
        for (var e : expected.entrySet()) {
            Element li = doc.getElementById("claim-" + e.getKey().id());
            assertThat(li).as("claim %s in the HTML", e.getKey().id()).isNotNull();
            assertThat(li.select(".verdict").text()).isEqualTo(e.getValue());
            assertThat(li.select("blockquote.claim-text").text()).isEqualTo(e.getKey().text());
        }
        assertThat(doc.text()).contains(VERIFIED_NOTE, FALSE_NOTE);
        assertThat(doc.select(".verdict").eachText()).contains("Verified", "False", "Unreviewed");
    }

    private void pdfHoldsTheVerdicts(Path file, Map<Claim, String> expected) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Verified", "False", VERIFIED_NOTE, FALSE_NOTE);
            for (Claim c : expected.keySet()) {
                assertThat(text).contains(c.text().replaceAll("\\s+", " ").substring(0, 40));
            }
        }
    }

    private void markdownHoldsTheVerdicts(Path file, Map<Claim, String> expected) throws Exception {
        String md = Files.readString(file);
        assertThat(md).contains("| Verified | 1 |", "| False | 1 |", VERIFIED_NOTE, FALSE_NOTE);
        assertThat(md).contains("### 1. Verified", "### 2. False");
    }

    private void csvHoldsTheVerdicts(Path file, Map<Claim, String> expected) throws Exception {
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertThat(rows).hasSize(claims.getItems().size());
        for (var e : expected.entrySet()) {
            CSVRecord row = rows.stream().filter(x -> x.get("claim_id").equals(e.getKey().id())).findFirst().orElseThrow();
            assertThat(row.get("status")).isEqualTo(e.getValue());
            assertThat(row.get("text")).isEqualTo(e.getKey().text());
        }
        assertThat(rows).extracting(x -> x.get("rationale")).contains(VERIFIED_NOTE, FALSE_NOTE);
    }

    private void jsonHoldsTheVerdicts(Path file, Map<Claim, String> expected) throws Exception {
        JsonNode root = JSON.readTree(file.toFile());
        assertThat(root.at("/summary/Verified").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/False").asInt()).isEqualTo(1);
        List<String> rationales = new ArrayList<>();
        for (JsonNode c : root.at("/reports/0/claims")) {
            rationales.add(c.at("/verdict/rationale").asText());
            expected.forEach((claim, status) -> {
                if (claim.id().equals(c.path("id").asText())) {
                    assertThat(c.at("/verdict/status").asText()).isEqualTo(status);
                    assertThat(c.path("text").asText()).isEqualTo(claim.text());
                }
            });
        }
        assertThat(rationales).contains(VERIFIED_NOTE, FALSE_NOTE);
    }

    private void claimReviewHoldsTheVerdicts(Path file, Map<Claim, String> expected) throws Exception {
        JsonNode reviews = JSON.readTree(file.toFile());
        assertThat(reviews.isArray()).isTrue();
        assertThat(reviews).hasSize(expected.size()); // unreviewed claims are not published
        for (JsonNode r : reviews) {
            assertThat(r.path("@type").asText()).isEqualTo("ClaimReview");
            Claim claim = expected.keySet().stream().filter(c -> c.text().equals(r.path("claimReviewed").asText()))
                    .findFirst().orElseThrow();
            assertThat(r.at("/reviewRating/alternateName").asText()).isEqualTo(expected.get(claim));
            assertThat(r.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
            assertThat(r.path("url").asText()).isEqualTo(PUBLISHED_AT + "#claim-" + claim.id());
            assertThat(r.at("/author/name").asText()).isEqualTo(ORGANISATION);
        }
        assertThat(reviews).extracting(r -> r.at("/reviewRating/ratingExplanation").asText())
                .containsExactlyInAnyOrder(VERIFIED_NOTE, FALSE_NOTE);
    }

    private void review(Claim claim, VerdictStatus status, String rationale) throws Exception {
        MainViewModel vm = app.viewModel();
        robot.interact(() -> vm.claims().selectedProperty().set(claim));
        waitUntil(() -> claim.equals(vm.verdict().claimProperty().get()), 20);
        int before = vm.verdict().history().size();
        robot.interact(() -> {
            vm.verdict().rationaleProperty().set(rationale);
            vm.review().setStatus(status);
        });
        waitUntil(() -> vm.verdict().history().size() > before && vm.verdict().saveStateProperty().get().startsWith("Saved")
                && vm.claims().statusOf(claim) == status, 20);
    }

    private Button dialogButton(String dialogId, String text) {
        return robot.from(robot.lookup(dialogId).queryAll()).lookup((Button b) -> text.equals(b.getText()))
                .queryAs(Button.class);
    }

}
