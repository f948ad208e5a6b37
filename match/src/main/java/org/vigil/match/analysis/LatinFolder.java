package org.vigil.match.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Step 3b: folds accented and special Latin letters to lower-case ASCII ("saʿīd" to "said", "müller" to "muller",
 * "łódź" to "lodz", "straße" to "strasse") and drops whatever is left that is not a letter or digit (the marks ICU
 * leaves behind). Pure-ASCII tokens take a fast path.
 */
public final class LatinFolder {

    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

    private LatinFolder() {
    }

    public static String fold(String token) {
        String s = isAscii(token) ? token : foldNonAscii(token);
        return keepAlnum(s);
    }

    /**
     * Whether a letter of a folded token is a vowel: a, e, i, o, u, or y (which the skeleton, the respellings and the
     * syllable counts treat as one).
     */
    public static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Whether every character of the text is ASCII. */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has a Latin letter outside ASCII, one with a diacritic ("sá", "ş"). */
    static boolean hasAccentedLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c >= 0x80 && Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The last character with an entry in {@link #TABLE}: Latin-1, Latin Extended-A and B. */
    private static final char TABLE_END = 0x24F;
    /** ICU's Latin-ASCII folding of each character up to {@link #TABLE_END}, taken once from ICU itself. */
    private static final String[] TABLE = new String[TABLE_END + 1];

    static {
        for (char c = 0x80; c <= TABLE_END; c++) {
            TABLE[c] = LATIN_ASCII.transliterate(String.valueOf(c));
        }
    }

    /**
     * Letter by letter from the table when every character has an entry (most accented names), else through ICU.
     * Latin-ASCII rules look at a neighbour only to choose upper or lower case ("Æ" before a lower-case letter as
     * "Ae"), which {@link #keepAlnum} folds away, so both paths give the same result.
     */
    static String foldNonAscii(String token) {
        StringBuilder b = new StringBuilder(token.length() + 4);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x80) {
                b.append(c);
            } else if (c <= TABLE_END) {
                b.append(TABLE[c]);
            } else {
                return foldByIcu(token);
            }
        }
        return b.toString();
    }

    static String foldByIcu(String token) {
        synchronized (LATIN_ASCII) {
            return LATIN_ASCII.transliterate(token);
        }
    }

    static String keepAlnum(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
            char lower = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
            if (lower != c) {
                ok = true;
            }
            if (!ok || lower != c) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
                if (ok) {
                    b.append(lower);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
