package org.vigil.match.analysis;

import java.util.Map;

/**
 * Step 4b: English number words and ordinals as digits, and ordinal suffixes off digits, so that "Fourteenth
 * Street Bank", "14th Street Bank" and "14 Street Bank" meet ("twenty first" and "twenty-first" are 21). Names of
 * organisations carry numbers often (regiments, brigades, factories, shipping companies), and numbers only ever
 * match exactly. "ten" is left alone: it is also a particle ("ten Brink").
 */
public final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("first", 1), Map.entry("two", 2), Map.entry("second", 2),
            Map.entry("three", 3), Map.entry("third", 3), Map.entry("four", 4), Map.entry("fourth", 4),
            Map.entry("five", 5), Map.entry("fifth", 5), Map.entry("six", 6), Map.entry("sixth", 6),
            Map.entry("seven", 7), Map.entry("seventh", 7), Map.entry("eight", 8), Map.entry("eighth", 8),
            Map.entry("nine", 9), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleven", 11),
            Map.entry("eleventh", 11), Map.entry("twelve", 12), Map.entry("twelfth", 12),
            Map.entry("thirteen", 13), Map.entry("thirteenth", 13), Map.entry("fourteen", 14),
            Map.entry("fourteenth", 14), Map.entry("fifteen", 15), Map.entry("fifteenth", 15),
            Map.entry("sixteen", 16), Map.entry("sixteenth", 16), Map.entry("seventeen", 17),
            Map.entry("seventeenth", 17), Map.entry("eighteen", 18), Map.entry("eighteenth", 18),
            Map.entry("nineteen", 19), Map.entry("nineteenth", 19), Map.entry("twenty", 20),
            Map.entry("twentieth", 20), Map.entry("thirty", 30), Map.entry("thirtieth", 30), Map.entry("forty", 40),
            Map.entry("fortieth", 40), Map.entry("fifty", 50), Map.entry("fiftieth", 50), Map.entry("sixty", 60),
            Map.entry("sixtieth", 60), Map.entry("seventy", 70), Map.entry("seventieth", 70),
            Map.entry("eighty", 80), Map.entry("eightieth", 80), Map.entry("ninety", 90),
            Map.entry("ninetieth", 90), Map.entry("hundred", 100), Map.entry("hundredth", 100));

    private NumberWords() {
    }

    /** The value of a number word or ordinal, or -1. */
    public static int value(String word) {
        Integer v = WORDS.get(word);
        return v == null ? -1 : v;
    }

    /** Whether the word is a multiple of ten from twenty to ninety, which a unit can follow ("twenty one"). */
    public static boolean isTens(String word) {
        int v = value(word);
        return v >= 20 && v <= 90 && word.endsWith("y");
    }

    /** "14th" as "14", "1st" as "1"; other tokens unchanged. */
    public static String stripOrdinal(String token) {
        int n = token.length();
        if (n < 3 || !Character.isDigit(token.charAt(0))) {
            return token;
        }
        String suffix = token.substring(n - 2);
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return token;
        }
        for (int i = 0; i < n - 2; i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return token;
            }
        }
        return token.substring(0, n - 2);
    }
}
