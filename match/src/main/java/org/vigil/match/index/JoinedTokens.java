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
     * @param abjad   true when one of them was written in an abjad (no short vowels)
     * @param acronym true when {@code text} is the tokens' initials ({@link #acronyms})
     */
    public record Span(int start, int length, String text, boolean abjad, boolean acronym) {
    }

    private JoinedTokens() {
    }

    /** The joined spans of a listed name among its first {@code count} tokens, syllable triples included. */
    public static List<Span> of(List<Token> tokens, int count) {
        return of(tokens, count, true);
    }

    /**
     * The joined spans of a listed name, and when {@code acronyms} (a name of an organisation, a vessel, anything but
     * a person) the name's acronyms as spans of all its tokens ({@link #acronyms}).
     */
    public static List<Span> of(List<Token> tokens, int count, boolean syllables, boolean acronyms) {
        List<Span> out = of(tokens, count, syllables);
        if (acronyms) {
            acronyms(tokens, count, out);
        }
        return out;
    }

    /** Whether a token may stand for a name's acronym: a name token that is not a known name ("irgc", not "tom"). */
    public static boolean mayBeAcronym(org.vigil.match.score.TokenFeatures f) {
        return f.kind() == TokenKind.NAME && f.variants().length == 0 && !f.abjad();
    }

    /** The fewest and most letters of an acronym. */
    static final int MIN_ACRONYM = 3;
    static final int MAX_ACRONYM = 8;

    /**
     * The acronyms of a whole name, so that an organisation known by its initials meets its full name ("IRGC" /
     * "Islamic Revolutionary Guard Corps", "LIFG" / "Libyan Islamic Fighting Group", "TTP" / "Tehrik-e Taliban
     * Pakistan", "FIF" / "Falah-i-Insaniat Foundation"): the first letters of every token, of every token but the
     * particles, and of the name tokens only (without particles, organisation words, titles), each kept when it has
     * {@value #MIN_ACRONYM} to {@value #MAX_ACRONYM} letters, not all one letter ("iii", a numeral); numbers are
     * left out. Only Latin names; never a person's name, where a short given name would meet the initials of three
     * names. An acronym pairs only with a name token that is not a known name (one without learned variant classes:
     * "irgc", not "tom") and is written the same (the index finds acronyms by their text only).
     */
    static void acronyms(List<Token> tokens, int count, List<Span> out) {
        if (count < MIN_ACRONYM || count > 16) {
            return;
        }
        List<Span> own = new ArrayList<>(3);
        initials(tokens, count - 1, own);
        for (Span s : own) {
            if (s.text().equals(tokens.get(count - 1).text())) {
                return; // the name ends in its own acronym ("islamic international brigade iib"): its other form,
                        // without it, has the acronyms
            }
        }
        initials(tokens, count, out);
    }

    private static void initials(List<Token> tokens, int count, List<Span> out) {
        if (count < MIN_ACRONYM) {
            return;
        }
        StringBuilder all = new StringBuilder(count);
        StringBuilder noParticles = new StringBuilder(count);
        StringBuilder names = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.NUMBER) {
                continue;
            }
            if (t.abjad() || t.text().isEmpty() || t.text().charAt(0) < 'a' || t.text().charAt(0) > 'z') {
                return;
            }
            all.append(t.text().charAt(0));
            if (t.kind() != TokenKind.PARTICLE) {
                noParticles.append(t.text().charAt(0));
            }
            if (t.kind() == TokenKind.NAME) {
                names.append(t.text().charAt(0));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>(4);
        for (StringBuilder b : new StringBuilder[] {all, noParticles, names}) {
            String a = b.toString();
            if (a.length() >= MIN_ACRONYM && a.length() <= MAX_ACRONYM && a.chars().distinct().count() > 1
                    && seen.add(a)) {
                out.add(new Span(0, count, a, false, true));
            }
        }
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
        out.add(new Span(from, 3, text, abjad, false));
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
        out.add(new Span(from, length, text.toString(), abjad, false));
    }
}
