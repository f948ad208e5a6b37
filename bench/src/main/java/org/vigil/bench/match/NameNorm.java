package org.vigil.bench.match;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The simple normalisation the benchmark uses outside the engine: NFKC, case folding, every run of characters that
 * are not letters, marks or digits collapsed to one space. Used to resolve yente rows to listed records, to tell
 * "different" names apart, and by the Jaro-Winkler baseline.
 */
public final class NameNorm {
    private NameNorm() {
    }

    public static String of(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean keep = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (keep) {
                b.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    /** The tokens of the normalised name. */
    public static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : of(s).split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** True if the name has letters of the Arabic script. */
    public static boolean isArabic(String s) {
        return s.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /** True if the name has Latin letters and no letters of another script. */
    public static boolean isLatin(String s) {
        boolean latin = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED) {
                return false;
            }
        }
        return latin;
    }
}
