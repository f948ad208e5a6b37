package org.vigil.match.analysis;

import java.util.List;

/**
 * A name after analysis.
 *
 * @param input     the name as given
 * @param tokens    analysed tokens in natural order
 * @param truncated true when the name had more than {@link NameAnalyzer#MAX_TOKENS} tokens and the rest was ignored
 */
public record AnalyzedName(String input, List<Token> tokens, boolean truncated) {

    public AnalyzedName {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The analysed form, tokens joined by spaces ("hafiz muhammad saeed"). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }
}
