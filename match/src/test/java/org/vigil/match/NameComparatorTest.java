package org.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Schema;
import org.vigil.match.Explanation.TokenAlignment;
import org.vigil.match.analysis.NameAnalyzer;
import org.vigil.match.testing.BundledIndex;

class NameComparatorTest {

    static final NameComparator U = NameComparator.unweighted();

    static double u(String a, String b) {
        return U.compare(a, b).score();
    }

    static NameComparator bundled() {
        return NameComparator.withStatistics(BundledIndex.screener().index());
    }

    @Test
    void aNameMatchesItselfAndItsReorderings() {
        for (String s : List.of("Hafiz Muhammad Saeed", "Lashkar-e-Taiba", "Zaki ur Rehman Lakhvi", "ACME TRADING LLC",
                "M Saeed", "حافظ محمد سعید", "毛泽东")) {
            assertThat(u(s, s)).as(s).isEqualTo(1.0);
        }
        assertThat(u("Hafiz Muhammad Saeed", "Saeed Hafiz Muhammad")).isEqualTo(1.0);
        assertThat(u("Hafiz Muhammad Saeed", "SAEED, Hafiz Muhammad")).isEqualTo(1.0);
    }

    @Test
    void matchFlagFollowsTheDefaultThreshold() {
        for (String[] p : new String[][] {{"Hafiz Muhammad Saeed", "Muhammad Saeed"}, {"George Bush", "George Habbash"},
                {"Emma LLC", "Emma Daniels"}, {"John Smith", "Jon Smyth"}}) {
            NameComparator.Comparison c = U.compare(p[0], p[1]);
            assertThat(c.match()).as("%s / %s", p[0], p[1]).isEqualTo(c.score() >= ScreenOptions.DEFAULT_THRESHOLD);
            assertThat(c.explanation().score()).isEqualTo(c.score());
            assertThat(c.explanation().nameScore()).isEqualTo(c.score());
            assertThat(c.explanation().attributes()).isEmpty();
        }
    }

    @Test
    void wellKnownFalsePositivesOfOtherToolsStayBelowTheThreshold() {
        assertThat(U.compare("George Bush", "George Habbash").match()).isFalse();
        assertThat(U.compare("Emma LLC", "Emma Daniels").match()).isFalse();
        assertThat(U.compare("Christina Miller", "Christina Hermann").match()).isFalse();
        assertThat(bundled().compare("George Bush", "George Habbash").match()).isFalse();
        assertThat(bundled().compare("Emma LLC", "Emma Daniels").match()).isFalse();
    }

    @Test
    void titlesWeighLittle() {
        assertThat(U.compare("Hafiz Muhammad Saeed", "Muhammad Saeed").match()).isTrue();
        assertThat(u("Hafiz Muhammad Saeed", "Muhammad Saeed")).isGreaterThan(u("Muhammad Saeed Khan", "Muhammad Saeed"));
    }

    @Test
    void joinedAndSplitNamesMeetBothWays() {
        assertThat(u("Abdulrahman", "Abdul Rahman")).isEqualTo(1.0);
        assertThat(u("Abdul Rahman", "Abdulrahman")).isEqualTo(1.0);
        assertThat(u("Zakiur Rehman Lakhvi", "Zaki-ur-Rehman Lakhvi")).isEqualTo(1.0);
        assertThat(U.compare("Abdulrahman Yasin", "Abdul Rahman Yasin").explanation().tokens())
                .extracting(TokenAlignment::rule).contains("compound");
    }

    @Test
    void crossScript() {
        assertThat(U.compare("حافظ محمد سعید", "Hafiz Muhammad Saeed").match()).isTrue();
        assertThat(U.compare("ذکی الرحمان لکھوی", "Zaki ur Rehman Lakhvi").match()).isTrue();
    }

    @Test
    void withStatisticsCommonTokensAreWeakEvidence() {
        NameComparator c = bundled();
        double common = c.compare("Muhammad Qwertz", "Muhammad Asdfgh").score();
        double rare = c.compare("Lakhvi Qwertz", "Lakhvi Asdfgh").score();
        assertThat(common).isLessThan(rare);
        assertThat(c.compare("Hafiz Mohammad Sayeed", "Hafiz Muhammad Saeed").match()).isTrue();
    }

