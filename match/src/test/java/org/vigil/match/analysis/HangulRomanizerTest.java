package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.match.NameComparator;

class HangulRomanizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"김정은, kim jong un", "최룡해, choe ryong hae", "박봉주, pak pong ju", "리병철, ri pyong chol",
            "장성택, jang song thaek", "현영철, hyon yong chol"})
    void namesAsSanctionsListsWriteThem(String hangul, String latin) {
        assertThat(String.join(" ", HangulRomanizer.romanize(hangul))).isEqualTo(latin);
    }

    @Test
    void aNameInOneWordSplitsIntoFamilyNameAndGivenName() {
        assertThat(HangulRomanizer.name("김정은")).containsExactly("kim", "jongun");
        assertThat(HangulRomanizer.name("은정")).containsExactly("unjong");
        assertThat(HangulRomanizer.name("김")).containsExactly("kim");
    }

    @Test
    void onlySyllablesAreRomanised() {
        assertThat(HangulRomanizer.romanize("김-정")).containsExactly("kim", "jong");
        assertThat(HangulRomanizer.containsHangul("Kim")).isFalse();
        assertThatThrownBy(() -> HangulRomanizer.syllable('K')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hangulNamesMeetTheirListedSpellings() {
        NameComparator c = NameComparator.unweighted();
        assertThat(c.compare("김정은", "KIM, Jong Un").match()).isTrue();
        assertThat(c.compare("김정은", "Kim Jong-un").match()).isTrue();
        assertThat(c.compare("최룡해", "CHOE, Ryong Hae").match()).isTrue();
        assertThat(c.compare("김정은", "KIM, Yo Jong").match()).isFalse();
        assertThat(c.compare("김 정은", "KIM, Jong Un").match()).isTrue();
        // the given name's syllables in the other order are another name
        assertThat(c.compare("은정 김", "KIM, Jong Un").match()).isFalse();
    }
}
