package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.match.NameComparator;

class NumberWordsTest {

    static String analyzed(String name) {
        return NameAnalyzer.standard().analyze(name).text();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Fourteenth Street Bank, 14 street bank", "14th Street Bank, 14 street bank",
            "Twenty-First Century Fox, 21 century fox", "twenty first century, 21 century",
            "Sixty Ninth Brigade, 69 brigade", "1st Battalion, 1 battalion", "One Belt One Road, 1 belt 1 road"})
    void numberWordsAndOrdinalsBecomeDigits(String name, String text) {
        assertThat(analyzed(name)).isEqualTo(text);
    }

    @Test
    void tenStaysAParticleAndDigitsKeepOtherSuffixes() {
        assertThat(analyzed("Hendrik ten Brink")).isEqualTo("hendrik ten brink");
        assertThat(NumberWords.stripOrdinal("14th")).isEqualTo("14");
        assertThat(NumberWords.stripOrdinal("a14th")).isEqualTo("a14th");
        assertThat(NumberWords.stripOrdinal("737max")).isEqualTo("737max");
        assertThat(NumberWords.value("said")).isEqualTo(-1);
    }

    @Test
    void writtenAndDigitNumbersMatchButDifferentNumbersDoNot() {
        NameComparator c = NameComparator.unweighted();
        assertThat(c.compare("The Fourteenth Street Bank", "14th Street Bank").match()).isTrue();
        assertThat(c.compare("Fifteenth Street Bank", "14th Street Bank").score())
                .isLessThan(c.compare("Fourteenth Street Bank", "14th Street Bank").score());
    }
}
