package org.vigil.match;

import java.util.List;

/**
 * Why a listed name matched: the analysed forms, each token alignment with its rule, similarity and weight, the
 * tokens left unmatched on either side, and each attribute that moved the score.
 *
 * @param query     the query name after analysis
 * @param listed    the listed name after analysis
 * @param nameScore the score of the names alone
 * @param tokens    token alignments, strongest first, then unmatched tokens
 * @param attributes attributes (type, date of birth, country, gender, alias quality) that moved the score
 * @param score     the final score
 */
public record Explanation(String query, String listed, double nameScore, List<TokenAlignment> tokens,
                         List<AttributeEffect> attributes, double score) {

    public Explanation {
        tokens = List.copyOf(tokens);
        attributes = List.copyOf(attributes);
    }

    /**
     * One aligned (or unmatched) token.
     *
     * @param query      the query token(s); empty when a listed token found no partner
     * @param listed     the listed token(s); empty when a query token found no partner
     * @param rule       exact, variant, compound, typo, skeleton, cross_script, phonetic, initial, or unmatched
     * @param similarity 0..1
     * @param weight     the share of the name's evidence these tokens carry (query and listed weight together,
     *                   as a fraction of the total; all weights of one explanation sum to 1)
     */
    public record TokenAlignment(String query, String listed, String rule, double similarity, double weight) {
    }

    /**
     * An attribute that raised or lowered the score.
     *
     * @param attribute type, birthDate, country, gender or alias
     * @param delta     the change in score (positive raises)
     * @param reason    what was compared, in words
     */
    public record AttributeEffect(String attribute, double delta, String reason) {
    }
}
