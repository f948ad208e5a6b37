package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanPolishSpellingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "janukowitsch, yanukovich", "chodorkowski, khodorkovski", "gorbatschow, gorbachov",
            "schewtschenko, shevchenko", "wolkow, volkov", "czarnecki, charnecki", "szewczyk, shevchyk",
            "jewgenij, yevgeniy"})
    void germanAndPolishSpellingsAreWrittenTheEnglishWay(String token, String english) {
        assertThat(GermanPolishSpelling.english(token)).isEqualTo(english);
    }

    /** No sch, cz, sz or inner w: the token is not in a German or Polish spelling (an initial w is English too). */
    @ParameterizedTest
    @ValueSource(strings = {"michael", "jan", "walker", "chen", "yanukovych", "khodorkovsky", "sergej", "zhang", "w"})
    void otherTokensHaveNone(String token) {
        assertThat(GermanPolishSpelling.english(token)).isEmpty();
    }
}
