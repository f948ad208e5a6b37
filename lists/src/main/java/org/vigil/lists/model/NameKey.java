package org.vigil.lists.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Plain comparison keys for names, used where lists refer to each other by name ("Linked To: LASHKAR E-TAYYIBA") and
 * for cross-list identity. Not a matching algorithm: only case, accents, punctuation and (for {@link #tokenSet}) word
 * order are ignored.
 */
public final class NameKey {
    private NameKey() {
    }

    /** Lower case, accents removed, every run of non-letters/digits one space: "Lashkar-e-Tayyiba" -> "lashkar e tayyiba". */
    public static String exact(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** {@link #exact} with the words sorted, so "SAEED, Hafiz Muhammad" and "Hafiz Muhammad Saeed" share a key. */
    public static String tokenSet(String name) {
        String e = exact(name);
        if (e.isEmpty()) {
            return e;
        }
        String[] t = e.split(" ");
        Arrays.sort(t);
        return String.join(" ", t);
    }
}
