package org.vigil.match.analysis;

/**
 * A vowel-insensitive consonant skeleton of a lower-case ASCII token, so that names written without short vowels
 * (Arabic, Persian, Urdu, Hebrew transliterated letter by letter) meet their vowelled spellings: "muhammad",
 * "mohamed" and "mhmd" give "mhmd"; "lakhvi" and "lkhwy" give "lkv"; "saeed", "sayeed" and "syd" give "sd".
 * Digraphs fold to one consonant (kh, gh, sh, th, dh as z, ph as f, ch), q and c to k, j to g (Egyptian "gamal" for
 * "jamal"), w to v; the ways European transliterations write one Cyrillic or Persian sound fall together: zh with j
 * ("pezhman" / "pejman", "bozhkov" / "bojkov"), dj and dzh with j ("dzhokhar" / "jokhar"), tch and tsch with ch
 * ("tschernow" / "chernov"). Vowels, y and a final h are dropped and doubled consonants collapse.
 */
public final class Skeleton {

    private Skeleton() {
    }

    /**
     * The skeleton with the place of each run of vowels kept as {@code *}: "taiba", "tayyiba" and "toiba" give
     * "t*b*", "saeed", "sayeed" and "said" give "s*d". More specific than {@link #of}, for short names whose
     * consonants alone say little.
     */
    public static String withVowels(String token) {
        return build(token, true);
    }

    public static String of(String token) {
        return build(token, false);
    }

    /**
     * A looser skeleton for comparing a spelling in an abjad (Arabic, Persian, Urdu, transliterated letter by letter)
     * with a Latin one: the letters one Arabic consonant is commonly written with in Latin fall together. d, z and
     * dh are one ("murtadha" / مرتضى "mrtdy", "hafiz" / "hafid"), g, j, k and q are one ("mawgoud" / موجود "mwjwd",
     * "gaddafi" / "qaddafi"), p is b (Arabic has no p and writes the Persian one with ب: "najafpur" / نجفبور), and
     * w/v is left out, as the abjad writes the long vowel u with it ("mawgoud" has one w where "mwjwd" has two).
     * Only for pairs where exactly one side is an abjad spelling: between two Latin spellings it would pair
     * different names.
     */
    public static String crossScript(String skeleton) {
        return foldArabicConsonants(skeleton, true);
    }

    /**
     * The key two Latin spellings of one Arabic name share when they wrote one consonant with different letters:
     * {@link #withVowels} with d, z and dh as one and g, j, k and q as one ("gaddafi" and "qadhafi" give "k*d*f*",
     * "murtaza" and "mortada" "m*rt*d*"). Unlike {@link #crossScript} it keeps w and the places of the vowels, so
     * "catharina" ("k*t*r*n*") and "kawtharani" ("k*vt*r*n*") stay apart.
     */
    public static String latinCross(String token) {
        return foldArabicConsonants(build(token, true), false);
    }

    /**
     * A skeleton with the Latin letters of one Arabic consonant taken as one (z as d; g and q as k), w/v left out
     * and p taken as b when {@code crossScript}, and the letters this makes doubled written once.
     */
    private static String foldArabicConsonants(String skeleton, boolean crossScript) {
        StringBuilder b = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = switch (skeleton.charAt(i)) {
                case 'z' -> 'd';
                case 'g', 'q' -> 'k';
                case 'v' -> crossScript ? 0 : 'v';
                case 'p' -> crossScript ? 'b' : 'p';
                default -> skeleton.charAt(i);
            };
            if (c != 0 && (b.isEmpty() || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@link #latinCross} reading "th" as "s" (ث as Persian, Urdu and Turkish speakers say it: "uthman" / "usman",
     * "thabit" / "sabit", "kulthum" / "kulsoom"), or "" for a token without "th"; {@link #latinCross} reads it as t
     * ("othmane" / "otmane").
     */
    public static String latinCrossSibilant(String token) {
        return token.contains("th") ? latinCross(token.replace("th", "s")) : "";
    }

    private static String build(String token, boolean vowels) {
        StringBuilder b = new StringBuilder(token.length());
        int n = token.length();
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            char out;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> {
                    if (!vowels) {
                        continue;
                    }
                    out = '*';
                }
                case 'h' -> {
                    // 'h' after a consonant is part of a digraph (handled there); a final h is silent
                    if (i == n - 1 && i > 0) {
                        continue;
                    }
                    out = 'h';
                }
                case 'k', 'g', 's', 't', 'd', 'z', 'c', 'p' -> {
                    if (c == 't' && (next == 'c' || next == 's')
                            && token.startsWith(next == 'c' ? "ch" : "sch", i + 1)) {
                        continue; // "tch", "tsch": one sound, as "ch" ("tchaikovsky", German "tschernow")
                    }
                    if (c == 'd' && (next == 'j' || (next == 'z' && i + 2 < n && token.charAt(i + 2) == 'h'))) {
                        continue; // "dj", "dzh": one sound, as "j" ("djamel", "dzhokhar" / "jokhar")
                    }
                    if (c == 'z' && next == 'h') {
                        i++;
                        out = 'g'; // "zh" as French, German and Persian spellings write it: j ("pezhman" / "pejman")
                    } else if (next == 'h') {
                        i++;
                        out = switch (c) {
                            case 'p' -> 'f';
                            case 'd' -> 'z';
                            case 'c', 's' -> 's';
                            case 'k' -> 'k';
                            default -> c;
                        };
                    } else {
                        out = c == 'c' ? 'k' : c;
                    }
                }
                case 'q' -> out = 'k';
                case 'j' -> out = 'g';
                case 'w' -> out = 'v';
                default -> out = c;
            }
            if (b.isEmpty() || b.charAt(b.length() - 1) != out) {
                b.append(out);
            }
        }
        return b.toString();
    }
}
