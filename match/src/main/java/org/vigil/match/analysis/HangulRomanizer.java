package org.vigil.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 3b: Korean names written in Hangul, romanised syllable by syllable the way sanctions lists write Korean
 * names: McCune-Reischauer without its diacritics, as the DPRK's own romanisation does ("김정은" as "kim jong un",
 * "최룡해" as "choe ryong hae", "박" as "pak"). ICU's Hangul-Latin follows the South Korean Revised Romanisation and
 * runs the syllables together ("gimjeongeun"), which meets none of the listed spellings. A name written in one word
 * is split into the family name, its first syllable, and the given name, its other syllables kept together
 * ({@link #name}: "김정은" as "kim" + "jongun"), since lists write the given name's syllables in their order and
 * "은정" (Eun-jeong) is another name than "정은" (Jong-un); joined forms ({@code JoinedTokens}) meet "Jong Un" and
 * "Jong-un". Syllables are decomposed arithmetically (Unicode's Hangul syllable block), so the class needs no table
 * beyond the letters.
 */
public final class HangulRomanizer {

    private static final int BASE = 0xAC00;
    private static final int LAST = 0xD7A3;

    /** Initial consonants, syllable-initial forms (ㄱ k, ㄷ t, ㅂ p, ㄹ r, ㅇ silent). */
    private static final String[] INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j",
            "jj", "ch", "kh", "th", "ph", "h"};
    /** Vowels; ㅓ and ㅡ (ŏ, ŭ) lose their breve as o and u. */
    private static final String[] VOWEL = {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"};
    /** Final consonants as pronounced at the end of a syllable. */
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private HangulRomanizer() {
    }

    public static boolean isSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    /** Whether the text contains a Hangul syllable. */
    public static boolean containsHangul(String s) {
        return s.codePoints().anyMatch(HangulRomanizer::isSyllable);
    }

    /** One syllable's romanisation. */
    public static String syllable(int cp) {
        if (!isSyllable(cp)) {
            throw new IllegalArgumentException("not a Hangul syllable: U+" + Integer.toHexString(cp));
        }
        int s = cp - BASE;
        return INITIAL[s / 588] + VOWEL[(s % 588) / 28] + FINAL[s % 28];
    }

    /**
     * The romanised parts of one Hangul word of a name: one syllable as it is; two, a given name written apart from
     * the family name, joined ("은정" as "unjong"); three or more, the family name (the first syllable) and the given
     * name joined ("김정은" as "kim", "jongun").
     */
    public static List<String> name(String token) {
        List<String> syllables = romanize(token);
        if (syllables.size() <= 1) {
            return syllables;
        }
        if (syllables.size() == 2) {
            return List.of(syllables.get(0) + syllables.get(1));
        }
        return List.of(syllables.get(0), String.join("", syllables.subList(1, syllables.size())));
    }

    /**
     * The syllables of a token, each romanised; characters between them that are not Hangul syllables (a stray
     * Jamo, a mark) are left out.
     */
    public static List<String> romanize(String token) {
        List<String> out = new ArrayList<>();
        token.codePoints().filter(HangulRomanizer::isSyllable).forEach(cp -> out.add(syllable(cp)));
        return out;
    }
}
