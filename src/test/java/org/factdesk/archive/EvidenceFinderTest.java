package org.factdesk.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFinderTest {
    @Test
    void aSpeakerIsSearchedForOnlyWhenItNamesSomeone() {
        assertThat(EvidenceFinder.namesSomeone("Sergei Lavrov")).isTrue();
        assertThat(EvidenceFinder.namesSomeone("the West")).isTrue();
        assertThat(EvidenceFinder.namesSomeone("Several Cruz allies")).isTrue();
        assertThat(EvidenceFinder.namesSomeone("Another official")).isFalse();
        assertThat(EvidenceFinder.namesSomeone("Many sources")).isFalse();
        assertThat(EvidenceFinder.namesSomeone("One official")).isFalse();
        assertThat(EvidenceFinder.namesSomeone("a police spokesman")).isFalse();
        assertThat(EvidenceFinder.namesSomeone(null)).isFalse();
        assertThat(EvidenceFinder.namesSomeone(" ")).isFalse();
    }
}
