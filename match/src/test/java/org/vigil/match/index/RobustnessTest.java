package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.lists.model.EntityId;
import org.vigil.match.Match;
import org.vigil.match.NameComparator;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.testing.BundledIndex;

/** Hostile and degenerate inputs against the bundled lists return promptly with a sensible answer or a clear error. */
class RobustnessTest {

    static final Duration BOUND = Duration.ofSeconds(2);
    static final EntityId SAEED = EntityId.parse("un-sc:QDi.263");
    static Screener screener;

    @BeforeAll
    static void warm() {
        screener = BundledIndex.screener();
        screener.screen(Query.name("Hafiz Muhammad Saeed"));
    }

    static String randomLetters(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    static String randomWords(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            int len = 2 + r.nextInt(9);
            for (int i = 0; i < len; i++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            b.append(' ');
        }
        return b.substring(0, n);
    }

    static String controls() {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < 32; c++) {
            b.append(c);
        }
        return b + "Hafiz\u0000Muhammad\u007FSaeed\u0085\u009B";
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("1000 letters in one token", randomLetters(1000, 1)),
                Arguments.of("1000 characters of words", randomWords(1000, 2)),
                Arguments.of("500 tokens of a", ("a ".repeat(500)).strip()),
                Arguments.of("111 x Muhammad", ("Muhammad ".repeat(111)).strip()),
                Arguments.of("1000 Han characters", "毛".repeat(1000)),
                Arguments.of("1000 Hangul syllables", "김정은".repeat(333)),
                Arguments.of("250 Hangul names", "김정은 ".repeat(250).strip()),
                Arguments.of("number words", "twenty one ".repeat(90).strip()),
                Arguments.of("333 x al d (assimilated joins)", "shams al din ".repeat(76).strip()),
                Arguments.of("300 x ابن in one token", "ابن".repeat(300)),
                Arguments.of("mixed scripts repeated", "Ωмα-ब".repeat(200)),
                Arguments.of("1000 Cyrillic letters, one token (BGN)", "щжхцч".repeat(200)),
                Arguments.of("Ukrainian and Russian letters mixed", "їжак ёж ".repeat(120).strip()),
                Arguments.of("333 x al-", "al-".repeat(333)),
                Arguments.of("control characters", controls()),
                Arguments.of("only punctuation", "!!!...,,,;;;---///&&&((()))'''\"\"\""),
                Arguments.of("only emoji", "😀😀🔥🇵🇰👍🏽‍♂️"),
                Arguments.of("bidi override", "\u202EHafiz Muhammad Saeed\u202C"),
                Arguments.of("bidi isolates", "\u2067حافظ محمد سعید\u2069"),
                Arguments.of("mixed Arabic Latin Han", "\u202Bحافظ\u202C Muhammad 毛泽东 Saeed"),
                Arguments.of("lone surrogates", "Hafiz \uD800 Saeed \uDC00"),
                Arguments.of("combining marks only", "\u0301\u0302\u0303\u0304".repeat(100)),
                Arguments.of("single letter", "a"),
                Arguments.of("empty", ""),
                Arguments.of("blank", "   \t\n "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void screeningReturnsPromptlyWithSaneResults(String label, String name) {
        assertThat(name.length()).isLessThanOrEqualTo(NameAnalyzer.MAX_CHARS);
        List<Match> ms = assertTimeoutPreemptively(BOUND,
                () -> screener.screen(Query.name(name), ScreenOptions.defaults()).matches(), label);
        assertThat(ms).hasSizeLessThanOrEqualTo(ScreenOptions.DEFAULT_LIMIT)
                .allSatisfy(m -> assertThat(m.score()).isBetween(ScreenOptions.DEFAULT_THRESHOLD, 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void comparisonReturnsPromptly(String label, String name) {
        NameComparator c = NameComparator.withStatistics(screener.index());
        double s = assertTimeoutPreemptively(BOUND, () -> c.compare(name, "Hafiz Muhammad Saeed").score(), label);
        assertThat(s).isBetween(0.0, 1.0);
    }

    @Test
    void degenerateInputsFindNothing() {
        for (String s : List.of("", "   ", "!!!...,,,", "😀😀🔥", "\u200E\u200F\u2066\u2069")) {
            assertThat(screener.screen(Query.name(s))).as("[%s]", s).isEmpty();
        }
    }

    @Test
    void controlCharactersAndBidiMarksDoNotHideAName() {
        assertThat(screener.screen(Query.name(controls()))).extracting(Match::id).contains(SAEED);
        assertThat(screener.screen(Query.name("\u202EHafiz Muhammad Saeed\u202C"))).extracting(Match::id)
                .contains(SAEED);
        assertThat(screener.screen(Query.name("\u2067حافظ محمد سعید\u2069"))).extracting(Match::id).contains(SAEED);
        assertThat(screener.screen(Query.name("Ha\u200Dfiz Muham\u00ADmad Sa\u200Beed"))).extracting(Match::id)
                .contains(SAEED);
    }

    @Test
    void tooLongNameIsAClearError() {
        String name = "x".repeat(NameAnalyzer.MAX_CHARS + 1);
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> screener.screen(Query.name(name)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(NameAnalyzer.MAX_CHARS + 1))
                .hasMessageContaining(String.valueOf(NameAnalyzer.MAX_CHARS)));
    }

    @Test
    void aSingleVeryLongTokenIsScreenedQuickly() {
        String name = randomLetters(1000, 3);
        assertTimeoutPreemptively(Duration.ofMillis(200), () -> screener.screen(Query.name(name)));
    }
}
