package org.vigil.match.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 3: turns a raw token in any script into one or more lower-case ASCII Latin tokens with their learned variant
 * classes. Arabic-script words are normalised ({@link ArabicNormalizer}), the article "ال" is split off as the
 * particle "al", and the word is transliterated letter by letter and looked up in the learned {@link VariantTable}
 * (so "سعيد" becomes "syd" in the class of "saeed" and "said"); Korean Hangul is romanised syllable by syllable
 * ({@link HangulRomanizer}); Cyrillic by the BGN/PCGN romanisations; words the table does not know, and all other
 * scripts, go through ICU's transliterators followed by {@link LatinFolder}, which also removes the marks ICU leaves
 * (ʿ, ʾ). Results are cached per raw token.
 */
public final class ScriptTransliterator {

    /** One transliterated piece. */
    public record Piece(String text, boolean abjad, int[] variants) {
    }

    private static final int CACHE_LIMIT = 50_000;

    private final VariantTable variants;
    private final Transliterator arabicLatin = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");
    private final Transliterator anyLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    /*
     * Cyrillic by the BGN/PCGN romanisations (zh, kh, ts, ch, sh, shch, yu, ya), the ones the US, UK and UN lists
     * write Russian and Ukrainian names in: ICU's Any-Latin gives ISO 9 letters that fold to z, h, c, s ("Хрущёв" as
     * "hrusev", not "khrushchev").
     */
    private final Transliterator russianLatin =
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private final Transliterator ukrainianLatin =
            Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII");
    private final Transliterator belarusianLatin =
            Transliterator.getInstance("Belarusian-Latin/BGN; Any-Latin; Latin-ASCII");
    private final Map<String, List<Piece>> cache = new ConcurrentHashMap<>();

    public ScriptTransliterator(VariantTable variants) {
        this.variants = variants;
    }

    public List<Piece> transliterate(String raw) {
        if (isLatin(raw)) {
            String folded = LatinFolder.fold(raw);
            return folded.isEmpty() ? List.of() : List.of(new Piece(folded, false, variants.classesOf(folded)));
        }
        List<Piece> cached = cache.get(raw);
        if (cached != null) {
            return cached;
        }
        List<Piece> result = List.copyOf(compute(raw));
        if (cache.size() < CACHE_LIMIT) {
            cache.put(raw, result);
        }
        return result;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x250 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2C60 && c <= 0x2C7F)
                    && !(c >= 0xA720 && c <= 0xA7FF)) {
                return false;
            }
        }
        return true;
    }

    private List<Piece> compute(String raw) {
        if (raw.codePoints().anyMatch(ArabicNormalizer::isArabicScript)) {
            return arabic(ArabicNormalizer.normalize(raw));
        }
        if (HangulRomanizer.containsHangul(raw)) {
            List<Piece> out = new ArrayList<>();
            for (String syllable : HangulRomanizer.name(raw)) {
                out.add(new Piece(syllable, false, variants.classesOf(syllable)));
            }
            return out;
        }
        boolean abjad = raw.codePoints().anyMatch(cp -> (cp >= 0x0590 && cp <= 0x05FF) || (cp >= 0x0700 && cp <= 0x074F));
        Transliterator t = transliteratorFor(raw);
        String latin;
        synchronized (t) {
            latin = t.transliterate(raw);
        }
        List<Piece> out = new ArrayList<>();
        for (String part : LatinFolder.fold(latin.toLowerCase(java.util.Locale.ROOT)).split(" ")) {
            if (!part.isEmpty()) {
                out.add(new Piece(part, abjad, variants.classesOf(part)));
            }
        }
        return out;
    }

    /**
     * The transliterator for a token. Cyrillic by the letters only one language uses: ў, or і with ы, э or ё,
     * Belarusian; ї, є, ґ or і otherwise, Ukrainian; else Russian (Bulgarian and Serbian names, which differ in a letter
     * or two, such as щ as "sht", are read as Russian). Any-Latin for every other script.
     */
    private Transliterator transliteratorFor(String raw) {
        boolean cyrillic = false;
        boolean i = false;
        boolean notUkrainian = false;
        for (int k = 0; k < raw.length(); k++) {
            char c = Character.toLowerCase(raw.charAt(k));
            switch (c) {
                case '\u045E' -> {
                    return belarusianLatin; // ў
                }
                case '\u0457', '\u0454', '\u0491' -> {
                    return ukrainianLatin; // ї є ґ
                }
                case '\u0456' -> i = true; // і
                case '\u044B', '\u044D', '\u0451' -> notUkrainian = true; // ы э ё
                default -> cyrillic |= c >= 0x0400 && c <= 0x04FF;
            }
        }
        if (i) {
            return notUkrainian ? belarusianLatin : ukrainianLatin;
        }
        return cyrillic || notUkrainian ? russianLatin : anyLatin;
    }

    private List<Piece> arabic(String word) {
        List<Piece> out = new ArrayList<>(3);
        int whole = variants.classOfArabic(word);
        if (word.equals("\u0639\u0628\u062F\u0627\u0644\u0644\u0647") && whole < 0) {
            // "عبدالله" written as one word -> "abd" + "allah", as when written in two (not "abd" + "al" + "lh")
            out.add(arabicWord("\u0639\u0628\u062F", -1));
            out.add(arabicWord("\u0627\u0644\u0644\u0647", -1));
        } else if (word.length() > 5 && word.startsWith("\u0639\u0628\u062F\u0627\u0644") && whole < 0) {
            // "عبدالرحمن" written as one word -> "abd" + "al" + "رحمن" (a known whole, "عبدالله", stays whole)
            out.add(arabicWord("\u0639\u0628\u062F", -1));
            out.add(new Piece("al", false, variants.classesOf("al")));
            out.add(arabicWord(word.substring(5), -1));
        } else if (word.length() > 3 && word.startsWith("\u0627\u0644") && !word.equals("\u0627\u0644\u0644\u0647")) {
            // the definite article: "الحميد" -> "al" + "حميد"; the remainder also carries the whole word's class
            out.add(new Piece("al", false, variants.classesOf("al")));
            out.add(arabicWord(word.substring(2), whole));
        } else {
            out.add(arabicWord(word, -1));
        }
        return out;
    }

    /**
     * One Arabic-script word: its letter-by-letter transliteration (vowel-less, so marked abjad) carrying the
     * learned class of the word, so it meets the Latin spellings the corpora know ("سعيد" as "syd" in the class of
     * "saeed", "said") and, by its consonant skeleton, those they do not.
     */
    private Piece arabicWord(String word, int wholeClass) {
        int cls = variants.classOfArabic(word);
        String latin;
        synchronized (arabicLatin) {
            latin = arabicLatin.transliterate(word);
        }
        String folded = LatinFolder.fold(latin.toLowerCase(java.util.Locale.ROOT)).replace(" ", "");
        if (folded.isEmpty() && (cls >= 0 || wholeClass >= 0)) {
            folded = variants.representative(cls >= 0 ? cls : wholeClass);
        }
        int[] classes;
        if (cls >= 0 && wholeClass >= 0 && cls != wholeClass) {
            classes = new int[] {Math.min(cls, wholeClass), Math.max(cls, wholeClass)};
        } else if (cls >= 0 || wholeClass >= 0) {
            classes = new int[] {cls >= 0 ? cls : wholeClass};
        } else {
            classes = variants.classesOf(folded);
        }
        return new Piece(folded, true, classes);
    }
}
