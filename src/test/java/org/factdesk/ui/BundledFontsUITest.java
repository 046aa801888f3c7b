package org.factdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The CJK font shipped for PDF reports serves the window too (a Korean article on a desktop without CJK fonts). */
class BundledFontsUITest {
    @Test
    void theBundledCjkFontIsRegisteredWithJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        assertThat(WaitForAsyncUtils.asyncFx(BundledFonts::register).get()).isTrue();
        assertThat(BundledFonts.register()).as("registered once, then known").isTrue();

        assertThat(Font.getFamilies()).contains(BundledFonts.CJK_FAMILY);
        assertThat(Font.font(BundledFonts.CJK_FAMILY, 14).getFamily()).isEqualTo(BundledFonts.CJK_FAMILY);
    }

    @Test
    void articlesInChineseJapaneseOrKoreanNeedIt() {
        assertThat(BundledFonts.needsCjk("대통령은 10,000명의 군인을 보냈다")).isTrue();
        assertThat(BundledFonts.needsCjk("中文新闻")).isTrue();
        assertThat(BundledFonts.needsCjk("ニュース")).isTrue();
        assertThat(BundledFonts.needsCjk("Путин сказал, что 10 000 солдат")).isFalse();
        // only the first 20,000 characters are looked at: a long English article is answered at once
        assertThat(BundledFonts.needsCjk("The minister said 10,000 troops. ".repeat(200_000) + "中文")).isFalse();
    }
}
