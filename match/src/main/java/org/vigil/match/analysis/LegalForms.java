package org.vigil.match.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 4a: legal forms written out in several words become their abbreviation, so "Public Joint Stock Company
 * Gazprom" meets "Gazprom PJSC" and "Gesellschaft mit beschränkter Haftung" meets "GmbH". Runs on folded ASCII
 * tokens; the abbreviation is then an organisation word ({@link NameWords}).
 */
public final class LegalForms {

    /** Longest phrases first, so "public joint stock company" wins over "joint stock company". */
    private static final List<Map.Entry<List<String>, String>> PHRASES = List.of(
            // Mexican and Central American forms, written with dots ("S. de R.L. de C.V.") or solid ("SA de CV")
            Map.entry(List.of("s", "de", "r", "l", "de", "c", "v"), "srl"),
            Map.entry(List.of("s", "de", "rl", "de", "cv"), "srl"),
            Map.entry(List.of("s", "a", "p", "i", "de", "c", "v"), "sa"),
            Map.entry(List.of("s", "a", "de", "c", "v"), "sa"),
            Map.entry(List.of("s", "de", "r", "l"), "srl"),
            Map.entry(List.of("sa", "de", "cv"), "sa"),
            Map.entry(List.of("sapi", "de", "cv"), "sa"),
            Map.entry(List.of("sociedad", "anonima", "de", "capital", "variable"), "sa"),
            Map.entry(List.of("obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"), "ooo"),
            Map.entry(List.of("tovarystvo", "z", "obmezhenoyu", "vidpovidalnistyu"), "tov"),
            Map.entry(List.of("sociedad", "de", "responsabilidad", "limitada"), "ltda"),
            Map.entry(List.of("otkrytoe", "aktsionernoe", "obshchestvo"), "oao"),
            Map.entry(List.of("zakrytoe", "aktsionernoe", "obshchestvo"), "zao"),
            Map.entry(List.of("publichnoe", "aktsionernoe", "obshchestvo"), "pao"),
            Map.entry(List.of("aktsionernoe", "obshchestvo"), "ao"),
            Map.entry(List.of("aktsionerne", "tovarystvo"), "ao"),
            Map.entry(List.of("gesellschaft", "mit", "beschrankter", "haftung"), "gmbh"),
            Map.entry(List.of("public", "joint", "stock", "company"), "pjsc"),
            Map.entry(List.of("private", "joint", "stock", "company"), "pjsc"),
            Map.entry(List.of("private", "joint", "stock", "corporation"), "pjsc"),
            Map.entry(List.of("open", "joint", "stock", "company"), "ojsc"),
            Map.entry(List.of("closed", "joint", "stock", "company"), "cjsc"),
            Map.entry(List.of("limited", "liability", "company"), "llc"),
            Map.entry(List.of("limited", "liability", "partnership"), "llp"),
            Map.entry(List.of("public", "limited", "company"), "plc"),
            Map.entry(List.of("joint", "stock", "company"), "jsc"),
            Map.entry(List.of("joint", "stock", "corporation"), "jsc"),
            Map.entry(List.of("free", "zone", "establishment"), "fze"),
            Map.entry(List.of("free", "zone", "company"), "fzco"),
            Map.entry(List.of("societe", "anonyme"), "sa"),
            Map.entry(List.of("sociedad", "anonima"), "sa"),
            Map.entry(List.of("societa", "per", "azioni"), "spa"),
            Map.entry(List.of("private", "limited"), "pvt ltd"),
            Map.entry(List.of("limited", "partnership"), "lp"));

    /** The phrases by the first letters of their first word, longest first: most tokens are passed by one lookup. */
    private static final Map<String, List<Map.Entry<List<String>, String>>> BY_PREFIX = new HashMap<>();
    /** Words this long or longer also match a spelling with the same consonant skeleton. */
    private static final int MIN_SKELETON_WORD = 5;

    static {
        for (Map.Entry<List<String>, String> e : PHRASES) {
            BY_PREFIX.computeIfAbsent(prefix(e.getKey().get(0)), k -> new ArrayList<>()).add(e);
        }
    }

    private LegalForms() {
    }

    /** Replaces written-out legal forms in a list of folded tokens. */
    public static List<String> collapse(List<String> tokens) {
        if (tokens.size() < 2) {
            return tokens;
        }
        List<String> out = null;
        int i = 0;
        while (i < tokens.size()) {
            Map.Entry<List<String>, String> hit = match(tokens, i);
            if (hit != null) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                for (String a : hit.getValue().split(" ")) {
                    out.add(a);
                }
                i += hit.getKey().size();
            } else {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                i++;
            }
        }
        return out == null ? tokens : out;
    }

    /** The written-out legal form starting at {@code at}: (phrase, abbreviation), or null. */
    static Map.Entry<List<String>, String> match(List<String> tokens, int at) {
        List<Map.Entry<List<String>, String>> candidates = BY_PREFIX.get(prefix(tokens.get(at)));
        if (candidates == null) {
            return null;
        }
        for (Map.Entry<List<String>, String> e : candidates) {
            List<String> p = e.getKey();
            if (at + p.size() <= tokens.size() && sameWords(tokens, at, p)) {
                return e;
            }
        }
        return null;
    }

    private static String prefix(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    /**
     * Whether the tokens from {@code at} spell the phrase: word by word the same, or for long words the same
     * consonant skeleton, as lists transliterate one Russian ending several ways ("ogranichennoy", OFAC's
     * "ogranichennoi"; "obshchestvo", "obschestvo").
     */
    private static boolean sameWords(List<String> tokens, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            String t = tokens.get(at + k);
            String w = phrase.get(k);
            if (!t.equals(w) && (t.length() < MIN_SKELETON_WORD || w.length() < MIN_SKELETON_WORD
                    || t.charAt(0) != w.charAt(0) || !Skeleton.of(t).equals(Skeleton.of(w)))) {
                return false;
            }
        }
        return true;
    }
}
