package org.factdesk.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakersTest {
    @Test
    void aSpeakerIsSearchedForOnlyWhenItNamesSomeone() {
        assertThat(Speakers.namesSomeone("Sergei Lavrov")).isTrue();
        assertThat(Speakers.namesSomeone("the West")).isTrue();
        assertThat(Speakers.namesSomeone("Several Cruz allies")).isTrue();
        assertThat(Speakers.namesSomeone("Another official")).isFalse();
        assertThat(Speakers.namesSomeone("Many sources")).isFalse();
        assertThat(Speakers.namesSomeone("One official")).isFalse();
        assertThat(Speakers.namesSomeone("a police spokesman")).isFalse();
        assertThat(Speakers.namesSomeone(null)).isFalse();
        assertThat(Speakers.namesSomeone(" ")).isFalse();
    }

    @Test
    void aSpeakerNamedWithTheIsAnOrganisationInClaimReview() {
        assertThat(Speakers.isInstitution("the West")).isTrue();
        assertThat(Speakers.isInstitution("The Kremlin")).isTrue();
        assertThat(Speakers.isInstitution("Ukraine and the West")).isTrue();
        assertThat(Speakers.isInstitution("Sergei Lavrov")).isFalse();
        assertThat(Speakers.isInstitution("Another official")).isFalse();
        assertThat(Speakers.isInstitution("the minister")).isFalse();
    }
}
