package org.vigil.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"hafiz", "maulana", "mullah", "sheikh", "shaykh", "haji", "dr", "mufti", "imam"})
    void titles(String t) {
        assertThat(NameWords.kindOf(t, false)).isEqualTo(TokenKind.TITLE);
        assertThat(NameWords.kindOf(t, true)).isEqualTo(TokenKind.TITLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"al", "el", "bin", "ibn", "abu", "ud", "ur", "van", "de", "bint"})
    void particles(String t) {
        assertThat(NameWords.kindOf(t, true)).isEqualTo(TokenKind.PARTICLE);
        assertThat(NameWords.kindOf(t, false)).isEqualTo(TokenKind.PARTICLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"organization", "organisation", "group", "network", "foundation", "trust", "llc", "ltd",
            "limited", "inc", "corporation", "gmbh"})
    void organisationWords(String t) {
        assertThat(NameWords.kindOf(t, true)).isEqualTo(TokenKind.ORG_WORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"saeed", "lakhvi", "taiba", "siemens", "muhammad", "hafizullah", "alberto"})
    void ordinaryNames(String t) {
        assertThat(NameWords.kindOf(t, true)).isEqualTo(TokenKind.NAME);
    }

    @Test
    void singleLetterIsAParticleOnlyInsideANameAndOnlyIfItIsOne() {
        assertThat(NameWords.kindOf("e", true)).isEqualTo(TokenKind.PARTICLE);   // lashkar e taiba
        assertThat(NameWords.kindOf("i", true)).isEqualTo(TokenKind.PARTICLE);   // falah i insaniat
        assertThat(NameWords.kindOf("e", false)).isEqualTo(TokenKind.INITIAL);   // E. Smith
        assertThat(NameWords.kindOf("m", true)).isEqualTo(TokenKind.INITIAL);    // Hafiz M. Saeed
        assertThat(NameWords.kindOf("m", false)).isEqualTo(TokenKind.INITIAL);
    }

    @Test
    void digitsAreNumbers() {
        assertThat(NameWords.kindOf("786", true)).isEqualTo(TokenKind.NUMBER);
        assertThat(NameWords.kindOf("2008", false)).isEqualTo(TokenKind.NUMBER);
        assertThat(NameWords.kindOf("7", true)).isEqualTo(TokenKind.NUMBER);
    }

    @Test
    void emptyTokenIsAName() {
        assertThat(NameWords.kindOf("", false)).isEqualTo(TokenKind.NAME);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"limited, ltd", "ltd, ltd", "incorporated, inc", "corporation, corp", "company, co",
            "organisation, organization", "org, organization", "holdings, holding", "international, intl",
            "centre, center", "saeed, saeed", "hafiz, hafiz",
            // legal forms by family: limited liability, joint stock
            "llc, ltd", "gmbh, ltd", "ooo, ltd", "ood, ltd", "tov, ltd", "sarl, ltd",
            "aktiengesellschaft, jsc", "ag, jsc", "oao, jsc", "pao, jsc", "sa, jsc", "plc, jsc",
            // business abbreviations keep their kind, take the full spelling
            "shpg, shipping", "mfg, manufacturing", "mohd, muhammad"})
    void legalFormsAreCanonicalised(String in, String out) {
        assertThat(NameWords.canonical(in)).isEqualTo(out);
    }

    @Test
    void abbreviatedBusinessWordsStayNameWords() {
        assertThat(NameWords.kindOf("shpg", true)).isEqualTo(TokenKind.NAME);
        assertThat(NameWords.kindOf("ood", true)).isEqualTo(TokenKind.ORG_WORD);
    }

    @Test
    void minorKinds() {
        assertThat(TokenKind.TITLE.isMinor()).isTrue();
        assertThat(TokenKind.PARTICLE.isMinor()).isTrue();
        assertThat(TokenKind.ORG_WORD.isMinor()).isTrue();
        assertThat(TokenKind.NAME.isMinor()).isFalse();
        assertThat(TokenKind.INITIAL.isMinor()).isFalse();
        assertThat(TokenKind.NUMBER.isMinor()).isFalse();
    }

    @Test
    void writtenOutLegalFormsJoinTheirFamily() {
        NameAnalyzer a = NameAnalyzer.standard();
        assertThat(a.analyze("Rosneft Open Joint Stock Company").text()).isEqualTo(a.analyze("Rosneft OAO").text());
        assertThat(a.analyze("Obshchestvo s Ogranichennoy Otvetstvennostyu Vega").text())
                .isEqualTo(a.analyze("OOO Vega").text());
        // OFAC's spellings of the Russian endings
        assertThat(a.analyze("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU VEGA").text())
                .isEqualTo(a.analyze("OOO Vega").text());
        assertThat(a.analyze("Obschestvo s ogranichennoi otvetstvennostiu Vega").text())
                .isEqualTo(a.analyze("OOO Vega").text());
        // a short word of the phrase must be written as it is
        assertThat(a.analyze("Obshchestvo sa Ogranichennoy Otvetstvennostyu Vega").text())
                .isNotEqualTo(a.analyze("OOO Vega").text());
    }

    @Test
    void legalFormsWrittenWithDotsAreLegalForms() {
        NameAnalyzer a = NameAnalyzer.standard();
        // the letters join into the form, which joins its family, with an organisation word's low weight
        assertThat(a.analyze("Lia Co. L.L.C.").text()).isEqualTo(a.analyze("Lia Co LLC").text());
        assertThat(a.analyze("Lia Co. L.L.C.").tokens().get(2).kind()).isEqualTo(TokenKind.ORG_WORD);
        assertThat(a.analyze("Vabo B.V.").text()).isEqualTo(a.analyze("Vabo Ltd").text());
        assertThat(a.analyze("Patraca, S.A. de C.V.").text()).isEqualTo(a.analyze("Patraca SA de CV").text());
        assertThat(a.analyze("Patraca, S.A. de C.V.").text()).isEqualTo(a.analyze("Patraca S.A.").text());
        assertThat(a.analyze("ILC Exportaciones, S. de R.L. de C.V.").text())
                .isEqualTo(a.analyze("ILC Exportaciones SRL").text());
        assertThat(a.analyze("Al-Ajnihah Private Joint Stock Corporation").text())
                .isEqualTo(a.analyze("Al-Ajnihah PJSC").text());
        // two initials of a person's name stay two initials
        assertThat(a.analyze("A. Q. Khan").tokens()).extracting(Token::kind)
                .containsExactly(TokenKind.INITIAL, TokenKind.INITIAL, TokenKind.NAME);
    }

    @Test
    void anAccentedShortWordIsANameNotALegalForm() {
        NameAnalyzer a = NameAnalyzer.standard();
        // the Portuguese surname Sá; S.A. and SA are the legal form
        assertThat(a.analyze("Mauro Sá").tokens().get(1)).extracting(Token::text, Token::kind)
                .containsExactly("sa", TokenKind.NAME);
        assertThat(a.analyze("Acme SA").tokens().get(1)).extracting(Token::text, Token::kind)
                .containsExactly("jsc", TokenKind.ORG_WORD);
        // a legal form written in Cyrillic is one: ООО is OOO, a limited liability company
        assertThat(a.analyze("ООО Газпром").tokens()).extracting(Token::text, Token::kind)
                .containsExactly(tuple("ltd", TokenKind.ORG_WORD), tuple("gazprom", TokenKind.NAME));
        assertThat(a.analyze("ТОВ Укрнафта").tokens().get(0)).extracting(Token::text, Token::kind)
                .containsExactly("ltd", TokenKind.ORG_WORD);
        // a long organisation word keeps its kind with its accents
        assertThat(a.analyze("Société Générale").tokens().get(0).kind()).isEqualTo(TokenKind.ORG_WORD);
    }
}
