package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "أحمد, احمد",      // alef with hamza above
            "إبراهيم, ابراهيم", // alef with hamza below
            "آمنة, امنه",      // alef madda; ta marbuta -> heh
            "ٱلله, الله",       // alef wasla
            "فاطمة, فاطمه",
            "علی, علي",        // Persian yeh
            "مصطفى, مصطفي",    // alef maqsura
            "کریم, كريم",      // keheh -> kaf, Persian yeh -> yeh
            "لکھوی, لكهوي",    // Urdu do-chashmi heh
            "طیبہ, طيبه",      // Urdu heh goal
            "مؤمن, مومن",      // waw with hamza
            "سعید, سعيد"})
    void unifiesLetterForms(String in, String out) {
        assertThat(ArabicNormalizer.normalize(in)).isEqualTo(out);
    }

    @Test
    void removesHarakatSuperscriptAlefAndTatweel() {
        assertThat(ArabicNormalizer.normalize("مُحَمَّد")).isEqualTo("محمد");
        assertThat(ArabicNormalizer.normalize("محـــمد")).isEqualTo("محمد");
        assertThat(ArabicNormalizer.normalize("رحمٰن")).isEqualTo("رحمن");
        assertThat(ArabicNormalizer.normalize("سَعِيدٌ")).isEqualTo("سعيد");
    }

    @Test
    void spellingsOfOneWordMeet() {
        assertThat(ArabicNormalizer.normalize("سَعِید")).isEqualTo(ArabicNormalizer.normalize("سعيد"));
        assertThat(ArabicNormalizer.normalize("أسامة")).isEqualTo(ArabicNormalizer.normalize("اسامه"));
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(ArabicNormalizer.normalize("saeed")).isEqualTo("saeed");
        assertThat(ArabicNormalizer.normalize("")).isEmpty();
    }

    @Test
    void recognisesArabicScriptBlocks() {
        assertThat(ArabicNormalizer.isArabicScript('س')).isTrue();
        assertThat(ArabicNormalizer.isArabicScript('\u06CC')).isTrue();   // Persian yeh
        assertThat(ArabicNormalizer.isArabicScript('\u0750')).isTrue();   // supplement
        assertThat(ArabicNormalizer.isArabicScript('\uFEFB')).isTrue();   // presentation form
        assertThat(ArabicNormalizer.isArabicScript('a')).isFalse();
        assertThat(ArabicNormalizer.isArabicScript('\u05D3')).isFalse();  // Hebrew dalet
    }
}