    @Test
    void typeDoesNotChangeTheScoreOfTwoSpellings() {
        assertThat(U.compare("Lashkar e Taiba", "Lashkar-e-Tayyiba", Schema.ORGANIZATION).score())
                .isEqualTo(U.compare("Lashkar e Taiba", "Lashkar-e-Tayyiba").score());
    }

    @Test
    void anOrganisationMeetsItsAcronymButAPersonsNamesAreNoAcronym() {
        assertThat(U.compare("IRGC", "Islamic Revolutionary Guard Corps", Schema.ORGANIZATION).match()).isTrue();
        assertThat(U.compare("Libyan Islamic Fighting Group", "LIFG", Schema.ORGANIZATION).match()).isTrue();
        assertThat(U.compare("TTP", "Tehrik-e Taliban Pakistan").match()).isTrue();
        assertThat(U.compare("FIF", "Falah-i-Insaniat Foundation").match()).isTrue();
        assertThat(U.compare("IRGC", "Islamic Revolutionary Guard Corps").explanation().tokens().get(0).listed())
                .isEqualTo("islamic revolutionary guard corps");
        // other initials; a person's names; a known given name that happens to be the initials
        assertThat(U.compare("IRGC", "Islamic Republic Guard Council Tehran").match()).isFalse();
        assertThat(U.compare("TOM", "Tariq Omar Mahmoud", Schema.PERSON).score()).isZero();
        assertThat(U.compare("TOM", "Tariq Omar Mahmoud").score()).isZero();
    }

    @Test
    void emptyNamesScoreZero() {
        assertThat(u("", "Hafiz Saeed")).isZero();
        assertThat(u("Hafiz Saeed", "")).isZero();
        assertThat(u("", "")).isZero();
        assertThat(U.compare("", "").match()).isFalse();
    }

    @Test
    void tooLongNameIsAClearError() {
        String big = "x".repeat(NameAnalyzer.MAX_CHARS + 1);
        assertThatThrownBy(() -> U.compare(big, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> U.compare("x", big)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explanationWeightsSumToOneWithoutInitials() {
        for (String[] p : new String[][] {{"Hafiz Muhammad Saeed", "Muhammad Saeed"}, {"George Bush", "George Habbash"},
                {"Zakiur Rehman Lakhvi", "Zaki ur Rehman Lakhvi"}, {"Lashkar-e-Taiba", "Lashkar i Tayyiba"}}) {
            List<TokenAlignment> ts = U.compare(p[0], p[1]).explanation().tokens();
            assertThat(ts.stream().mapToDouble(TokenAlignment::weight).sum()).as("%s / %s", p[0], p[1])
                    .isCloseTo(1.0, within(0.005));
        }
    }

    @Test
    void compareAsScreeningIsDirectional() {
        // the first name is the query: extra parts of the listed (second) name cost less than extra query parts
        assertThat(U.compareAsScreening("Daniel Ortega", "Daniel Ortega Saavedra").score())
                .isGreaterThan(U.compareAsScreening("Daniel Ortega Saavedra", "Daniel Ortega").score());
    }

    @Test
    void aPairScoresTheSameEitherWayRound() {
        for (String[] p : new String[][] {{"Daniel Ortega", "Daniel Ortega Saavedra"},
                {"Ortega Daniel", "Daniel Ortega"}, {"Hafiz Muhammad Saeed", "Muhammad Saeed"}}) {
            assertThat(u(p[0], p[1])).as("%s / %s", p[0], p[1]).isEqualTo(u(p[1], p[0]));
        }
        assertThat(u("Daniel Ortega", "Daniel Ortega Saavedra"))
                .isEqualTo(U.compareAsScreening("Daniel Ortega", "Daniel Ortega Saavedra").score());
        // the explanation keeps the caller's order whichever direction scored higher
        NameComparator.Comparison c = U.compare("Daniel Ortega Saavedra", "Daniel Ortega");
        assertThat(c.explanation().query()).isEqualTo("daniel ortega saavedra");
        assertThat(c.explanation().tokens()).anySatisfy(t -> assertThat(t.query()).isEqualTo("saavedra"));
    }

    @Test
    void repeatedTokensStillMatchThemselves() {
        String x = "Muhammad ".repeat(24).strip();
        assertThat(u(x, x)).isEqualTo(1.0);
    }
}
