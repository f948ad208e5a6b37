package org.vigil.match.analysis;

/**
 * A key that two romanisations of one Korean name share. Lists write Korean names in McCune-Reischauer without its
 * diacritics and apostrophes (the DPRK's own usage: "Chong", "Pyong", "Chol", "Paek"), in the South's Revised
 * Romanisation ("Jeong", "Byeong", "Cheol", "Baek") and in older English spellings ("Joon", "Sung"): one syllable
 * 정 is "jong", "chong" or "jeong". The key reads a token of one or two romanised syllables (initial consonant,
 * vowel, final consonant, each from the romanisations' inventories) and writes each part by its sound: the plain
 * and voiced forms of one consonant as one (k/g, t/d, p/b, ch/j, s/sh) and the tense ones apart (kk, tt, pp, ss,
 * jj/tch: a doubled letter in "hassan" or "essa" is not a Korean alternation), the vowel spellings of one vowel as
 * one (eo and o, eu, oo and u, ee and i, ai and ae, oe, oi, we and wae, yoo and yu), and an r at the start of the
 * token as the South reads it ({@link #initialLiquid}). A token that is not
 * such a syllable or pair ("smith", "park" with its English r, "maria" of three) has no key: the key only pairs
 * spellings of Korean syllables, and a name of one or two syllables written both ways ("jose" / "chose") is the
 * price, which the rule's similarity (below an exact or variant match) and the other tokens of a name bound.
 */
public final class KoreanRomanization {

    /** Initial consonants, longest first, with their sound class (a syllable may also start with its vowel). */
    private static final String[][] INITIALS = {
        {"tch", "C"}, {"ch", "c"}, {"kk", "K"}, {"tt", "T"}, {"pp", "P"}, {"ss", "S"}, {"jj", "C"}, {"sh", "s"},
        {"k", "k"}, {"g", "k"}, {"n", "n"}, {"d", "t"}, {"t", "t"}, {"rh", "r"}, {"r", "r"}, {"l", "l"}, {"m", "m"},
        {"b", "p"}, {"p", "p"}, {"s", "s"}, {"j", "c"}, {"h", "h"}};
    /** Vowels with their glides, longest first, with their sound class. */
    private static final String[][] VOWELS = {
        {"yeo", "yo"}, {"you", "yo"}, {"yae", "ye"}, {"wae", "we"}, {"weo", "wo"}, {"eui", "ui"}, {"yoo", "yu"},
        {"ae", "ae"}, {"ai", "ae"}, {"ya", "ya"}, {"eo", "o"}, {"ye", "ye"}, {"yo", "yo"}, {"wa", "wa"},
        {"oe", "we"}, {"oi", "we"}, {"we", "we"}, {"wo", "wo"}, {"wi", "wi"}, {"yu", "yu"}, {"eu", "u"}, {"ui", "ui"},
        {"oo", "u"}, {"ee", "i"}, {"ou", "o"}, {"a", "a"}, {"e", "e"}, {"o", "o"}, {"u", "u"}, {"i", "i"}};
    /** Final consonants, longest first, with their sound class (a syllable may also end in its vowel). */
    private static final String[][] FINALS = {
        {"ng", "ng"}, {"k", "k"}, {"n", "n"}, {"t", "t"}, {"l", "l"}, {"m", "m"}, {"p", "p"}};

    private static final String[][] NONE = new String[0][];
    /** No initial, or no final consonant. */
    private static final String[] EMPTY = {"", ""};
    /** The table entries by the first letter of their spelling. */
    private static final String[][][] INITIALS_BY = byFirstLetter(INITIALS);
    private static final String[][][] VOWELS_BY = byFirstLetter(VOWELS);
    private static final String[][][] FINALS_BY = byFirstLetter(FINALS);

