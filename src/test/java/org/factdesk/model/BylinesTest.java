package org.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void namesComeOutOfABylineAsPagesWriteIt() {
        assertThat(Bylines.names("By Mara Ellison | Senior Reporter")).containsExactly("Mara Ellison");
        assertThat(Bylines.names("By Carrie ArnoldNovember 15, 2019")).containsExactly("Carrie Arnold");
        assertThat(Bylines.names("By Jane Roe, John Doe and Ann Lee")).containsExactly("Jane Roe", "John Doe", "Ann Lee");
        assertThat(Bylines.names("Jane Roe & Andy Anderson https://example.org/staff/jr")).containsExactly("Jane Roe",
                "Andy Anderson");
        assertThat(Bylines.names("by Lucas Nolan22 Dec 2016651")).containsExactly("Lucas Nolan");
        assertThat(Bylines.names("By Ana Ruiz3 March 2024")).containsExactly("Ana Ruiz");
        assertThat(Bylines.names("Follow Author")).isEmpty();
        assertThat(Bylines.names("Jane Roe Follow")).containsExactly("Jane Roe");
        assertThat(Bylines.names("Ann Followell")).containsExactly("Ann Followell");
        assertThat(Bylines.names("By")).isEmpty();
        assertThat(Bylines.names("")).isEmpty();
    }

    @Test
    void aHeaderLineJoinsTheNamesAsASentenceDoes() {
        assertThat(Bylines.display("By Jane Roe")).isEqualTo("Jane Roe");
        assertThat(Bylines.display("Jane Roe, John Doe")).isEqualTo("Jane Roe and John Doe");
        assertThat(Bylines.display("Jane Roe, John Doe, Ann Lee")).isEqualTo("Jane Roe, John Doe and Ann Lee");
    }

    @Test
    void aMegabyteBylineIsReadOnlyAsFarAsABylineGoes() {
        String huge = "By Jane Roe " + "x".repeat(2_000_000);
        assertThat(Bylines.names(huge)).hasSizeLessThan(3);
    }
}
