package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    @Test
    void compatibilityFormsAndCaseAreFolded() {
        assertThat(TextNormalizer.normalize("ＡＢＣ")).isEqualTo("abc");   // full-width
        assertThat(TextNormalizer.normalize("ﬁle")).isEqualTo("file");     // ligature
        assertThat(TextNormalizer.normalize("HAFIZ Saeed")).isEqualTo("hafiz saeed");
        assertThat(TextNormalizer.normalize("Straße")).isEqualTo("strasse"); // case fold of sharp s
        assertThat(TextNormalizer.normalize("ΣΟΦΙΑ")).isEqualTo("σοφια");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200E", "200F", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069",
            "200D", "200C", "00AD", "FEFF", "2060"})
    void defaultIgnorableCodePointsVanishWithoutSplittingTheWord(String hex) {
        String mark = new String(Character.toChars(Integer.parseInt(hex, 16)));
        assertThat(TextNormalizer.normalize("Sa" + mark + "eed")).isEqualTo("saeed");
    }

    @Test
    void bidiIsolatesAroundAWordAreRemoved() {
        assertThat(TextNormalizer.normalize("\u2066Hafiz\u2069 \u202BSaeed\u202C")).isEqualTo("hafiz saeed");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "0009", "000A", "000D", "001B", "007F", "0085", "1F600", "1F525", "2665",
            "00A9", "0024", "0040", "002A", "0021", "003F", "00A0", "2003", "3000"})
    void controlCharactersSymbolsAndEmojiBecomeSeparators(String hex) {
        String c = new String(Character.toChars(Integer.parseInt(hex, 16)));
        String out = TextNormalizer.normalize("abc" + c + "def");
        assertThat(out).startsWith("abc").endsWith("def");
        assertThat(out.substring(3, out.length() - 3)).isBlank().isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sa'id|said",
            "Sa’id|said",   // U+2019
            "Sa‘id|said",   // U+2018
            "Saʼid|said",   // U+02BC
            "Saʾid|said",   // U+02BE hamza
            "Sa`id|said",
            "O'Brien|obrien"})
    void apostrophesAndHamzaAynLettersAreRemoved(String in, String out) {
        assertThat(TextNormalizer.normalize(in)).isEqualTo(out);
    }

    @Test
    void acuteAccentUsedAsApostropheIsRemoved() {
        assertThat(TextNormalizer.normalize("Sa\u00B4id")).isEqualTo("said");
    }

    @Test
    void aynModifierIsRemovedBeforeLatinFolding() {
        // U+02BF (ʿ) goes here; the long vowel ī stays for LatinFolder
        assertThat(TextNormalizer.normalize("Saʿīd")).isEqualTo("sa\u012Bd");
    }

    @Test
    void nameSeparatorsAreKeptForTheTokenizerAndDashesUnified() {
        assertThat(TextNormalizer.normalize("Lashkar-e-Taiba")).isEqualTo("lashkar-e-taiba");
        assertThat(TextNormalizer.normalize("Lashkar\u2013e\u2014Taiba")).isEqualTo("lashkar-e-taiba");
        assertThat(TextNormalizer.normalize("Lashkar\u2011e\u2212Taiba")).isEqualTo("lashkar-e-taiba");
        assertThat(TextNormalizer.normalize("SAEED, Hafiz (HMS) a/b & c; d.")).isEqualTo("saeed, hafiz (hms) a/b & c; d.");
    }

    @Test
    void lettersOfOtherScriptsAndTheirMarksAreKept() {
        assertThat(TextNormalizer.normalize("مُحَمَّد")).isEqualTo("مُحَمَّد");
        assertThat(TextNormalizer.normalize("नरेन्द्र")).isEqualTo("नरेन्द्र");
        assertThat(TextNormalizer.normalize("毛泽东")).isEqualTo("毛泽东");
        assertThat(TextNormalizer.normalize("Иван 42")).isEqualTo("иван 42");
    }

    @Test
    void emptyAndBlankInputs() {
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize("\u200E\u200D")).isEmpty();
        assertThat(TextNormalizer.normalize("😀")).isBlank();
    }
}
