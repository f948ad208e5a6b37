package org.vigil.match.score;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.vigil.match.analysis.FrenchSpelling;
import org.vigil.match.analysis.GermanPolishSpelling;
import org.vigil.match.analysis.KoreanRomanization;
import org.vigil.match.analysis.Skeleton;
import org.vigil.match.analysis.SomaliSpelling;
import org.vigil.match.analysis.Token;
import org.vigil.match.analysis.TokenKind;

/**
 * The comparison keys of one token: its text, kind, learned variant classes, consonant skeleton (for abjad spellings
 * also one reading "w" as a vowel; for tokens of two consonants or fewer, the skeleton with vowel places), the looser
 * cross-script skeleton ({@link Skeleton#crossScript}), for Latin tokens of three consonants or more the
 * {@link Skeleton#latinCross} keys (th read as t, and as s), for tokens of one or two romanised Korean syllables
 * their {@link KoreanRomanization#key}, for Latin tokens in a German, Polish, Somali or French spelling their
 * English-style spelling ({@link GermanPolishSpelling}, {@link SomaliSpelling}, {@link FrenchSpelling}), and Double
 * Metaphone codes. Computed once per listed token when an index is built and once per query token (then cached with
 * the token's matches).
 */
public record TokenFeatures(String text, TokenKind kind, boolean abjad, int[] variants, String skeleton,
                            String skeletonAlt, String vowelSkeleton, String crossSkeleton, String latinCross,
                            String latinCrossAlt, String korean, String transcribed, String metaphone,
                            String metaphoneAlt) {

    /** The same features with other variant classes. */
    public TokenFeatures withVariants(int[] classes) {
        return new TokenFeatures(text, kind, abjad, classes, skeleton, skeletonAlt, vowelSkeleton, crossSkeleton,
                latinCross, latinCrossAlt, korean, transcribed, metaphone, metaphoneAlt);
    }

    /**
     * Whether two Latin tokens share a {@link Skeleton#latinCross} key (either reading of "th"): spellings of one
     * Arabic name that wrote a consonant with other letters.
     */
    public boolean sharesLatinCross(TokenFeatures o) {
        return !latinCross.isEmpty() && !o.latinCross.isEmpty()
                && (latinCross.equals(o.latinCross) || latinCross.equals(o.latinCrossAlt)
                || o.latinCross.equals(latinCrossAlt));
    }

    /** Whether two tokens are romanisations of one Korean syllable or pair of syllables. */
    public boolean sharesKorean(TokenFeatures o) {
        return !korean.isEmpty() && korean.equals(o.korean);
    }

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return dm;
    });

    /** Metaphone codes of tokens seen before (names repeat: a bounded cache saves most of the encoding work). */
    private static final java.util.Map<String, String[]> CODES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    public static TokenFeatures of(Token t) {
        return of(t.text(), t.kind(), t.abjad(), t.variants());
    }

    public static TokenFeatures of(String text, TokenKind kind, boolean abjad, int[] variants) {
        return of(text, kind, abjad, variants, false);
    }

    /**
     * The features of adjacent tokens joined into one ("abdul rahman" as "abdulrahman"): a name token without the
     * {@link Skeleton#latinCross} keys, as joined forms match only by the rules of
     * {@link TokenSimilarity#compareJoined}.
     */
    public static TokenFeatures ofJoined(String text, boolean abjad, int[] variants) {
        return of(text, TokenKind.NAME, abjad, variants, true);
    }

    private static TokenFeatures of(String text, TokenKind kind, boolean abjad, int[] variants, boolean joined) {
        String mp = "";
        String alt = "";
        if (kind != TokenKind.NUMBER && kind != TokenKind.INITIAL && text.length() >= 2) {
            String[] codes = CODES.get(text);
            if (codes == null) {
                DoubleMetaphone dm = METAPHONE.get();
                codes = new String[] {nullToEmpty(dm.doubleMetaphone(text)), nullToEmpty(dm.doubleMetaphone(text, true))};
                if (CODES.size() < CACHE_LIMIT) {
                    CODES.put(text, codes);
                }
            }
            mp = codes[0];
            alt = codes[1];
        }
        String sk = kind == TokenKind.NUMBER ? text : Skeleton.of(text);
        String vs = kind == TokenKind.NUMBER || sk.length() > 2 ? "" : Skeleton.withVowels(text);
        // in an abjad spelling "w" is as often the long vowel u/o as the consonant: "mhmwd" is "mahmoud"
        String skAlt = abjad && kind != TokenKind.NUMBER && text.indexOf('w') >= 0 ? Skeleton.of(text.replace('w', 'u'))
                : "";
        String cross = kind == TokenKind.NUMBER ? "" : Skeleton.crossScript(sk);
        boolean latin = !joined && !abjad && kind != TokenKind.NUMBER && sk.length() >= TokenSimilarity.MIN_LATIN_CROSS;
        String lc = latin ? Skeleton.latinCross(text) : "";
        String lcAlt = latin ? Skeleton.latinCrossSibilant(text) : "";
        String korean = abjad || kind == TokenKind.NUMBER ? "" : KoreanRomanization.key(text);
        String transcribed = latin ? GermanPolishSpelling.english(text) : "";
        if (transcribed.isEmpty() && !joined && !abjad && kind == TokenKind.NAME) {
            transcribed = SomaliSpelling.english(text);
            if (transcribed.isEmpty()) {
                transcribed = FrenchSpelling.english(text);
            }
        }
        return new TokenFeatures(text, kind, abjad, variants, sk, skAlt, vs, cross, lc, lcAlt, korean, transcribed, mp,
                alt);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
