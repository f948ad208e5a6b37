package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {

    static final NameAnalyzer A = NameAnalyzer.standard();

    static List<String> texts(AnalyzedName n) {
        return n.tokens().stream().map(Token::text).toList();
    }

    static List<TokenKind> kinds(AnalyzedName n) {
        return n.tokens().stream().map(Token::kind).toList();
    }

    @Test
    void standardAnalyzerIsShared() {
        assertThat(NameAnalyzer.standard()).isSameAs(A);
        assertThat(A.variants()).isSameAs(VariantTable.bundled());
    }

    @Test
    void hafizMuhammadSaeed() {
        AnalyzedName n = A.analyze("HAFIZ MUHAMMAD SAEED");
        assertThat(n.input()).isEqualTo("HAFIZ MUHAMMAD SAEED");
        assertThat(texts(n)).containsExactly("hafiz", "muhammad", "saeed");
        assertThat(kinds(n)).containsExactly(TokenKind.TITLE, TokenKind.NAME, TokenKind.NAME);
        assertThat(n.text()).isEqualTo("hafiz muhammad saeed");
        assertThat(n.truncated()).isFalse();
        assertThat(n.tokens()).noneMatch(Token::abjad);
        assertThat(n.tokens().get(2).variants()).isNotEmpty();
        assertThat(n.tokens().get(0).original()).isEqualTo("hafiz");
    }

    @Test
    void ofacOrderGivesTheSameAnalysis() {
        assertThat(A.analyze("SAEED, Hafiz Muhammad").tokens()).isEqualTo(A.analyze("Hafiz Muhammad Saeed").tokens());
    }

    @Test
    void arabicScriptNameWithItsTitle() {
        AnalyzedName n = A.analyze("حافظ محمد سعید");
        assertThat(n.tokens()).hasSize(3).allMatch(Token::abjad);
        assertThat(kinds(n)).containsExactly(TokenKind.TITLE, TokenKind.NAME, TokenKind.NAME);
        AnalyzedName latin = A.analyze("Hafiz Muhammad Saeed");
        for (int i = 0; i < 3; i++) {
            assertThat(VariantTable.share(n.tokens().get(i).variants(), latin.tokens().get(i).variants()))
                    .as("token %d shares a learned class with its Latin spelling", i).isTrue();
        }
        assertThat(n.tokens().get(2).original()).isEqualTo("سعید");
    }

    @Test
    void izafatIsAParticle() {
        AnalyzedName n = A.analyze("Lashkar-e-Taiba");
        assertThat(texts(n)).containsExactly("lashkar", "e", "taiba");
        assertThat(kinds(n)).containsExactly(TokenKind.NAME, TokenKind.PARTICLE, TokenKind.NAME);
        // "e" and "i" are spellings of one particle
        assertThat(VariantTable.share(n.tokens().get(1).variants(),
                A.analyze("Lashkar-i-Taiba").tokens().get(1).variants())).isTrue();
    }

    @Test
    void jamaatUdDawa() {
        AnalyzedName n = A.analyze("Jamaat-ud-Dawa");
        assertThat(texts(n)).containsExactly("jamaat", "ud", "dawa");
        assertThat(kinds(n)).containsExactly(TokenKind.NAME, TokenKind.PARTICLE, TokenKind.NAME);
        assertThat(VariantTable.share(n.tokens().get(1).variants(),
                A.analyze("Jamaat al Dawa").tokens().get(1).variants())).as("ud ~ al").isTrue();
    }

    @Test
    void leadingSingleLetterIsAnInitial() {
        assertThat(kinds(A.analyze("E. Smith"))).containsExactly(TokenKind.INITIAL, TokenKind.NAME);
        assertThat(kinds(A.analyze("Hafiz M. Saeed")))
                .containsExactly(TokenKind.TITLE, TokenKind.INITIAL, TokenKind.NAME);
    }

    @Test
    void legalFormsAreCanonicalOrganisationWords() {
        AnalyzedName a = A.analyze("Acme Trading Limited");
        assertThat(texts(a)).containsExactly("acme", "trading", "ltd");
        assertThat(kinds(a)).containsExactly(TokenKind.NAME, TokenKind.ORG_WORD, TokenKind.ORG_WORD);
        assertThat(a.tokens().get(2).original()).isEqualTo("limited");
        assertThat(texts(A.analyze("ACME, Inc."))).isEqualTo(texts(A.analyze("Acme Incorporated")))
                .containsExactly("acme", "inc");
    }

    @Test
    void numbersAreNumbers() {
        assertThat(kinds(A.analyze("Brigade 313"))).containsExactly(TokenKind.NAME, TokenKind.NUMBER);
    }

    @Test
    void vowellessTitleIsRecognisedThroughItsLearnedSpelling() {
        // "حافظ" is "hafz" letter by letter; its learned Latin spelling "hafiz" is a title
        assertThat(A.analyze("حافظ سعيد").tokens().get(0).kind()).isEqualTo(TokenKind.TITLE);
    }

    @Test
    void everyTokenIsNonEmptyLowerCaseAscii() {
        for (String s : List.of("Saʿīd al-Qaḥṭānī", "Müller-Lüdenscheidt", "Łódź Sp. z o.o.", "毛泽东", "Путин В.В.",
                "عبدالرحمن", "O'Neil & Sons", "ΑΛΈΞΑΝΔΡΟΣ")) {
            for (Token t : A.analyze(s).tokens()) {
                assertThat(t.text()).as(s).matches("[a-z0-9]+");
            }
        }
    }

    @Test
    void emptyAndSymbolOnlyNamesHaveNoTokens() {
        assertThat(A.analyze("").isEmpty()).isTrue();
        assertThat(A.analyze("  -- ,, ()").isEmpty()).isTrue();
        assertThat(A.analyze("😀🔥").isEmpty()).isTrue();
        assertThat(A.analyze("").text()).isEmpty();
    }

    @Test
    void nameOfExactlyMaxCharsIsAccepted() {
        assertThat(A.analyze("a".repeat(NameAnalyzer.MAX_CHARS)).tokens()).hasSize(1);
    }

    @Test
    void longerNameIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> A.analyze("a".repeat(NameAnalyzer.MAX_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(NameAnalyzer.MAX_CHARS + 1))
                .hasMessageContaining("limit is " + NameAnalyzer.MAX_CHARS);
    }

    @Test
    void tokensBeyondTheLimitAreIgnoredAndMarked() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < NameAnalyzer.MAX_TOKENS + 5; i++) {
            b.append("name").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
        }
        AnalyzedName n = A.analyze(b.toString());
        assertThat(n.tokens()).hasSize(NameAnalyzer.MAX_TOKENS);
        assertThat(n.truncated()).isTrue();
        assertThat(n.tokens().get(0).text()).isEqualTo("nameaa");

        AnalyzedName exact = A.analyze("xy ".repeat(NameAnalyzer.MAX_TOKENS));
        assertThat(exact.tokens()).hasSize(NameAnalyzer.MAX_TOKENS);
        assertThat(exact.truncated()).isFalse();
    }

    @Test
    void transliteratedPiecesCountTowardsTheTokenLimit() {
        // each Han character is one token: 30 characters exceed the limit
        AnalyzedName n = A.analyze("毛".repeat(30));
        assertThat(n.tokens()).hasSize(NameAnalyzer.MAX_TOKENS);
        assertThat(n.truncated()).isTrue();
    }

    @Test
    void analyzerWithAnEmptyTableStillWorks() {
        NameAnalyzer bare = new NameAnalyzer(VariantTable.empty());
        AnalyzedName n = bare.analyze("Hafiz Muhammad Saeed");
        assertThat(texts(n)).containsExactly("hafiz", "muhammad", "saeed");
        assertThat(n.tokens().get(1).variants()).isEmpty();
    }

    @Test
    void aTitleWordAfterAnArticleOrAbdIsAName() {
        NameAnalyzer a = NameAnalyzer.standard();
        assertThat(a.analyze("Hafiz Muhammad Saeed").tokens().get(0).kind()).isEqualTo(TokenKind.TITLE);
        assertThat(a.analyze("Abd al-Hafiz Khan").tokens().get(2).kind()).isEqualTo(TokenKind.NAME);
        assertThat(a.analyze("Abdul Hafiz Khan").tokens().get(1).kind()).isEqualTo(TokenKind.NAME);
        assertThat(a.analyze("أحمد عبد الحافظ").tokens()).extracting(Token::kind)
                .containsExactly(TokenKind.NAME, TokenKind.NAME, TokenKind.PARTICLE, TokenKind.NAME);
    }

    @Test
    void abdullahInOneWordIsAbdAndAllah() {
        NameAnalyzer a = NameAnalyzer.standard();
        assertThat(texts(a.analyze("عبدالله"))).isEqualTo(texts(a.analyze("عبد الله")));
        org.vigil.match.NameComparator c = org.vigil.match.NameComparator.unweighted();
        assertThat(c.compare("عبدالله", "Abdullah").match()).isTrue();
        assertThat(c.compare("فتح الله", "Fathallah").match()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void anArticleWrittenOntoAnArabicNameIsSplitOff() {
        NameAnalyzer a = NameAnalyzer.standard();
        assertThat(a.analyze("ALSAYED Mahmoud").text()).isEqualTo("al sayed mahmoud");
        assertThat(a.analyze("Abdulaziz Alattiyah").text()).isEqualTo("abdulaziz al attiyah");
        assertThat(a.analyze("ALKTRANJI").text()).isEqualTo("al ktranji");
        // known names, an l or another vowel after the article, a joined Ali, a short rest: whole
        for (String whole : new String[] {"alvarez", "alexander", "allouch", "alonso", "alireza", "alvin"}) {
            assertThat(a.analyze(whole).text()).as(whole).isEqualTo(whole);
        }
    }
}
