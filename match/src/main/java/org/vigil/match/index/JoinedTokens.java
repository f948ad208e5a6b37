package org.vigil.match.index;

import java.util.ArrayList;
import java.util.List;
import org.vigil.match.analysis.Token;
import org.vigil.match.analysis.TokenKind;

/**
 * The joined forms of adjacent tokens of one name, so that names split differently still meet ("abdul rahman" /
 * "abdulrahman", "zaki ur" / "zakiur"): every two adjacent tokens; three when the middle one is a particle; in a
 * listed name, three short ones, as East Asian names are written syllable by syllable or not ("chong chon gang" /
 * "chongchongang") — not in a query, which would pay a lookup for every three short words while names written in
 * syllables and joined are rare; only names and particles join. When the middle particle is the Arabic article
 * before a "sun letter" (t, th, d, dh, r, z, s, sh, l, n), whose l the speaker assimilates, the name is also joined
 * as it is then usually spelt: "shams al din" as "shamsuddin", "abd al rahman" as "abdurrahman"; in an abjad
 * spelling the article's l simply drops ("shms al dyn" as "shmsdyn"). One definition for the index, screening and
 * pairwise comparison.
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

    /** The joined spans of a listed name among its first {@code count} tokens, syllable triples included. */
    public static List<Span> of(List<Token> tokens, int count) {
        return of(tokens, count, true);
    }

    /**
     * The joined spans among the first {@code count} tokens, in order of their first token, pairs first.
     *
     * @param syllables whether to join three short syllables (listed names: yes; queries: no)
     */
    public static List<Span> of(List<Token> tokens, int count, boolean syllables) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i + 1 < count; i++) {
            add(tokens, i, 2, out);
            if (i + 2 >= count) {
                continue;
            }
            Token middle = tokens.get(i + 1);
            if (middle.kind() == TokenKind.PARTICLE) {
                add(tokens, i, 3, out);
                assimilated(tokens, i, out);
            } else if (syllables && syllable(tokens.get(i)) && syllable(middle) && syllable(tokens.get(i + 2))) {
                add(tokens, i, 3, out);
            }
        }
        return out;
    }

    /** The longest token taken for a syllable of a name written syllable by syllable ("chong", "hwang"). */
    static final int MAX_SYLLABLE = 5;

    private static boolean syllable(Token t) {
        return t.kind() == TokenKind.NAME && t.text().length() <= MAX_SYLLABLE;
    }

    /** "x al y" with y starting with a sun letter, as it is spoken: "xuyy" (abjad "xy"). */
    private static void assimilated(List<Token> tokens, int from, List<Span> out) {
        Token x = tokens.get(from);
        Token article = tokens.get(from + 1);
        Token y = tokens.get(from + 2);
        String a = article.text();
        if (!(a.equals("al") || a.equals("el") || a.equals("ul")) || x.kind() != TokenKind.NAME
                || y.kind() != TokenKind.NAME || y.text().isEmpty() || SUN_LETTERS.indexOf(y.text().charAt(0)) < 0) {
            return;
        }
        boolean abjad = x.abjad() || y.abjad();
        String text = abjad ? x.text() + y.text() : x.text() + "u" + y.text().charAt(0) + y.text();
        out.add(new Span(from, 3, text, abjad));
    }

    /** Latin initials of the Arabic letters that assimilate the article's l (th, dh, sh start with t, d, s). */
    private static final String SUN_LETTERS = "tdrzsln";

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
