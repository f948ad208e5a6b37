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
}
