package org.vigil.match.analysis;

import java.util.Objects;

/**
 * One analysed name token.
 *
 * @param text     lower-case ASCII Latin form ("saeed")
 * @param original the token as written, before transliteration ("سعید", "Sa'id")
 * @param kind     what the token is
 * @param abjad    true when the token was transliterated from a script that usually omits short vowels (Arabic,
 *                 Hebrew, Syriac), so a vowel-less spelling is expected
 * @param variants ids of the learned spelling-variant classes the token belongs to (shared by "saeed", "said",
 *                 "sayeed" and the Arabic "سعيد"); empty when unknown; sorted
 */
public record Token(String text, String original, TokenKind kind, boolean abjad, int[] variants) {

    private static final int[] NONE = new int[0];

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(kind, "kind");
        variants = variants == null ? NONE : variants;
    }

    public Token(String text, TokenKind kind) {
        this(text, text, kind, false, NONE);
    }

    public Token withKind(TokenKind k) {
        return new Token(text, original, k, abjad, variants);
    }

    public Token withText(String t) {
        return new Token(t, original, kind, abjad, variants);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.text.equals(text) && t.kind == kind && t.abjad == abjad
                && t.original.equals(original) && java.util.Arrays.equals(t.variants, variants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind, abjad);
    }

    @Override
    public String toString() {
        return kind == TokenKind.NAME ? text : text + "/" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
