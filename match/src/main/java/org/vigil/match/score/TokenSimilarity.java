package org.vigil.match.score;

import org.vigil.match.analysis.LatinFolder;
import org.vigil.match.analysis.TokenKind;
import org.vigil.match.analysis.VariantTable;

/**
 * How alike two tokens are, and by which rule. Every rule is one the index can find by a key (exact text, variant
 * class, deletion neighbourhood, skeleton, metaphone code), so screening through the index and comparing two names
 * directly give the same scores.
 *
 * <ul>
 *   <li>{@link Rule#EXACT} 1.0; {@link Rule#VARIANT} 0.95 (a learned transliteration variant);</li>
 *   <li>{@link Rule#TYPO}: one edit 0.80 (4 letters) rising to 0.90 (8 or more), 0.06 less when only the first
 *       letter differs (typists rarely miss the first letter; different names often differ there: "yang" /
 *       "kang"); two edits 0.80 (8-9 letters) or 0.84 (10 or more); three-letter tokens 0.75 for an inserted,
 *       dropped or swapped letter ("esa" / "essa", "sko" / "sok") but not a replaced one ("tao" / "gao");</li>
 *   <li>{@link Rule#SKELETON}: same consonant skeleton; when one side was written in an abjad (no short
 *       vowels expected) 0.80, 0.85 or 0.90 for skeletons of two, three, four or more consonants; between Latin
 *       spellings Jaro-Winkler minus 0.05 (at most 0.90) for skeletons of three consonants or more, and for two
 *       consonants only when the vowels sit in the same places too ("taiba" / "tayyiba": "t*b*"), then at least
 *       0.85 when the two differ only in how they write the diphthong ay ("zein" / "zayn",
 *       {@link #diphthongSpelling});</li>
 *   <li>{@link Rule#CROSS_SCRIPT}: exactly one side written in an abjad and the same cross-script skeleton
 *       ({@link org.vigil.match.analysis.Skeleton#crossScript}: d/z/dh, g/j/k/q and p/b fall together, w left out) of
 *       four consonants or more (six for joined tokens): 0.80, from five 0.85; between two Latin spellings,
 *       three consonants or more, two edits apart or more, and a shared
 *       {@link org.vigil.match.analysis.Skeleton#latinCross} key (d/dh/z and g/j/k/q folded, vowels in the same
 *       places, w kept, th read as t or as s: "gaddafi" / "qadhafi", "thabit" / "sabit"): Jaro-Winkler minus 0.08,
 *       at most 0.85;</li>
 *   <li>{@link Rule#ROMANIZATION}: two Latin tokens of one or two romanised Korean syllables with the same
 *       {@link org.vigil.match.analysis.KoreanRomanization#key} ("jong" / "chong", "myongjin" / "myeongchin"),
 *       {@value #KOREAN}; a German or Polish spelling of a Slavic name, or a Somali or French spelling of an
 *       Arabic one, whose English-style spelling is the other token, {@value #TRANSCRIBED}, or one edit from it
 *       (the index looks respellings up by one-deletion keys), as a typo less 0.03, a replaced consonant only from
 *       {@value #MIN_RESPELT_SUBSTITUTION} letters on
 *       ("janukowitsch" / "yanukovych", "chodorkowski" / "khodorkovsky", "xirsi" / "hirsi", "maxamed" /
 *       "mohamed", "faouzi" / "fawzi");</li>
 *   <li>{@link Rule#PHONETIC}: same Double Metaphone code (three symbols or more) and first letter, Jaro-Winkler
 *       minus 0.07 (at most 0.88);</li>
 *   <li>{@link Rule#INITIAL}: an initial and a token that starts with it, 0.6.</li>
 * </ul>
 * Skeleton and phonetic agreements under 0.70 do not count, and between Latin spellings they do not pair a
 * one-syllable token with a longer one of more syllables, nor the masculine and feminine forms of a name
 * ({@link #looseAllowed}); tokens over {@value #MAX_TYPO_LENGTH} letters are not compared for typos.
 * Numbers only match exactly.
 */
public final class TokenSimilarity {

    /** A rule and a similarity in 0..1; {@link #NONE} when the tokens do not match. */
    public record Result(Rule rule, double similarity) {
        public boolean matches() {
            return rule != null;
        }
    }

