package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.match.NameComparator;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.analysis.Token;

class JoinedTokensTest {

    static final NameAnalyzer ANALYZER = NameAnalyzer.standard();
    static final NameComparator U = NameComparator.unweighted();

    static List<String> joined(String name) {
        List<Token> ts = ANALYZER.analyze(name).tokens();
        return JoinedTokens.of(ts, ts.size()).stream().map(JoinedTokens.Span::text).toList();
    }

    @Test
    void adjacentPairsAndParticleTriples() {
        assertThat(joined("Zaki ur Rehman Lakhvi")).contains("zakiur", "urrehman", "zakiurrehman", "rehmanlakhvi");
    }

    @Test
    void theArticleBeforeASunLetterIsJoinedAsSpoken() {
        assertThat(joined("Shams al-Din")).contains("shamsaldin", "shamsuddin");
        assertThat(joined("Abd al Rahman")).contains("abdalrahman", "abdurrahman");
        // a moon letter keeps the l: no assimilated form
        assertThat(joined("Abd al Karim")).containsExactlyInAnyOrder("abdal", "alkarim", "abdalkarim");
        // in an abjad spelling the article's l drops
        assertThat(joined("شمس الدين")).contains("shmsdyn");
    }

    @Test
    void shortSyllablesJoinInThreesOnTheListedSide() {
        assertThat(joined("Chong Chon Gang Shipping")).contains("chongchongang");
        List<Token> query = ANALYZER.analyze("Chong Chon Gang Shipping").tokens();
        assertThat(JoinedTokens.of(query, query.size(), false)).extracting(JoinedTokens.Span::text)
                .doesNotContain("chongchongang");
        assertThat(joined("Kim Jong Un")).contains("kimjongun", "jongun");
        // longer words are not syllables
        assertThat(joined("Islamic Revolutionary Guard")).doesNotContain("islamicrevolutionaryguard");
    }

    @Test
    void assimilatedAndSyllableJoinsMatch() {
        assertThat(U.compare("Shamsuddin", "Shams al-Din").match()).isTrue();
        assertThat(U.compare("Nasiruddin Haqqani", "Nasir al-Din Haqqani").match()).isTrue();
        assertThat(U.compare("Pahlawan Shamsuddin", "شمس الدين").score()).isGreaterThan(0.5);
        assertThat(U.compare("CHONGCHONGANG SHIPPING COMPANY", "Chong Chon Gang Shipping Co. Ltd.").match()).isTrue();
        // and do not join unrelated names
        assertThat(U.compare("Shamsuddin", "Shams al-Karim").match()).isFalse();
    }

    static List<String> acronyms(String name) {
        List<Token> ts = ANALYZER.analyze(name).tokens();
        return JoinedTokens.of(ts, ts.size(), true, true).stream().filter(JoinedTokens.Span::acronym)
                .map(JoinedTokens.Span::text).toList();
    }

    @Test
    void anOrganisationsNameHasItsAcronymsWithAndWithoutParticlesAndOrganisationWords() {
        assertThat(acronyms("Islamic Revolutionary Guard Corps")).containsExactly("irgc");
        assertThat(acronyms("Libyan Islamic Fighting Group")).containsExactly("lifg", "lif");
        assertThat(acronyms("Tehrik-e Taliban Pakistan")).containsExactly("tetp", "ttp");
        assertThat(acronyms("Falah-i-Insaniat Foundation")).containsExactly("fiif", "fif");
        // every acronym covers the whole name
        List<Token> ts = ANALYZER.analyze("Islamic Revolutionary Guard Corps").tokens();
        assertThat(JoinedTokens.of(ts, ts.size(), true, true)).filteredOn(JoinedTokens.Span::acronym)
                .allMatch(s -> s.start() == 0 && s.length() == 4);
    }

    @Test
    void noAcronymForTwoTokensAnAbjadSpellingOneLetterRepeatedOrWhenNotAsked() {
        assertThat(acronyms("Acme Trading")).isEmpty();
        assertThat(acronyms("حركة طالبان باكستان")).isEmpty();
        assertThat(acronyms("IAC International Inc")).isEmpty(); // "iii"
        // a name that ends in its own acronym: the form without it (NameForms) has the acronyms
        assertThat(acronyms("Islamic International Brigade (IIB)")).isEmpty();
        List<Token> ts = ANALYZER.analyze("Islamic Revolutionary Guard Corps").tokens();
        assertThat(JoinedTokens.of(ts, ts.size(), true, false)).noneMatch(JoinedTokens.Span::acronym);
    }
}
