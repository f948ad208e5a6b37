package org.vigil.match.analysis;

/**
 * Arabic names as French transcriptions write them (Algeria, Tunisia, Morocco, the Sahel), rewritten the way English
 * ones do: "Faouzi" as "fawzi", "Anouar" as "anwar", "Sahraoui" as "sahrawi", "Zarkaoui" as "zarkawi" (Zarqawi),
 * "Djamel" as "jamel". French writes the consonant w (و) "ou" and the sound j "dj"; the consonant skeleton reads
 * "ou" as vowels and so cannot meet the English w. Only a token with an "ou" next to another vowel ("aou", "oua",
 * "oui", "oue", "eou": there it is the consonant) or with "dj" is rewritten: such an "ou" as w, any other "ou" as u,
 * and "dj" as j. The rewritten form is compared like a spelling with a typo
 * ({@link org.vigil.match.score.TokenSimilarity}); the token itself is left as it is.
 */
public final class FrenchSpelling {

    private FrenchSpelling() {
    }

    /** The English-style spelling of a lower-case ASCII token, or "" when it has no French w or j. */
    public static String english(String token) {
        if (!token.contains("dj") && !hasConsonantOu(token)) {
            return "";
        }
        int n = token.length();
        StringBuilder b = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            if (token.startsWith("ou", i)) {
                b.append(consonantOu(token, i) ? 'w' : 'u');
                i += 2;
            } else if (token.startsWith("dj", i)) {
                b.append('j');
                i += 2;
            } else {
                b.append(token.charAt(i++));
            }
        }
        String s = b.toString();
        return s.length() < 2 ? "" : s;
    }

    private static boolean hasConsonantOu(String token) {
        for (int i = token.indexOf("ou"); i >= 0; i = token.indexOf("ou", i + 1)) {
            if (consonantOu(token, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the "ou" at {@code i} stands next to another vowel: "faouzi", "ouahid", "hamdaoui". */
    private static boolean consonantOu(String token, int i) {
        return (i > 0 && isVowel(token.charAt(i - 1))) || (i + 2 < token.length() && isVowel(token.charAt(i + 2)));
    }

    /** a, e, i, o, u: a y next to "ou" is the consonant ("youssef", "ayoub"). */
    private static boolean isVowel(char c) {
        return c != 'y' && LatinFolder.isVowel(c);
    }
}
