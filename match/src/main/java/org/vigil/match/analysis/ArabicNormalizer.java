package org.vigil.match.analysis;

/**
 * Unifies the Arabic-script spellings of one word: alef forms, ta marbuta, alef maqsura, Persian and Urdu yeh, kaf
 * and heh; removes short-vowel marks (harakat), the superscript alef and tatweel. The learned variant table is keyed
 * by this form, so "سعید" (Persian yeh) and "سعيد" find the same entry.
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    public static boolean isArabicScript(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF)
                || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    public static String normalize(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673' -> b.append('\u0627'); // alef forms
                case '\u0629' -> b.append('\u0647');                                   // ta marbuta -> heh
                case '\u0649', '\u06CC', '\u06D2', '\u06D0', '\u0626' -> b.append('\u064A'); // yeh forms
                case '\u06A9', '\u06AA' -> b.append('\u0643');                         // keheh -> kaf
                case '\u06C1', '\u06BE', '\u06D5', '\u06C0', '\u06C2', '\u06C3' -> b.append('\u0647'); // heh forms
                case '\u0624' -> b.append('\u0648');                                   // waw with hamza
                case '\u0640' -> { }                                                     // tatweel
                default -> {
                    if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0621'
                            || (c >= '\u06D6' && c <= '\u06ED')) {
                        // harakat, superscript alef, lone hamza, Quranic marks
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
