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
            char c = token.charAt(i);
            if (token.startsWith("tsch", i)) {
                b.append("ch");
                i += 4;
            } else if (token.startsWith("sch", i)) {
                b.append("sh");
                i += 3;
            } else if (token.startsWith("cz", i)) {
                b.append("ch");
                i += 2;
            } else if (token.startsWith("sz", i)) {
                b.append("sh");
                i += 2;
            } else if (token.startsWith("ch", i)) {
                b.append("kh");
                i += 2;
            } else if (c == 'w') {
                b.append('v');
                i++;
            } else if (c == 'j' && (i == 0 ? i + 1 < n && isVowel(token.charAt(i + 1)) : isVowel(token.charAt(i - 1)))) {
                b.append('y');
                i++;
            } else {
                b.append(c);
                i++;
            }
        }
        String s = b.toString();
        return s.equals(token) ? "" : s;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
