package org.vigil.match.score;

import org.vigil.match.analysis.TokenKind;

/**
 * Token weights: how much evidence of identity a token carries. A token's weight is its inverse document frequency
 * among listed records ({@code ln(1 + N / df)}, so "muhammad" weighs far less than "lakhvi"), times a factor for
 * its kind: titles, particles and organisation words count a quarter, initials and single letters weigh one unit.
 * A query token no listed record contains weighs as much as the rarest listed token.
 */
public final class Weights {

    private Weights() {
    }

    public static double idf(int documents, int df) {
        return Math.log(1.0 + documents / Math.max(0.5, (double) df));
    }

    public static double factor(TokenKind kind) {
        return switch (kind) {
            case TITLE, ORG_WORD -> 0.25;
            case PARTICLE -> 0.2;
            case PATRONYMIC -> 0.4;
            default -> 1.0;
        };
    }

    public static double weight(TokenKind kind, int documents, int df) {
        if (kind == TokenKind.INITIAL) {
            return 1.0;
        }
        return factor(kind) * idf(documents, df);
    }
}
