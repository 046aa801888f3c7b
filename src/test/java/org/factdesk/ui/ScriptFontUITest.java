package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ui.FxWait.waitUntil;

import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** A Korean article is shown in the CJK font FactDesk ships; an English one in the system's fonts. */
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
}
