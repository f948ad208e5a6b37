package org.vigil.lists.model;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/** Detects the writing system of a name from its letters. */
public final class Scripts {
    private Scripts() {
    }

    /**
     * Returns the Unicode script name of the letters in {@code text}, title-cased ("Latin", "Arabic", "Cyrillic",
     * "Han"...), "Mixed" if letters from several scripts occur, or "Common" if there are no letters.
     */
    public static String detect(String text) {
        UnicodeScript found = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript s = UnicodeScript.of(cp);
            if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) {
                continue;
            }
            if (found == null) {
                found = s;
            } else if (found != s) {
                return "Mixed";
            }
        }
        if (found == null) {
            return "Common";
        }
        String n = found.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
