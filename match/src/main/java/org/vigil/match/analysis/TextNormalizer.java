package org.vigil.match.analysis;

import com.ibm.icu.text.Normalizer2;

/**
 * Step 1: Unicode compatibility normalisation and case folding (NFKC_Casefold, which also removes default-ignorable
 * code points such as bidi marks, zero-width joiners and soft hyphens). Control characters, symbols, emoji and other
 * non-name characters become spaces; apostrophes and the modifier letters used for ʿayn and hamza are removed so that
 * "Sa'id", "Saʿīd" and "Said" meet. Characters that separate name parts ("-", ",", ".", "/") are kept for the
 * tokenizer.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private TextNormalizer() {
    }

    public static String normalize(String input) {
        // apostrophe look-alikes go before NFKC, which would turn some of them (U+00B4, U+02B0) into letters or marks
        StringBuilder pre = null;
        for (int i = 0; i < input.length(); i++) {
            if (isApostrophe(input.charAt(i))) {
                if (pre == null) {
                    pre = new StringBuilder(input.length());
                    pre.append(input, 0, i);
                }
            } else if (pre != null) {
                pre.append(input.charAt(i));
            }
        }
        String folded = NFKC_CF.normalize(pre == null ? input : pre.toString());
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            out.append(map(cp));
        }
        return out.toString();
    }

    private static String map(int cp) {
        if (isApostrophe(cp)) {
            return "";
        }
        if (cp == '-' || cp == ',' || cp == '.' || cp == '/' || cp == '&' || cp == ';' || cp == '(' || cp == ')') {
            return String.valueOf((char) cp);
        }
        if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
            return "-";
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER -> {
                return new String(Character.toChars(cp));
            }
            default -> {
                return " ";
            }
        }
    }

    /** Apostrophes, quotes used as apostrophes, and the letters that transliterate ʿayn and hamza. */
    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x02BB
                || cp == 0x02BE || cp == 0x02BF || cp == 0x02B9 || cp == 0x02C8 || cp == 0x00B4 || cp == 0x02CA
                || cp == 0xA78C || cp == 0x02B0;
    }
}
