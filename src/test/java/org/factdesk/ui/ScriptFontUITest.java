package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.factdesk.model.Evidence;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * A Korean article is shown in the CJK font FactDesk ships, an English one in the system's fonts; a Korean passage in
 * the evidence of an English article is shown in the CJK font too.
 */
class ScriptFontUITest extends DemoWindowUITest {
    @Test
    void aKoreanArticleIsShownInTheBundledCjkFontAndAnEnglishOneIsNot() throws Exception {
        MainViewModel vm = app.viewModel();
        Label title = robot.lookup("#articleTitle").queryAs(Label.class);
        Parent root = title.getScene().getRoot();
        assertThat(root.getStyle()).doesNotContain(BundledFonts.CJK_FAMILY);

        robot.interact(() -> vm.opening().openText("대통령은 10,000명의 군인을 보냈다고 국방부가 밝혔다. 하지만 야당은 반발했다.",
                "국방부 발표", "Yonhap", LocalDate.of(2024, 11, 9), ""));
        waitUntil(() -> title.getText().equals("국방부 발표"), 60);
        waitUntil(() -> root.getStyle().contains(BundledFonts.CJK_FAMILY), 10);
        assertThat(title.getFont().getFamily()).isEqualTo(BundledFonts.CJK_FAMILY);

        robot.interact(() -> vm.opening().openText("The ministry said 10,000 soldiers were sent on Friday.",
                "Ministry statement", "Wire", LocalDate.of(2024, 11, 9), ""));
        waitUntil(() -> title.getText().equals("Ministry statement"), 60);
        waitUntil(() -> !root.getStyle().contains(BundledFonts.CJK_FAMILY), 10);
    }

    @Test
    void aKoreanPassageBesideAnEnglishArticleIsShownInTheBundledCjkFont() throws Exception {
        MainViewModel vm = app.viewModel();
        Path jsonl = dataDir.resolve("korean.jsonl");
        Files.writeString(jsonl, """
                {"id":"k-1","title":"국방부 발표","text":"Quaylinx report: 대통령은 10,000명의 군인을 보냈다고 국방부가 밝혔다.","source":"Yonhap","published":"2024-11-09","url":""}
                {"id":"e-1","title":"Harbour reopens","text":"Quaylinx harbour reopened on Monday after a two-week closure, officials said.","source":"Test Wire","published":"2024-10-01","url":""}
                """);
        String before = vm.archiveTextProperty().get();
        robot.interact(() -> vm.transfer().importArchive(jsonl));
        waitUntil(() -> !vm.archiveTextProperty().get().equals(before), 60);

        robot.interact(() -> vm.review().searchArchive("Quaylinx"));
        ListView<Evidence> list = robot.lookup("#evidenceList").queryListView();
        waitUntil(() -> list.getItems().size() == 2, 60);
        Parent root = list.getScene().getRoot();
        assertThat(root.getStyle()).as("the demo article is English").doesNotContain(BundledFonts.CJK_FAMILY);
        waitUntil(() -> cellStyle(list, "k-1").contains(BundledFonts.CJK_FAMILY), 20);
        assertThat(cellStyle(list, "e-1")).doesNotContain(BundledFonts.CJK_FAMILY);
    }

    /** The style of the shown cell of that passage's article ("" when it is not shown). */
    private String cellStyle(ListView<Evidence> list, String docId) {
        return robot.lookup(".evidence-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Evidence e && e.docId().equals(docId) && c.getGraphic() != null)
                .map(c -> c.getGraphic().getStyle()).findFirst().orElse("");
    }
}
