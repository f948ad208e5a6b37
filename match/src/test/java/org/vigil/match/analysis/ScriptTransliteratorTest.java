package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTransliteratorTest {

    static final VariantTable BUNDLED = VariantTable.bundled();
    static final ScriptTransliterator STANDARD = new ScriptTransliterator(BUNDLED);
    static final ScriptTransliterator EMPTY = new ScriptTransliterator(VariantTable.empty());

    static List<String> texts(List<ScriptTransliterator.Piece> pieces) {
        return pieces.stream().map(ScriptTransliterator.Piece::text).toList();
    }

    @Test
    void latinTokensAreFoldedAndCarryTheirClasses() {
        List<ScriptTransliterator.Piece> p = STANDARD.transliterate("saīd");
        assertThat(texts(p)).containsExactly("said");
        assertThat(p.get(0).abjad()).isFalse();
        assertThat(p.get(0).variants()).isEqualTo(BUNDLED.classesOf("said"));
        assertThat(STANDARD.transliterate("'")).isEmpty();
    }

    @Test
    void arabicArticleIsSplitOffWhenTheWordIsNotKnownWhole() {
        List<ScriptTransliterator.Piece> p = EMPTY.transliterate("الرحمن");
        assertThat(texts(p)).containsExactly("al", "rhmn");
        assertThat(p.get(0).abjad()).as("the article is an ordinary particle").isFalse();
        assertThat(p.get(1).abjad()).isTrue();

        // with the bundled table: a spelling it does not know whole
        assertThat(texts(STANDARD.transliterate("الرحمان"))).containsExactly("al", "rhman");
    }

    @Test
    void aWordTheTableKnowsWholeCarriesItsLearnedClass() {
        // the article is split off; the remainder meets the Latin spelling through its learned class
        List<ScriptTransliterator.Piece> p = STANDARD.transliterate("الرحمن");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).text()).isEqualTo("al");
        assertThat(VariantTable.share(p.get(1).variants(), BUNDLED.classesOf("rahman"))).isTrue();
    }

    @Test
    void abdAllahWrittenAsOneWordIsSplit() {
        // as "عبد الله" in two words: "abd" + "allah" (not "abd" + the article + "lh")
        assertThat(texts(STANDARD.transliterate("عبدالله"))).containsExactly("bd", "allh");
        assertThat(texts(EMPTY.transliterate("عبدالله"))).containsExactly("bd", "allh");
        assertThat(texts(STANDARD.transliterate("عبدالرحيم"))).containsExactly("bd", "al", "rhym");
    }

    @Test
    void shortArticleWordsAreNotSplit() {
        // "ال" + one letter is too short to be article + word
        assertThat(texts(EMPTY.transliterate("الي"))).hasSize(1);
    }

    @Test
    void arabicWordCarriesTheLearnedClassOfItsLatinSpellings() {
        List<ScriptTransliterator.Piece> p = STANDARD.transliterate("سعيد");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).text()).isEqualTo("syd");
        assertThat(p.get(0).abjad()).isTrue();
        assertThat(VariantTable.share(p.get(0).variants(), BUNDLED.classesOf("saeed"))).isTrue();
        assertThat(VariantTable.share(p.get(0).variants(), BUNDLED.classesOf("said"))).isTrue();
        // the Persian spelling normalises to the same key
        assertThat(STANDARD.transliterate("سعید").get(0).variants()).isEqualTo(p.get(0).variants());
    }

    @Test
    void unknownArabicWordIsTransliteratedLetterByLetter() {
        List<ScriptTransliterator.Piece> p = STANDARD.transliterate("لکھوی");
        assertThat(texts(p)).containsExactly("lkhwy");
        assertThat(p.get(0).abjad()).isTrue();
        assertThat(Skeleton.of(p.get(0).text())).isEqualTo(Skeleton.of("lakhvi"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Путин, putin",
            "Владимир, vladimir",
            "Αλέξανδρος, alexandros",
            "नरेन्द्र, narendra"})
    void otherScriptsBecomeAsciiLatin(String in, String out) {
        List<ScriptTransliterator.Piece> p = STANDARD.transliterate(in.toLowerCase(java.util.Locale.ROOT));
        assertThat(texts(p)).containsExactly(out);
        assertThat(p.get(0).abjad()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Хрущёв, khrushchev",
            "Жуков, zhukov",
            "Щербаков, shcherbakov",
            "Цой, tsoy",
            "Ильич, ilich",
            "Джохар, dzhokhar",
            "Григорій, hryhoriy",
            "Олексій, oleksiy",
            "Рыгоравіч, ryhoravich",
            "Ўладзімір, wladzimir"})
    void cyrillicIsRomanisedAsTheListsWriteIt(String in, String out) {
        // BGN/PCGN, the romanisation of the US, UK and UN lists; Ukrainian and Belarusian by their own letters (г as h)
        assertThat(texts(STANDARD.transliterate(in.toLowerCase(java.util.Locale.ROOT)))).containsExactly(out);
    }

    @Test
    void hanIsTransliteratedSyllableBySyllable() {
        assertThat(texts(STANDARD.transliterate("毛泽东"))).containsExactly("mao", "ze", "dong");
        assertThat(texts(STANDARD.transliterate("习近平"))).containsExactly("xi", "jin", "ping");
    }

    @Test
    void hebrewIsMarkedAbjad() {
        List<ScriptTransliterator.Piece> p = STANDARD.transliterate("דוד");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).abjad()).isTrue();
        assertThat(p.get(0).text()).matches("[a-z]+");
    }

    @Test
    void everyPieceIsLowerCaseAsciiAndCachingGivesTheSameAnswer() {
        for (String s : List.of("حافظ", "محمد", "ذکی", "Ψ", "ⴰⵎⴰⵣⵉⵖ", "ᏣᎳᎩ", "ㄅㄆㄇ", "한국")) {
            List<ScriptTransliterator.Piece> first = STANDARD.transliterate(s);
            for (ScriptTransliterator.Piece p : first) {
                assertThat(p.text()).as(s).matches("[a-z0-9]+");
            }
            assertThat(texts(STANDARD.transliterate(s))).as(s).isEqualTo(texts(first));
        }
    }

    @Test
    void aTableWithTheWordGivesItsClassEvenToAnArabicOnlyKey() throws IOException {
        VariantTable t = VariantTable.read(new ByteArrayInputStream(
                "سعيد\tsaeed said\n".getBytes(StandardCharsets.UTF_8)));
        ScriptTransliterator tr = new ScriptTransliterator(t);
        assertThat(tr.transliterate("سعيد").get(0).variants()).containsExactly(0);
        assertThat(tr.transliterate("saeed").get(0).variants()).containsExactly(0);
        assertThat(tr.transliterate("sayeed").get(0).variants()).isEmpty();
    }
}
