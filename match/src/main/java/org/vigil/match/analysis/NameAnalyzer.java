package org.vigil.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The name analysis chain: {@link TextNormalizer} (NFKC, case fold, controls and bidi marks out) then
 * {@link Tokenizer} (split, "SURNAME, Given" order) then {@link ScriptTransliterator} (any script to ASCII Latin,
 * learned variant classes) then {@link LegalForms} (written-out legal forms to abbreviations) then {@link NumberWords}
 * (number words and ordinals as digits) then {@link NameWords} (titles, particles, organisation words). Each step is
 * a small class with its own tests; this class only chains them and bounds the work.
 */
public final class NameAnalyzer {

    /** Longest name accepted, in characters. */
    public static final int MAX_CHARS = 1000;
    /** Tokens beyond this many are ignored (and the name is marked truncated). */
    public static final int MAX_TOKENS = 24;

    private final ScriptTransliterator transliterator;
    private final VariantTable variants;

    public NameAnalyzer(VariantTable variants) {
        this.variants = variants;
        this.transliterator = new ScriptTransliterator(variants);
    }

    /** An analyzer with the bundled variant table. */
    public static NameAnalyzer standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final NameAnalyzer INSTANCE = new NameAnalyzer(VariantTable.bundled());
    }

    public VariantTable variants() {
        return variants;
    }

    /** One piece as a token; {@code previous} is the token before it in the name, or null. */
    private Token token(ScriptTransliterator.Piece p, String original, Token previous) {
        TokenKind kind = NameWords.kindOf(p.text(), previous != null);
        if (kind == TokenKind.NAME && p.abjad() && p.variants().length > 0 && p.variants()[0] < variants.size()) {
            // a vowel-less spelling: its kind is that of its usual Latin spelling ("hfz" -> "hafiz")
            TokenKind learned = NameWords.kindOf(variants.representative(p.variants()[0]), previous != null);
            if (learned == TokenKind.TITLE || learned == TokenKind.PARTICLE) {
                kind = learned;
            }
        }
        boolean accented = kind == TokenKind.ORG_WORD && p.text().length() <= 3 && !p.abjad()
                && LatinFolder.hasAccentedLatin(original);
        if (accented) {
            // no register writes a legal form with an accent: "Sá" is the Portuguese surname, not S.A. (a legal
            // form in another script, "ООО", "ТОВ", "АО", is one)
            kind = TokenKind.NAME;
        }
        if (kind == TokenKind.TITLE && previous != null && namesAfter(previous)) {
            // "Abd al-Hafiz", "Abdul Qari", "al-Sheikh": after an article or "abd" (servant of) a title word is
            // part of the name, as in a theophoric name or a family name, not an honorific
            kind = TokenKind.NAME;
        }
        String text = accented ? p.text()
                : kind == TokenKind.ORG_WORD || kind == TokenKind.NAME ? NameWords.canonical(p.text())
                : kind == TokenKind.NUMBER ? NumberWords.stripOrdinal(p.text()) : p.text();
        int[] cls = text.equals(p.text()) ? p.variants() : variants.classesOf(text);
        if (kind == TokenKind.PARTICLE) {
            int pc = variants.particleClass(text);
            if (pc >= 0) {
                cls = java.util.Arrays.copyOf(cls, cls.length + 1);
                cls[cls.length - 1] = pc;
                java.util.Arrays.sort(cls);
            }
        }
        return new Token(text, original, kind, p.abjad(), cls);
    }

    /** The shortest name left after an attached article is split off. */
    static final int MIN_AFTER_ARTICLE = 4;

    /**
     * The name after the Arabic article when a Latin token is the article written onto a name ("alsayed",
     * "alattiyah", "alkawari": Gulf registers write it so), or null. Only for tokens the transliteration corpora do
     * not know as a name ("alvarez", "alberto", "alexander" stay whole), that are no title or organisation word,
     * and where the name after it starts with a consonant or an a; joined forms ({@code JoinedTokens}) still meet
     * the token written whole.
     */
    private String attachedArticle(ScriptTransliterator.Piece p) {
        String t = p.text();
        if (p.abjad() || t.length() < 2 + MIN_AFTER_ARTICLE || !t.startsWith("al") || p.variants().length > 0
                || NameWords.kindOf(t, false) != TokenKind.NAME || t.startsWith("ali")) {
            return null;
        }
        // after the article a consonant, or the a that writes an 'ayn ("al-attiyah", "al-aqeel"); not l, where the
        // spelling cannot tell "al-l..." from a name in "all..." ("allouch"); "ali" starts a joined name ("alireza")
        char c = t.charAt(2);
        boolean consonant = c >= 'a' && c <= 'z' && "eiouy".indexOf(c) < 0 && c != 'l';
        return consonant ? t.substring(2) : null;
    }

    /** Whether a title word after this token is a name: after a particle ("al", "bin") or "abd"/"abdul". */
    private static boolean namesAfter(Token previous) {
        if (previous.kind() == TokenKind.PARTICLE) {
            return true;
        }
        String p = previous.text();
        return p.equals("bd") || p.startsWith("abd") && p.length() <= 5;
    }

    /**
     * Analyses a name.
     *
     * @throws IllegalArgumentException if the name is longer than {@link #MAX_CHARS}
     */
    public AnalyzedName analyze(String name) {
        if (name.length() > MAX_CHARS) {
            throw new IllegalArgumentException("name is " + name.length() + " characters long; the limit is "
                    + MAX_CHARS);
        }
        List<String> raw = Tokenizer.tokenize(TextNormalizer.normalize(name));
        List<Token> tokens = new ArrayList<>(Math.min(raw.size() + 2, MAX_TOKENS));
        boolean truncated = false;
        List<ScriptTransliterator.Piece> pieces = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String r : raw) {
            for (ScriptTransliterator.Piece p : transliterator.transliterate(r)) {
                String rest = attachedArticle(p);
                if (rest != null) {
                    // "ALSAYED", "ALATTIYAH": the article written onto the name, as the Arabic spelling has it apart
                    pieces.add(new ScriptTransliterator.Piece("al", false, variants.classesOf("al")));
                    originals.add(r);
                    texts.add("al");
                    p = new ScriptTransliterator.Piece(rest, false, variants.classesOf(rest));
                }
                pieces.add(p);
                originals.add(r);
                texts.add(p.text());
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (tokens.size() == MAX_TOKENS) {
                truncated = true;
                break;
            }
            var legal = texts.size() > 1 ? LegalForms.match(texts, i) : null;
            if (legal != null) {
                String written = String.join(" ", originals.subList(i, i + legal.getKey().size()));
                for (String abbreviation : legal.getValue().split(" ")) {
                    if (tokens.size() < MAX_TOKENS) {
                        // as the abbreviation written by itself would be: its legal family ("ooo" -> "ltd")
                        String form = NameWords.canonical(abbreviation);
                        tokens.add(new Token(form, written, TokenKind.ORG_WORD, false, variants.classesOf(form)));
                    }
                }
                i += legal.getKey().size() - 1;
                continue;
            }
            int number = pieces.get(i).abjad() ? -1 : NumberWords.value(texts.get(i));
            if (number >= 0) {
                String written = originals.get(i);
                if (NumberWords.isTens(texts.get(i)) && i + 1 < pieces.size()) {
                    int unit = NumberWords.value(texts.get(i + 1));
                    if (unit >= 1 && unit <= 9) {
                        number += unit;
                        written = written + " " + originals.get(i + 1);
                        i++;
                    }
                }
                tokens.add(new Token(Integer.toString(number), written, TokenKind.NUMBER, false, new int[0]));
                continue;
            }
            tokens.add(token(pieces.get(i), originals.get(i), tokens.isEmpty() ? null : tokens.get(tokens.size() - 1)));
        }
        return new AnalyzedName(name, Acronyms.join(tokens, variants), truncated);
    }
}
