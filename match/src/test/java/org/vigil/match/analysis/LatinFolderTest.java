package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    /** The table path and ICU agree on every Latin-1 / Extended-A / Extended-B character and every pair of them. */
    @Test
    void tableFoldingIsIcuFolding() {
        StringBuilder chars = new StringBuilder("aAzZ 1");
        for (char c = 0x80; c <= 0x24F; c++) {
            chars.append(c);
        }
        for (int i = 0; i < chars.length(); i++) {
            for (int j = 0; j < chars.length(); j++) {
                String s = "" + chars.charAt(i) + chars.charAt(j);
                assertThat(LatinFolder.keepAlnum(LatinFolder.foldNonAscii(s)))
                        .as("U+%04X U+%04X", (int) chars.charAt(i), (int) chars.charAt(j))
                        .isEqualTo(LatinFolder.keepAlnum(LatinFolder.foldByIcu(s)));
            }
        }
    }
}
