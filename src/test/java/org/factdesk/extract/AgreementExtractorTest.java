package org.factdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.model.AgreementTerm;
import org.junit.jupiter.api.Test;

class AgreementExtractorTest {
    private final AgreementExtractor extractor = new AgreementExtractor();

    @Test
    void findsTheAgreementNameObligationAndPartiesResolvedFromTheArticle() {
        String article = "Russian and North Korean ministers met in Moscow. Pyongyang sent troops to Russia. "
                + "Ukraine protested.";
        String sentence = "The two countries concluded a “comprehensive strategic partnership treaty” which provides "
                + "in particular “immediate military aid” in the event of armed aggression.";
        AgreementTerm t = extractor.extract(sentence, article);
        assertThat(t).isNotNull();
        assertThat(t.agreement()).isEqualTo("comprehensive strategic partnership treaty");
        assertThat(t.obligation()).isEqualTo("immediate military aid in the event of armed aggression");
        assertThat(t.parties()).containsExactlyInAnyOrder("Russia", "North Korea");
    }

    @Test
    void takesPartiesNamedInTheSentence() {
        AgreementTerm t = extractor.extract("The accord between Israel and Egypt obliges both to keep the border open.", "");
        assertThat(t.parties()).containsExactly("Israel", "Egypt");
        assertThat(t.obligation()).isEqualTo("both to keep the border open");
    }

    @Test
    void ignoresSentencesWithoutAnObligation() {
        assertThat(extractor.extract("The council must vote on the ratification of the agreement.", "")).isNull();
        assertThat(extractor.extract("The army provides food to refugees.", "")).isNull();
    }
}
