package org.vigil.match.index;

import java.util.ArrayList;
import java.util.List;
import org.vigil.match.analysis.Token;
import org.vigil.match.analysis.TokenKind;

/**
 * The joined forms of adjacent tokens of one name, so that names split differently still meet ("abdul rahman" /
 * "abdulrahman", "zaki ur" / "zakiur"): every two adjacent tokens, and three when the middle one is a particle; only
 * names and particles join. One definition for the index, screening and pairwise comparison.
 */
public final class JoinedTokens {

    /**
     * Tokens {@code [start, start + length)} joined.
     *
     * @param abjad true when one of them was written in an abjad (no short vowels)
     */
    public record Span(int start, int length, String text, boolean abjad) {
    }

    private JoinedTokens() {
    }

    /** The joined spans among the first {@code count} tokens, in order of their first token, pairs first. */
    public static List<Span> of(List<Token> tokens, int count) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i + 1 < count; i++) {
            add(tokens, i, 2, out);
            if (i + 2 < count && tokens.get(i + 1).kind() == TokenKind.PARTICLE) {
                add(tokens, i, 3, out);
            }
        }
        return out;
    }

    private static void add(List<Token> tokens, int from, int length, List<Span> out) {
        StringBuilder text = new StringBuilder();
        boolean abjad = false;
        for (int i = from; i < from + length; i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.NAME && t.kind() != TokenKind.PARTICLE) {
                return;
            }
            text.append(t.text());
            abjad |= t.abjad();
        }
        out.add(new Span(from, length, text.toString(), abjad));
    }
}
