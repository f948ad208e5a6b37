package org.vigil.match.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.match.Explanation.TokenAlignment;

class AlignmentTest {

    final Alignment a = new Alignment();

    static double weightSum(List<TokenAlignment> ts) {
        return ts.stream().mapToDouble(TokenAlignment::weight).sum();
    }

    @Test
    void orderDoesNotMatter() {
        a.reset();
        a.addQuery("a", 1, true);
        a.addQuery("b", 2, true);
        a.addListed("b", 2);
        a.addListed("a", 1);
        a.addPair(0, 1, 1, 1, Rule.EXACT, 1.0);
        a.addPair(1, 1, 0, 1, Rule.EXACT, 1.0);
        assertThat(a.score()).isEqualTo(1.0);
        List<TokenAlignment> ex = a.explain();
        assertThat(ex).extracting(TokenAlignment::rule).containsOnly("exact");
        assertThat(weightSum(ex)).isCloseTo(1.0, within(0.002));
        assertThat(ex.get(0).query()).as("strongest pair first").isEqualTo("b");
    }

    @Test
    void scoreIsTheMatchedShareOfAllWeight() {
        a.reset();
        a.addQuery("x", 1, true);
        a.addQuery("y", 3, true);
        a.addListed("x", 1);
        a.addListed("y", 3);
        a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);
        a.addPair(1, 1, 1, 1, Rule.TYPO, 0.5);
        assertThat(a.score()).isCloseTo((1.0 * 2 + 0.5 * 6) / 8, within(1e-9));
    }

    @Test
    void aTokenIsNotUsedTwice() {
        a.reset();
        a.addQuery("saeed", 1, false);
        a.addListed("saeed", 1);
        a.addListed("saeed", 1);
        a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);
        a.addPair(0, 1, 1, 1, Rule.EXACT, 1.0);
        assertThat(a.score()).isCloseTo(2.0 / 3, within(1e-9));
        List<TokenAlignment> ex = a.explain();
        assertThat(ex).filteredOn(t -> t.rule().equals("exact")).hasSize(1);
        assertThat(ex).filteredOn(t -> t.rule().equals("unmatched")).singleElement()
                .satisfies(t -> assertThat(t.listed()).isEqualTo("saeed"));
    }

    @Test
    void joinedPairBlocksTheTokensItCovers() {
        a.reset();
        a.addQuery("abdul", 1, true);
        a.addQuery("rahman", 1, true);
        a.addListed("abdulrahman", 2);
        a.addPair(0, 2, 0, 1, Rule.COMPOUND, 1.0);
        a.addPair(1, 1, 0, 1, Rule.TYPO, 0.8); // would reuse the listed token
        assertThat(a.score()).isEqualTo(1.0);
        assertThat(a.explain()).singleElement().satisfies(t -> {
            assertThat(t.query()).isEqualTo("abdul rahman");
            assertThat(t.rule()).isEqualTo("compound");
        });
    }

    @Test
    void greedyTakesTheMostValuablePairFirst() {
        a.reset();
        a.addQuery("q", 1, false);
        a.addListed("light", 1);
        a.addListed("heavy", 5);
        a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);  // 1.0 * 2
        a.addPair(0, 1, 1, 1, Rule.TYPO, 0.8);   // 0.8 * 6
        assertThat(a.score()).isCloseTo(0.8 * 6 / 7, within(1e-9));
    }

    @Test
    void unmatchedTokensLowerTheScoreByTheirWeight() {
        double[] scores = new double[3];
        for (int extra = 0; extra < 3; extra++) {
            a.reset();
            a.addQuery("a", 2, false);
            a.addListed("a", 2);
            if (extra >= 1) {
                a.addListed("light", 0.5);
            }
            if (extra >= 2) {
                a.addQuery("heavy", 3, false);
            }
            a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);
            scores[extra] = a.score();
        }
        assertThat(scores[0]).isEqualTo(1.0);
        assertThat(scores[1]).isCloseTo(4 / 4.5, within(1e-9));
        assertThat(scores[2]).isCloseTo(4 / 7.5, within(1e-9));
        List<TokenAlignment> ex = a.explain();
        assertThat(ex).filteredOn(t -> t.rule().equals("unmatched")).extracting(TokenAlignment::weight)
                .containsExactlyInAnyOrder(Alignment.round(3 / 7.5), Alignment.round(0.5 / 7.5));
        assertThat(weightSum(ex)).isCloseTo(1.0, within(0.002));
    }

    @Test
    void anInitialEarnsAtMostItsOwnWeightAndTheRestOfTheNameItAbbreviatesCountsHalf() {
        a.reset();
        a.addQuery("m", 1, false);
        a.addListed("muhammad", 3);
        a.addPair(0, 1, 0, 1, Rule.INITIAL, 1.0);
        // earned: twice the initial's weight (2); total: 1 + 3, less half of the 2 that "uhammad" weighs beyond it
        assertThat(a.score()).isCloseTo(2.0 / (4 - (1 - Alignment.ABBREVIATED_FACTOR) * 2), within(1e-9));

        double abbreviated = (10 + 0.6 * 2) / (14 - (1 - Alignment.ABBREVIATED_FACTOR) * 2);
        initialAndPutinAgainstVladimirPutin("v");
        a.addPair(0, 1, 0, 1, Rule.INITIAL, 0.6);
        assertThat(a.score()).isCloseTo(abbreviated, within(1e-9));
        // an initial that matches nothing keeps its full weight against the query
        initialAndPutinAgainstVladimirPutin("j");
        assertThat(a.score()).isLessThan(abbreviated);

        a.reset();
        a.addQuery("muhamad", 1, false);
        a.addListed("muhammad", 3);
        a.addPair(0, 1, 0, 1, Rule.TYPO, 1.0);
        assertThat(a.score()).as("the same pair by another rule earns both weights").isEqualTo(1.0);
    }

    /** Query "INITIAL putin" (weights 1, 5) against "vladimir putin" (3, 5), the surnames paired exactly. */
    private void initialAndPutinAgainstVladimirPutin(String initial) {
        a.reset();
        a.addQuery(initial, 1, false);
        a.addQuery("putin", 5, true);
        a.addListed("vladimir", 3);
        a.addListed("putin", 5);
        a.addPair(1, 1, 1, 1, Rule.EXACT, 1.0);
    }

    @Test
    void explanationWeightsSumToOneWithAnInitial() {
        a.reset();
        a.addQuery("m", 1, false);
        a.addListed("muhammad", 3);
        a.addPair(0, 1, 0, 1, Rule.INITIAL, 0.6);
        assertThat(weightSum(a.explain())).isCloseTo(1.0, within(0.002));
    }

    @Test
    void oneSharedNameOfSeveralIsWeakEvidence() {
        a.reset();
        a.addQuery("christina", 1, true);
        a.addQuery("miller", 1, true);
        a.addListed("christina", 1);
        a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);
        assertThat(a.score()).isCloseTo(2.0 / 3 * Alignment.SINGLE_TOKEN_FACTOR, within(1e-9));
        assertThat(Alignment.SINGLE_TOKEN_FACTOR).isLessThan(1.0);

        // the factor does not apply when the other query token is minor (a title), or when two tokens matched
        a.reset();
        a.addQuery("christina", 1, true);
        a.addQuery("dr", 1, false);
        a.addListed("christina", 1);
        a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);
        assertThat(a.score()).isCloseTo(2.0 / 3, within(1e-9));

        a.reset();
        a.addQuery("christina", 1, true);
        a.addQuery("miller", 1, true);
        a.addListed("christina", 1);
        a.addListed("miler", 1);
        a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);
        a.addPair(1, 1, 1, 1, Rule.TYPO, 0.8);
        assertThat(a.score()).isCloseTo((2 + 1.6) / 4, within(1e-9));
    }

    @Test
    void anInitialDoesNotCountAsASecondMatchedName() {
        a.reset();
        a.addQuery("muhammad", 1, true);
        a.addQuery("saeed", 1, true);
        a.addListed("m", 1);
        a.addListed("saeed", 1);
        a.addPair(0, 1, 0, 1, Rule.INITIAL, 0.6);
        a.addPair(1, 1, 1, 1, Rule.EXACT, 1.0);
        assertThat(a.score()).isCloseTo((2 + 0.6 * 2) / 4 * Alignment.SINGLE_TOKEN_FACTOR, within(1e-9));
    }

    @Test
    void joinedPairCountsEachCoveredNameToken() {
        a.reset();
        a.addQuery("abdul", 1, true);
        a.addQuery("rahman", 1, true);
        a.addListed("abdulrahman", 2);
        a.addPair(0, 2, 0, 1, Rule.COMPOUND, 1.0);
        assertThat(a.score()).as("no single-token factor").isEqualTo(1.0);
    }

    @Test
    void emptyAndWeightlessAlignmentsScoreZero() {
        a.reset();
        assertThat(a.score()).isZero();
        a.addQuery("x", 0, true);
        a.addListed("x", 0);
        a.addPair(0, 1, 0, 1, Rule.EXACT, 1.0);
        assertThat(a.score()).isZero();
    }

    @Test
    void invalidPairsAreIgnored() {
        a.reset();
        a.addQuery("a", 1, false);
        a.addListed("a", 1);
        a.addPair(0, 1, 0, 1, Rule.TYPO, 0.0);   // no similarity
        a.addPair(0, 2, 0, 1, Rule.EXACT, 1.0);  // past the query's end
        a.addPair(0, 1, 1, 1, Rule.EXACT, 1.0);  // past the listed end
        assertThat(a.score()).isZero();
        assertThat(a.explain()).extracting(TokenAlignment::rule).containsOnly("unmatched");
    }

    @Test
    void atMostMaxTokensPerSide() {
        a.reset();
        for (int i = 0; i < Alignment.MAX_TOKENS; i++) {
            assertThat(a.addQuery("t" + i, 1, true)).isEqualTo(i);
            assertThat(a.addListed("t" + i, 1)).isEqualTo(i);
        }
        assertThat(a.addQuery("over", 1, true)).isEqualTo(-1);
        assertThat(a.addListed("over", 1)).isEqualTo(-1);
        assertThat(a.queryCount()).isEqualTo(Alignment.MAX_TOKENS);
        assertThat(a.listedCount()).isEqualTo(Alignment.MAX_TOKENS);
        for (int i = 0; i < Alignment.MAX_TOKENS; i++) {
            a.addPair(i, 1, i, 1, Rule.EXACT, 1.0);
        }
        assertThat(a.score()).isEqualTo(1.0);
        a.reset();
        assertThat(a.queryCount()).isZero();
        assertThat(a.listedCount()).isZero();
    }

    @Test
    void scoreStaysInZeroToOneOnRandomAlignments() {
        java.util.Random r = new java.util.Random(11);
        Rule[] rules = Rule.values();
        for (int k = 0; k < 2_000; k++) {
            a.reset();
            int n = 1 + r.nextInt(8);
            int m = 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                a.addQuery("q" + i, r.nextDouble() * 5, r.nextBoolean());
            }
            for (int j = 0; j < m; j++) {
                a.addListed("c" + j, r.nextDouble() * 5);
            }
            for (int p = 0; p < 20; p++) {
                int qi = r.nextInt(n);
                int cj = r.nextInt(m);
                a.addPair(qi, 1 + r.nextInt(Math.min(2, n - qi)), cj, 1, rules[r.nextInt(rules.length)],
                        r.nextDouble());
            }
            double s = a.score();
            assertThat(s).isBetween(0.0, 1.0);
            List<TokenAlignment> ex = a.explain();
            assertThat(ex).allSatisfy(t -> assertThat(t.weight()).isBetween(0.0, 1.0));
            if (ex.stream().noneMatch(t -> t.rule().equals("initial"))) {
                assertThat(weightSum(ex)).isCloseTo(1.0, within(0.01));
            }
            assertThat(a.score()).as("explain() does not change the score").isEqualTo(s);
        }
    }
}
