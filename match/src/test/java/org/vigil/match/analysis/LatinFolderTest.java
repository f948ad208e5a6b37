package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinFolderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "müller, muller",
            "łódź, lodz",
            "straße, strasse",
            "søren, soren",
            "ø, o",
            "æ, ae",
            "ærø, aero",
            "đorđe, dorde",
            "þór, thor",
            "ı, i",
            "saīd, said",
            "saʿīd, said",          // the ʿ ICU leaves behind is dropped
            "çelik, celik",
            "nguyễn, nguyen",
            "żółć, zolc",
            "i\u0307stanbul, istanbul", // the combining dot of İ after case folding
            "abc123, abc123",
            "ABC, abc"})
    void foldsToLowerCaseAsciiLettersAndDigits(String in, String out) {
        assertThat(LatinFolder.fold(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"a-b|ab", "a_b|ab", "a'b|ab", "a.b|ab", "!?|''"})
    void dropsWhatIsNotALetterOrDigit(String in, String out) {
        assertThat(LatinFolder.fold(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"saeed", "lakhvi", "a", "x1"})
    void lowerCaseAsciiIsUnchanged(String s) {
        assertThat(LatinFolder.fold(s)).isEqualTo(s);
    }
}
