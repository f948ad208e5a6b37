package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanRomanizationTest {

    /** McCune-Reischauer (the DPRK's usage), Revised Romanisation and older English spellings of one syllable. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "jong, chong", "jeong, chong", "chol, cheol", "pyong, byeong", "paek, baek", "kwang, gwang",
            "chun, jun", "chun, joon", "sung, seung", "un, eun", "song, seong", "sok, seok", "tae, dae",
            "kim, gim", "choe, choi", "sin, shin", "jjang, tchang", "myongjin, myeongchin", "jongun, chongeun",
            "taejoon, taechun", "kyong, gyeong",
            // an initial r: silent before i and y, n before another vowel, as the South writes it
            "ri, lee", "rhee, lee", "rim, im", "ryu, yu", "ryu, yoo", "roh, no",
            "ro, no", "oh, ou", "ryang, yang", "rijong, ijong", "ryomyong, yomyong"})
    void spellingsOfOneSyllableShareAKey(String a, String b) {
        assertThat(KoreanRomanization.key(a)).isNotEmpty().isEqualTo(KoreanRomanization.key(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"jong, jun", "chol, chon", "kim, kum", "song, sung", "pak, pang", "myongjin, myongchol",
            "ri, ni", "ro, o", "ri, li", "ri, yi", "lin, yin", "jongun, unjong", "kim, kkim", "hasan, hassan",
            "yun, yon"})
    void differentSyllablesDoNot(String a, String b) {
        assertThat(KoreanRomanization.key(a)).isNotEmpty().isNotEqualTo(KoreanRomanization.key(b));
    }

    @Test
    void tokensThatAreNotOneOrTwoRomanisedSyllablesHaveNoKey() {
        // consonants no romanisation writes in a syllable, an English r, three syllables, a consonant cluster
        for (String t : new String[] {"smith", "park", "maria", "muhammad", "fatima", "xiong", "zhang", "lakhvi",
                "hafiz", "jongunil", "a", ""}) {
            assertThat(KoreanRomanization.key(t)).as(t).isEmpty();
        }
    }

    @Test
    void aTwoSyllableTokenIsSplitWithTheLongestFirstSyllable() {
        assertThat(KoreanRomanization.key("jongun")).isEqualTo("cong" + "un");
        assertThat(KoreanRomanization.key("hanna")).isEqualTo("han" + "na");
    }
}
