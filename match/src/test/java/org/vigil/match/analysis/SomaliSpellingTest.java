package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SomaliSpellingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "maxamed, mahamed", "xasan, hasan", "xirsi, hirsi", "cabdullaahi, abdullahi", "cali, ali", "cumar, umar",
            "faarax, farah", "cusmaan, usman", "jamac, jama", "shacbaan, shaban", "xuseen, husen"})
    void somaliSpellingsAreWrittenTheEnglishWay(String token, String english) {
        assertThat(SomaliSpelling.english(token)).isEqualTo(english);
    }

    /**
     * No x or ʿayn c: a c between vowels is a k ("lucas"), one at the start before e or o is English or Spanish
     * ("cecilia", "cooper"), and "ch", "ck" are letter groups of their own; long vowels alone change nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lucas", "nicolas", "cecilia", "cooper", "cole", "michael", "jackson", "rasheed",
            "mohamed", "hassan", "x", "xx"})
    void otherTokensHaveNone(String token) {
        assertThat(SomaliSpelling.english(token)).isEmpty();
    }
}
