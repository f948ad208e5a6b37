package org.vigil.match.analysis;

/**
 * Names in the Somali Latin orthography, rewritten the way English-language lists and documents usually spell them:
 * "Maxamed" as "mahamed" (Mohamed), "Xasan" as "hasan", "Cabdullaahi" as "abdullahi", "Cali" as "ali", "Faarax" as
 * "farah". Somali writes the Arabic ḥ (ح) with x and the ʿayn (ع) with c, and long vowels doubled; the lists carry
 * both spellings of one person ("CABDULLAAH, Ciise Maxamed", "XIRSI, Xasan Cabdilaahi") and a customer file holds
 * either, while the consonant skeleton reads x and c as consonants. Only a token with an x next to a vowel or a c
 * where Somali writes ʿayn (at the start before a, i or u; after a vowel and not before one) is rewritten: that x
 * as h, that c left out, a doubled vowel once. The rewritten form is compared like a spelling with a typo
 * ({@link org.vigil.match.score.TokenSimilarity}); the token itself is left as it is, so "carlos" has the form
 * "arlos", which pairs only with a token spelt so.
 */
public final class SomaliSpelling {

    private SomaliSpelling() {
    }

    /** The English-style spelling of a lower-case ASCII token, or "" when it has no Somali x or c. */
    public static String english(String token) {
        int n = token.length();
        if (!hasMarker(token)) {
            return "";
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c == 'x' && nextToVowel(token, i)) {
                b.append('h');
            } else if (c == 'c' && isAyn(token, i)) {
                continue;
            } else if (LatinFolder.isVowel(c) && c != 'y' && b.length() > 0 && b.charAt(b.length() - 1) == c) {
                continue; // "aa", "ii", "uu", "ee", "oo": one long vowel
            } else {
                b.append(c);
            }
        }
        String s = b.toString();
        return s.length() < 2 || s.equals(token) ? "" : s;
    }

    private static boolean hasMarker(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ((c == 'x' && nextToVowel(token, i)) || (c == 'c' && isAyn(token, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A c that Somali would write for ʿayn: at the start before a, i or u ("cali", "cumar"), or after a vowel and not
     * before one ("jamac", "shacbaan"); not in "ch" or "ck". A c between vowels is left: in "lucas" or "nicolas" it
     * is a k.
     */
    private static boolean isAyn(String token, int i) {
        int n = token.length();
        boolean vowelAfter = i + 1 < n && LatinFolder.isVowel(token.charAt(i + 1));
        if (i == 0) {
            // not before e or o: "cecilia", "cooper" and "cole" are English and Spanish, Somali names start "ca",
            // "ci" or "cu" ("cabdi", "ciise", "cumar")
            char next = n > 1 ? token.charAt(1) : 0;
            return next == 'a' || next == 'i' || next == 'u';
        }
        char next = i + 1 < n ? token.charAt(i + 1) : 0;
        return LatinFolder.isVowel(token.charAt(i - 1)) && !vowelAfter && next != 'h' && next != 'k';
    }

    private static boolean nextToVowel(String token, int i) {
        return (i + 1 < token.length() && LatinFolder.isVowel(token.charAt(i + 1)))
                || (i > 0 && LatinFolder.isVowel(token.charAt(i - 1)));
    }
}
