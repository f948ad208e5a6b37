package org.vigil.match.score;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.vigil.match.analysis.Skeleton;
import org.vigil.match.analysis.Token;
import org.vigil.match.analysis.TokenKind;

/**
 * The comparison keys of one token: its text, kind, learned variant classes, consonant skeleton and Double Metaphone
 * codes. Computed once per listed token when an index is built and once per query token.
 */
public record TokenFeatures(String text, TokenKind kind, boolean abjad, int[] variants, String skeleton,
                            String metaphone, String metaphoneAlt) {

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return dm;
    });

    public static TokenFeatures of(Token t) {
        return of(t.text(), t.kind(), t.abjad(), t.variants());
    }

    public static TokenFeatures of(String text, TokenKind kind, boolean abjad, int[] variants) {
        String mp = "";
        String alt = "";
        if (kind != TokenKind.NUMBER && kind != TokenKind.INITIAL && text.length() >= 2) {
            DoubleMetaphone dm = METAPHONE.get();
            mp = nullToEmpty(dm.doubleMetaphone(text));
            alt = nullToEmpty(dm.doubleMetaphone(text, true));
        }
        return new TokenFeatures(text, kind, abjad, variants,
                kind == TokenKind.NUMBER ? text : Skeleton.of(text), mp, alt);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
