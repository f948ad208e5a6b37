package org.vigil.match.analysis;

/**
 * Slavic names as German and Polish spell them, rewritten the way the lists' English transliterations write them:
 * "Janukowitsch" as "yanukovich" (Yanukovych), "Chodorkowski" as "khodorkovski" (Khodorkovsky), "Gorbatschow" as
 * "gorbachov", "Schewtschenko" as "shevchenko". A bank in Germany or Poland holds its customers' names in those
 * spellings, and the consonant skeleton cannot see through them (German ch is the Russian kh, German j the English
 * y). Only a token with a German or Polish letter group (sch, cz, sz, or a w after its first letter, as in -ow,
 * -owski, -witsch) is rewritten: tsch and cz as ch, sch and sz as sh, the remaining ch as kh, w as v, and j at the
 * start or after a vowel as y. The rewritten form is compared like a spelling with a typo
 * ({@link org.vigil.match.score.TokenSimilarity}); the token itself is left as it is.
 */
public final class GermanPolishSpelling {

    /** Letter groups and their English spelling, longest first ("tsch" before "sch" before "ch"). */
    private static final String[][] GROUPS = {
        {"tsch", "ch"}, {"sch", "sh"}, {"cz", "ch"}, {"sz", "sh"}, {"ch", "kh"}};

    private GermanPolishSpelling() {
    }

    /** The English-style spelling of a lower-case ASCII token, or "" when it has no German or Polish letter group. */
    public static String english(String token) {
        if (!token.contains("sch") && !token.contains("cz") && !token.contains("sz") && token.indexOf('w', 1) < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(token.length() + 2);
        int n = token.length();
        int i = 0;
        while (i < n) {
            String[] group = groupAt(token, i);
            if (group != null) {
                b.append(group[1]);
                i += group[0].length();
                continue;
            }
            char c = token.charAt(i);
            if (c == 'w') {
                b.append('v');
            } else if (c == 'j' && (i == 0 ? i + 1 < n && LatinFolder.isVowel(token.charAt(i + 1))
                    : LatinFolder.isVowel(token.charAt(i - 1)))) {
                b.append('y');
            } else {
                b.append(c);
            }
            i++;
        }
        String s = b.toString();
        return s.equals(token) ? "" : s;
    }

    /** The letter group ({@link #GROUPS}) that starts at {@code i}, or null. */
    private static String[] groupAt(String token, int i) {
        for (String[] g : GROUPS) {
            if (token.startsWith(g[0], i)) {
                return g;
            }
        }
        return null;
    }
}
