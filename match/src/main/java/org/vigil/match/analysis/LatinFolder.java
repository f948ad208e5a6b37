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
        boolean ascii = true;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        String s = ascii ? token : foldNonAscii(token);
        return keepAlnum(s);
    }

    private static String foldNonAscii(String token) {
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
