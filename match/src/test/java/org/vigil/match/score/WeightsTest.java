package org.vigil.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.match.analysis.TokenKind;

class WeightsTest {

    @Test
    void rarerTokensWeighMore() {
        int n = 10_000;
        double prev = Double.MAX_VALUE;
        for (int df : new int[] {0, 1, 2, 5, 50, 500, 5_000, 10_000}) {
            double w = Weights.weight(TokenKind.NAME, n, df);
            assertThat(w).as("df %d", df).isPositive().isLessThan(prev);
            prev = w;
        }
        assertThat(Weights.idf(n, 0)).as("an unseen token weighs at least as much as the rarest")
                .isGreaterThanOrEqualTo(Weights.idf(n, 1));
    }

    @Test
    void idfIsLogarithmic() {
        assertThat(Weights.idf(1000, 1)).isCloseTo(Math.log(1001), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Weights.idf(0, 0)).isZero();
        assertThat(Weights.idf(1000, 1000)).isCloseTo(Math.log(2), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void minorKindsWeighLess() {
        for (TokenKind minor : new TokenKind[] {TokenKind.TITLE, TokenKind.PARTICLE, TokenKind.ORG_WORD}) {
            assertThat(Weights.factor(minor)).as(minor.name()).isPositive().isLessThan(Weights.factor(TokenKind.NAME));
            assertThat(Weights.weight(minor, 1000, 3)).isLessThan(Weights.weight(TokenKind.NAME, 1000, 3));
        }
        assertThat(Weights.factor(TokenKind.NAME)).isEqualTo(1.0);
    }

    @Test
    void anInitialWeighsOneUnitWhateverItsFrequency() {
        assertThat(Weights.weight(TokenKind.INITIAL, 10_000, 1)).isEqualTo(1.0);
        assertThat(Weights.weight(TokenKind.INITIAL, 10_000, 9_000)).isEqualTo(1.0);
        assertThat(Weights.weight(TokenKind.INITIAL, 10_000, 1))
                .isLessThan(Weights.weight(TokenKind.NAME, 10_000, 1));
    }
}