    private static String[][][] byFirstLetter(String[][] table) {
        String[][][] by = new String[128][][];
        for (int c = 0; c < 128; c++) {
            java.util.List<String[]> l = new java.util.ArrayList<>();
            for (String[] e : table) {
                if (e[0].charAt(0) == c) {
                    l.add(e);
                }
            }
            by[c] = l.isEmpty() ? NONE : l.toArray(new String[0][]);
        }
        return by;
    }

    private KoreanRomanization() {
    }

    /**
     * The key of a lower-case ASCII token of one or two romanised Korean syllables ("jong", "chong" and "jeong" give
     * "cong"; "myongjin" and "myeongchin" "myongcin"), or "" for any other token. Of the ways to split a token
     * into two syllables the one with the longest first syllable is taken, which splits two spellings of one name
     * alike ("jongun" and "chongeun" as "cong" + "un").
     */
    public static String key(String token) {
        int n = token.length();
        if (n < 2 || n > 12) {
            return "";
        }
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z' || c == 'f' || c == 'q' || c == 'v' || c == 'x' || c == 'z') {
                return ""; // letters no romanisation of Korean writes
            }
        }
        if (token.endsWith("oh")) {
            // "Oh", "Roh", "Noh": an English h after a final o, which no romanisation writes
            token = token.substring(0, n - 1);
            n--;
        }
        StringBuilder out = new StringBuilder(n + 2);
        // "Lee" is the South's English spelling of 이, the North's "Ri"; an l before any other vowel spelling stays an
        // l: "li", "lin", "liang" are Chinese syllables, which are not Korean names
        boolean lee = token.startsWith("lee");
        if (syllable(token, 0, n, out)) {
            return initialLiquid(out, lee);
        }
        for (int cut = n - 1; cut >= 1; cut--) {
            out.setLength(0);
            if (syllable(token, 0, cut, out) && syllable(token, cut, n, out)) {
                return initialLiquid(out, lee);
            }
        }
        return "";
    }

    /**
     * The key with the rule for an r at the start of a word, which the South applies and the North does not: before
     * i or y it falls silent (리 "Ri" in the North is 이 "I", in English "Lee"; 류 "Ryu" is "Yu", "Yoo"; 림 "Rim" is
     * "Im"), before another vowel it is read n (로 "Ro" is 노 "No", "Roh"). Lists write both.
     */
    private static String initialLiquid(StringBuilder key, boolean lee) {
        char first = key.charAt(0);
        if (first == 'r' || lee) {
            char vowel = key.charAt(1);
            if (vowel == 'i' || vowel == 'y') {
                key.deleteCharAt(0);
            } else {
                key.setCharAt(0, 'n');
            }
        }
        return key.toString();
    }

    /**
     * Reads {@code token[from, to)} as one syllable, appending its key to {@code out}; false (with {@code out} as it
     * was) when the span is not one syllable.
     */
    private static boolean syllable(String token, int from, int to, StringBuilder out) {
        String[][] initials = INITIALS_BY[token.charAt(from)];
        for (int k = 0; k <= initials.length; k++) {
            String[] initial = k < initials.length ? initials[k] : EMPTY; // a vowel-initial syllable last
            if (!token.startsWith(initial[0], from)) {
                continue;
            }
            int v = from + initial[0].length();
            if (v >= to) {
                continue;
            }
            for (String[] vowel : VOWELS_BY[token.charAt(v)]) {
                int f = v + vowel[0].length();
                if (f > to || !token.startsWith(vowel[0], v)) {
                    continue;
                }
                String[] fin = f == to ? EMPTY : finalSpanning(token, f, to);
                if (fin != null) {
                    out.append(initial[1]).append(vowel[1]).append(fin[1]);
                    return true;
                }
            }
        }
        return false;
    }

    /** The final consonant spelled by exactly {@code token[from, to)}, or null. */
    private static String[] finalSpanning(String token, int from, int to) {
        for (String[] fin : FINALS_BY[token.charAt(from)]) {
            if (from + fin[0].length() == to && token.startsWith(fin[0], from)) {
                return fin;
            }
        }
        return null;
    }
}