    public static final Result NONE = new Result(null, 0.0);
    private static final Result EXACT = new Result(Rule.EXACT, 1.0);
    private static final Result VARIANT = new Result(Rule.VARIANT, 0.95);
    private static final Result INITIAL = new Result(Rule.INITIAL, 0.6);
    /** Tokens longer than this are not compared for typos (a bound on the work one very long token causes). */
    public static final int MAX_TYPO_LENGTH = 24;
    /** Skeleton and phonetic agreements below this similarity are not counted. */
    static final double MIN_LOOSE = 0.70;
    /** The shortest cross-script skeleton compared; joined tokens need {@value #MIN_CROSS_JOINED}. */
    public static final int MIN_CROSS_SKELETON = 4;
    /**
     * The fewest consonants (skeleton letters) of a Latin token compared by its
     * {@link org.vigil.match.analysis.Skeleton#latinCross} keys.
     */
    public static final int MIN_LATIN_CROSS = 3;
    /**
     * The shortest joined form a one-letter difference is forgiven in (and never in its first letter): shorter ones
     * are two syllables, where one letter makes another name ("jongsun" / "jongun", "pyongchol" / "yongchol").
     */
    static final int MIN_JOINED_TYPO = 7;
    static final int MIN_CROSS_JOINED = 6;

    private TokenSimilarity() {
    }

    /**
     * Compares joined tokens ("abdul rahman" as "abdulrahman") with a token. Joined strings are long enough for the
     * looser rules to pair unrelated words, so only these count, each on its own (a looser rule scoring higher does
     * not hide them): exact, variant or two romanisations of one Korean given name; one edit (seven letters or
     * more, the first letter the same); when one side was written in an abjad, the same consonant skeleton (four
     * consonants; five when one side reads its "w"s as vowels; three for a name joined with "allah") or the same
     * cross-script skeleton of six.
     */
    public static Result compareJoined(TokenFeatures q, TokenFeatures c) {
        Result r = compare(q, c);
        if (!r.matches()) {
            return NONE; // every rule below is one compare() also finds
        }
        if (r.rule() == Rule.EXACT || r.rule() == Rule.VARIANT || r.rule() == Rule.ROMANIZATION) {
            // a romanised Korean given name is one or two syllables, written apart or together ("jong un",
            // "chongun"): its key pairs the joined form as surely as the parts
            return new Result(Rule.COMPOUND, r.similarity());
        }
        String a = q.text();
        String b = c.text();
        int minLen = Math.min(a.length(), b.length());
        double best = 0;
        if (minLen >= MIN_JOINED_TYPO && Math.max(a.length(), b.length()) <= MAX_TYPO_LENGTH
                && a.charAt(0) == b.charAt(0) && Strings.osa(a, b, 1) <= 1) {
            best = typoOne(minLen);
        }
        if (q.abjad() || c.abjad()) {
            String sk = sameSkeleton(q, c);
            // "abdulmalik" and "عبد الملك" ("bd" + "al" + "mlk"): vowel-less joined spellings meet by consonants;
            // four of them when both skeletons are the same, five when one side reads its "w"s as vowels (else
            // two short Hebrew or Persian words meet a Latin word by four consonants: "wsry mwr" / "syriamar")
            boolean same = q.skeleton().equals(c.skeleton());
            int consonants = Math.min(q.skeleton().length(), c.skeleton().length());
            // a name joined with "allah" (عبد الله "bd allh" / "abdullah", فتح الله / "fathallah") has three
            // consonants, as the two l's and the final h count once, and the compound is unmistakable
            boolean allah = same && consonants == 3 && (q.abjad() ? q : c).text().endsWith("allh");
            if (!sk.isEmpty() && (consonants >= (same ? 4 : 5) || allah)) {
                best = Math.max(best, abjadSkeleton(sk.length()));
            }
            if (q.abjad() != c.abjad() && q.crossSkeleton().length() >= MIN_CROSS_JOINED
                    && q.crossSkeleton().equals(c.crossSkeleton())) {
                best = Math.max(best, 0.85);
            }
        }
        return best > 0 ? new Result(Rule.COMPOUND, best) : NONE;
    }

    /** The skeleton rule's similarity when one side is an abjad spelling: by how many consonants agree. */
    static double abjadSkeleton(int consonants) {
        return consonants == 2 ? 0.80 : consonants == 3 ? 0.85 : 0.90;
    }

