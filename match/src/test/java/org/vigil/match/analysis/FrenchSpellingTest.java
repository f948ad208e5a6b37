package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchSpellingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "faouzi, fawzi", "anouar, anwar", "sahraoui, sahrawi", "zarkaoui, zarkawi", "aous, aws", "ouahid, wahid",
            "abdelouadoud, abdelwadud", "djamel, jamel", "djouadi, jwadi", "taoufik, tawfik"})
    void frenchSpellingsAreWrittenTheEnglishWay(String token, String english) {
        assertThat(FrenchSpelling.english(token)).isEqualTo(english);
    }

    /** An "ou" between consonants is a vowel the skeleton already reads: no respelling, nor without any "ou" or "dj". */
    @ParameterizedTest
    @ValueSource(strings = {"youssef", "mouloud", "boumediene", "mohamed", "anwar", "houston", "ou"})
    void otherTokensHaveNone(String token) {
        assertThat(FrenchSpelling.english(token)).isEmpty();
    }
}
