package org.factdesk.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTextTest {
    @Test
    void englishNewsReadsAsEnglishAndOtherLanguagesDoNot() {
        assertThat(EnglishText.readsAsEnglish("Prosecutors in Sweden have dropped an investigation into a rape"
                + " allegation made against Wikileaks co-founder Julian Assange in 2010, the authority said.")).isTrue();
        assertThat(EnglishText.readsAsEnglish("하지만 엘제이는 자신의 부적절한 행동들에 대해 무감한 태도를 보였다. 그는 너네들이"
                + " 우습게 봐도 내가 사랑하는 사람의 추억을 간직하는 일이라고 말했다.")).isFalse();
        assertThat(EnglishText.readsAsEnglish("Jangan sampai karena kita amat membenci satu kaum, akhirnya kita justru"
                + " menganiaya mereka secara keji. Kita harus hati terhadap aliran ekstrim yang menanamkan kebencian."))
                .isFalse();
        assertThat(EnglishText.readsAsEnglish("Сейчас Полине исполнилось 53 года, и хоть выглядит она до сих пор на"
                + " все сто, ее охватила паника.")).isFalse();
    }

    @Test
    void aLineTooShortToTellReadsAsEnglish() {
        assertThat(EnglishText.readsAsEnglish("Kyiv, Ukraine")).isTrue();
        assertThat(EnglishText.readsAsEnglish("")).isTrue();
    }

    @Test
    void aLongTextIsDecidedByItsOpeningInOnePass() {
        String english = "The minister said that the troops would stay in the region until the end of the year. ";
        String text = english.repeat(500) + "하지만 엘제이는 자신의 부적절한 행동들에 대해 무감한 태도를 보였다. ".repeat(200_000);
        assertThat(text.length()).isGreaterThan(5_000_000);
        assertThat(EnglishText.readsAsEnglish(text)).isTrue();
    }
}