    public static Result compare(TokenFeatures q, TokenFeatures c) {
        String a = q.text();
        String b = c.text();
        if (a.equals(b)) {
            return EXACT;
        }
        if (q.kind() == TokenKind.NUMBER || c.kind() == TokenKind.NUMBER) {
            return NONE;
        }
        if (VariantTable.share(q.variants(), c.variants())) {
            return VARIANT;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) && (q.kind() == TokenKind.INITIAL || c.kind() == TokenKind.INITIAL)
                    ? INITIAL : NONE;
        }
        double best = 0.0;
        Rule rule = null;
        int minLen = Math.min(a.length(), b.length());
        int d = -1;
        if (minLen >= 3 && Math.max(a.length(), b.length()) <= MAX_TYPO_LENGTH) {
            d = Strings.osa(a, b, 2);
            double s = typo(a, b, d, minLen);
            if (s > 0) {
                best = s;
                rule = Rule.TYPO;
            }
        }
        boolean abjad = q.abjad() || c.abjad();
        // between Latin spellings the looser rules below are checked against two names that look alike only when
        // they would apply (looseAllowed)
        String sk = sameSkeleton(q, c);
        double jw = -1;
        if (sk.length() >= 2 && (abjad || (sk.length() >= 3 && looseAllowed(a, b)))) {
            double s;
            if (abjad) {
                s = abjadSkeleton(sk.length());
            } else {
                jw = Strings.jaroWinkler(a, b);
                s = Math.min(0.90, jw - 0.05);
            }
            if (s > best && s >= MIN_LOOSE) {
                best = s;
                rule = Rule.SKELETON;
            }
        }
        if (!abjad && q.skeleton().length() == 2 && q.skeleton().equals(c.skeleton())
                && !q.vowelSkeleton().isEmpty() && q.vowelSkeleton().equals(c.vowelSkeleton()) && looseAllowed(a, b)) {
            // short names: two consonants with vowels in the same places ("taiba" / "tayyiba"); the Arabic diphthong
            // ay written ai, ei or ey is one spelling whatever Jaro-Winkler makes of four letters ("zein" / "zayn")
            jw = jw < 0 ? Strings.jaroWinkler(a, b) : jw;
            double s = Math.min(0.90, jw - 0.05);
            if (s < DIPHTHONG && diphthongSpelling(a).equals(diphthongSpelling(b))) {
                s = DIPHTHONG;
            }
            if (s > best && s >= MIN_LOOSE) {
                best = s;
                rule = Rule.SKELETON;
            }
        }
        if (q.abjad() != c.abjad() && best < 0.85 && q.crossSkeleton().length() >= MIN_CROSS_SKELETON
                && q.crossSkeleton().equals(c.crossSkeleton())) {
            int len = q.crossSkeleton().length();
            double s = len == 4 ? 0.80 : 0.85;
            if (s > best) {
                best = s;
                rule = Rule.CROSS_SCRIPT;
            }
        }
        if (!abjad && d != 1 && best < 0.85 && q.sharesLatinCross(c) && looseAllowed(a, b)) {
            // two Latin spellings of one Arabic name that wrote one consonant with different letters
            // ("gaddafi" / "qadhafi", "thabit" / "sabit"); one letter apart is the typo rule's ("gordon" / "cordon")
            jw = jw < 0 ? Strings.jaroWinkler(a, b) : jw;
            double s = Math.min(0.85, jw - 0.08);
            if (s > best && s >= MIN_LOOSE) {
                best = s;
                rule = Rule.CROSS_SCRIPT;
            }
        }
        if (!abjad && best < KOREAN && q.sharesKorean(c)) {
            best = KOREAN;
            rule = Rule.ROMANIZATION;
        }
        if (!abjad && best < TRANSCRIBED && (!q.transcribed().isEmpty() || !c.transcribed().isEmpty())) {
            // a German, Polish, Somali or French spelling against the English one ("janukowitsch" / "yanukovych")
            double s = transcribed(q, c);
            if (s > best && s >= MIN_LOOSE) {
                best = s;
                rule = Rule.ROMANIZATION;
            }
        }
        if (best < 0.88 && a.charAt(0) == b.charAt(0) && phoneticMatch(q, c) && (abjad || looseAllowed(a, b))) {
            if (jw < 0) {
                jw = Strings.jaroWinkler(a, b);
            }
            double s = Math.min(0.88, jw - 0.07);
            if (s > best && s >= MIN_LOOSE) {
                best = s;
                rule = Rule.PHONETIC;
            }
        }
        return rule == null ? NONE : new Result(rule, best);
    }

    /** Two romanisations of one Korean syllable or pair of syllables ("jong" / "chong"). */
    static final double KOREAN = 0.85;

    /**
     * The shortest respelling in which one replaced consonant is forgiven (in shorter ones: an added or dropped
     * letter, or a vowel for a vowel).
     */
    static final int MIN_RESPELT_SUBSTITUTION = 6;

    /** A German, Polish, Somali or French spelling that, written the English way, is the other token. */
    static final double TRANSCRIBED = 0.90;

    /**
     * The best agreement of the two tokens with at least one of them in its English-style spelling
     * ({@link org.vigil.match.analysis.GermanPolishSpelling}, {@link org.vigil.match.analysis.SomaliSpelling},
     * {@link org.vigil.match.analysis.FrenchSpelling}): {@value #TRANSCRIBED} when equal, else as a typo of one
     * edit between them ({@link #spelledAlike}) less 0.03.
     */
    static double transcribed(TokenFeatures q, TokenFeatures c) {
        String qt = q.transcribed();
        String ct = c.transcribed();
        double s = 0;
        if (!qt.isEmpty()) {
            s = Math.max(s, spelledAlike(qt, c.text()));
            if (!ct.isEmpty()) {
                s = Math.max(s, spelledAlike(qt, ct));
            }
        }
        if (!ct.isEmpty()) {
            s = Math.max(s, spelledAlike(q.text(), ct));
        }
        return s;
    }

    private static double spelledAlike(String x, String y) {
        if (x.equals(y)) {
            return TRANSCRIBED;
        }
        int minLen = Math.min(x.length(), y.length());
        if (minLen < 4 || Math.max(x.length(), y.length()) > MAX_TYPO_LENGTH
                || (minLen < MIN_RESPELT_SUBSTITUTION && consonantReplaced(x, y))) {
            // a respelt short name with one consonant replaced is as often another name ("djamel" as "jamel" /
            // "james"); a vowel for a vowel is how transliterations differ ("cusman" as "usman" / "osman")
            return 0;
        }
        if (Strings.osa(x, y, 1) > 1) {
            return 0;
        }
        double s = typo(x, y, 1, minLen);
        return s > 0 ? s - 0.03 : 0;
    }

    /**
     * The typo rule's similarity of two tokens {@code d} edits apart (at most 2), the shorter {@code minLen} letters
     * long (at least 3), or 0: see the class comment.
     */
    private static double typo(String a, String b, int d, int minLen) {
        if (d == 1 && minLen == 3) {
            return substitution(a, b) ? 0 : 0.75;
        }
        if (d == 1) {
            return typoOne(minLen) - (firstLetterSubstituted(a, b) ? 0.06 : 0.0);
        }
        return d == 2 && minLen >= 8 ? (minLen >= 10 ? 0.84 : 0.80) : 0;
    }

    /** Two short tokens that differ only in how they write the diphthong ay ("deif" / "dayf"). */
    static final double DIPHTHONG = 0.85;

    /**
     * The token with each run of vowels that is a diphthong written a or e then i or y ("ai", "ay", "ei", "ey",
     * "eyy") written "ay": "zein", "zain" and "zayn" all give "zayn". Other runs are kept, so "zion" and "zoon" stay
     * apart from it.
     */
    static String diphthongSpelling(String token) {
        StringBuilder b = new StringBuilder(token.length());
        int i = 0;
        while (i < token.length()) {
            char c = token.charAt(i);
            if (!LatinFolder.isVowel(c)) {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < token.length() && LatinFolder.isVowel(token.charAt(j))) {
                j++;
            }
            boolean diphthong = j - i >= 2 && (c == 'a' || c == 'e');
            for (int k = i + 1; k < j && diphthong; k++) {
                diphthong = token.charAt(k) == 'i' || token.charAt(k) == 'y';
            }
            b.append(diphthong ? "ay" : token.substring(i, j));
            i = j;
        }
        return b.toString();
    }

    /** One edit: 0.80 for four letters, rising to 0.90 from eight on. */
    static double typoOne(int minLen) {
        return switch (minLen) {
            case 4 -> 0.80;
            case 5 -> 0.82;
            case 6 -> 0.85;
            case 7 -> 0.88;
            default -> 0.90;
        };
    }

    /** The skeleton two tokens share (an abjad side may read "w" as a vowel), or "". */
    private static String sameSkeleton(TokenFeatures q, TokenFeatures c) {
        if (q.skeleton().equals(c.skeleton())) {
            return q.skeleton();
        }
        if (!q.skeletonAlt().isEmpty() && q.skeletonAlt().equals(c.skeleton())) {
            return q.skeletonAlt();
        }
        if (!c.skeletonAlt().isEmpty() && c.skeletonAlt().equals(q.skeleton())) {
            return c.skeletonAlt();
        }
        return "";
    }

    /**
     * Whether the skeleton and phonetic rules may pair two Latin tokens: not a one-syllable token and a longer one
     * ("yong" / "yongho"), not the masculine and feminine forms of a name ("antonio" / "antonia").
     */
    static boolean looseAllowed(String a, String b) {
        return !genderedForms(a, b) && !oneSyllableAgainstMore(a, b);
    }

    /**
     * Whether one Latin token has one run of vowels (y counted as a vowel) and the other more and is two letters
     * longer or more: a one-syllable name and a longer one whose extra syllable adds only vowels or consonants the
     * skeleton and phonetic codes drop are different names (Korean and Chinese names are built of such syllables),
     * while spellings of one name keep their syllables ("saeed" / "sayeed", "chol" / "cheol") or add one vowel.
     */
    static boolean oneSyllableAgainstMore(String a, String b) {
        if (Math.abs(a.length() - b.length()) < 2) {
            // one letter more is a vowel some spellings put in a cluster ("saqr" / "sakir", "fahd" / "fahad")
            return false;
        }
        int x = vowelRuns(a, 2);
        int y = vowelRuns(b, 2);
        return x != y && Math.min(x, y) == 1;
    }

    /** Runs of vowels (a, e, i, o, u, y) in a token, counted up to {@code cap}. */
    static int vowelRuns(String s, int cap) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length() && runs < cap; i++) {
            boolean vowel = LatinFolder.isVowel(s.charAt(i));
            if (vowel && !inRun) {
                runs++;
            }
            inRun = vowel;
        }
        return runs;
    }

    /**
     * Whether two Latin tokens are the masculine and feminine forms of one name, as Romance and Slavic names make
     * them: they differ only in a final "o" / "a" ("antonio" / "antonia", "mario" / "maria"), or one is the other
     * with an "a" added after a consonant ("daniel" / "daniela", "ivanov" / "ivanova"); four letters or more before
     * the ending. Such pairs are two names, and a loose rule (skeleton, Metaphone) must not pair them; a typo still
     * may, as a dropped or mistyped last letter makes the same pair, and Tajik spellings write with "o" the Arabic
     * long "a" ("abdullo" / "abdulla", "yahyo" / "yahya").
     */
    static boolean genderedForms(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            if (la < 5 || !a.regionMatches(0, b, 0, la - 1)) {
                return false;
            }
            char x = a.charAt(la - 1);
            char y = b.charAt(la - 1);
            return (x == 'a' && y == 'o') || (x == 'o' && y == 'a');
        }
        String shorter = la < lb ? a : b;
        String longer = la < lb ? b : a;
        int n = shorter.length();
        return longer.length() == n + 1 && n >= 4 && longer.charAt(n) == 'a' && longer.startsWith(shorter)
                && !LatinFolder.isVowel(shorter.charAt(n - 1));
    }

    /** Same length, one differing position, and not a vowel for a vowel there. */
    private static boolean consonantReplaced(String a, String b) {
        if (!substitution(a, b)) {
            return false;
        }
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return !(LatinFolder.isVowel(a.charAt(i)) && LatinFolder.isVowel(b.charAt(i)));
    }

    /** Same length, one differing position. */
    private static boolean substitution(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }

    private static boolean firstLetterSubstituted(String a, String b) {
        return a.charAt(0) != b.charAt(0) && a.length() == b.length() && a.regionMatches(1, b, 1, a.length() - 1);
    }

    private static boolean phoneticMatch(TokenFeatures q, TokenFeatures c) {
        String m1 = q.metaphone();
        String m2 = c.metaphone();
        if (m1.length() < 3 || m2.length() < 3) {
            return false;
        }
        return m1.equals(m2) || m1.equals(c.metaphoneAlt()) || q.metaphoneAlt().equals(m2);
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(1, v);
    }
}
