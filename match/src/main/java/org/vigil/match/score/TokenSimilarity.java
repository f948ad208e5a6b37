package org.vigil.match.score;

import org.vigil.match.analysis.TokenKind;
import org.vigil.match.analysis.VariantTable;

/**
 * How alike two tokens are, and by which rule. Every rule is one the index can find by a key (exact text, variant
 * class, deletion neighbourhood, skeleton, metaphone code), so screening through the index and comparing two names
 * directly give the same scores.
 *
 * <ul>
 *   <li>{@link Rule#EXACT} 1.0; {@link Rule#VARIANT} 0.95 (a learned transliteration variant);</li>
 *   <li>{@link Rule#TYPO}: one edit 0.80 (3 letters) rising to 0.92 (9 or more); two edits 0.78 to 0.85, only for
 *       tokens of 8 letters or more;</li>
 *   <li>{@link Rule#SKELETON}: same consonant skeleton; 0.90 when one side was written in an abjad (no short
 *       vowels expected), otherwise 0.80 to 0.90 with the Jaro-Winkler similarity, and only for skeletons of three
 *       consonants (or two when Jaro-Winkler is at least 0.85);</li>
 *   <li>{@link Rule#PHONETIC}: same Double Metaphone code and first letter, 0.78 to 0.88 with Jaro-Winkler;</li>
 *   <li>{@link Rule#INITIAL}: an initial and a token that starts with it, 0.6.</li>
 * </ul>
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

    private TokenSimilarity() {
    }

    /**
     * Compares joined tokens ("abdul rahman" as "abdulrahman") with a token: only exact, variant or one-edit
     * matches count, as joined strings are long enough for looser rules to pair unrelated words.
     */
    public static Result compareJoined(TokenFeatures q, TokenFeatures c) {
        Result r = compare(q, c);
        if (r.rule() == Rule.EXACT || r.rule() == Rule.VARIANT) {
            return new Result(Rule.COMPOUND, r.similarity());
        }
        if (r.rule() == Rule.TYPO && Strings.osa(q.text(), c.text(), 1) <= 1) {
            return new Result(Rule.COMPOUND, r.similarity());
        }
        return NONE;
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
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) && (q.kind() == TokenKind.INITIAL || c.kind() == TokenKind.INITIAL)
                    ? INITIAL : NONE;
        }
        if (VariantTable.share(q.variants(), c.variants())) {
            return VARIANT;
        }
        double best = 0.0;
        Rule rule = null;
        int minLen = Math.min(a.length(), b.length());
        if (minLen >= 3) {
            int d = Strings.osa(a, b, 2);
            if (d == 1) {
                best = 0.80 + 0.02 * Math.min(minLen - 3, 6);
                rule = Rule.TYPO;
            } else if (d == 2 && minLen >= 8) {
                best = Math.min(0.85, 0.78 + 0.01 * (minLen - 8));
                rule = Rule.TYPO;
            }
        }
        boolean abjad = q.abjad() || c.abjad();
        String sk = q.skeleton();
        if (sk.length() >= 2 && sk.equals(c.skeleton())) {
            double s;
            if (abjad) {
                s = 0.90;
            } else {
                double jw = Strings.jaroWinkler(a, b);
                s = (sk.length() >= 3 || jw >= 0.85) ? 0.80 + 0.10 * clamp((jw - 0.75) / 0.25) : 0.0;
            }
            if (s > best) {
                best = s;
                rule = Rule.SKELETON;
            }
        }
        if (best < 0.88 && a.charAt(0) == b.charAt(0) && phoneticMatch(q, c)) {
            double s = 0.78 + 0.10 * clamp((Strings.jaroWinkler(a, b) - 0.75) / 0.25);
            if (s > best) {
                best = s;
                rule = Rule.PHONETIC;
            }
        }
        return rule == null ? NONE : new Result(rule, best);
    }

    private static boolean phoneticMatch(TokenFeatures q, TokenFeatures c) {
        String m1 = q.metaphone();
        String m2 = c.metaphone();
        if (m1.length() < 2 || m2.length() < 2) {
            return false;
        }
        return m1.equals(m2) || m1.equals(c.metaphoneAlt()) || q.metaphoneAlt().equals(m2);
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(1, v);
    }
}
