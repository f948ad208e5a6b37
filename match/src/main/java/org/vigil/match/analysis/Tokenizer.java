package org.vigil.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 2: splits normalised text into raw tokens at spaces, hyphens and punctuation ("lashkar-e-taiba" gives
 * "lashkar", "e", "taiba"; "zaki-ur-rehman" gives "zaki", "ur", "rehman"), and puts a name written "SURNAME, Given"
 * (the OFAC order) back into natural order. A comma is read as that inversion only when exactly one comma splits the
 * name into a short surname part and a given-name part that is not a legal form ("Acme, Inc." stays as it is).
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Splits and re-orders; returns raw tokens (still in their source script). */
    public static List<String> tokenize(String normalized) {
        int comma = normalized.indexOf(',');
        if (comma >= 0 && normalized.indexOf(',', comma + 1) < 0) {
            List<String> before = split(normalized.substring(0, comma));
            List<String> after = split(normalized.substring(comma + 1));
            if (!before.isEmpty() && before.size() <= 3 && !after.isEmpty() && !legalForm(after)) {
                List<String> out = new ArrayList<>(after);
                out.addAll(before);
                return out;
            }
        }
        return split(normalized);
    }

    /**
     * Whether the part after the comma is a legal form: organisation words, a written-out form, or letters that spell
     * one ("Acme, Inc.", "Patraca, S.A. de C.V.", "Vabo, B.V."), not the given names of "KHAN, A. Q.".
     */
    static boolean legalForm(List<String> tokens) {
        StringBuilder letters = new StringBuilder();
        for (String t : LegalForms.collapse(tokens)) {
            if (t.length() == 1) {
                letters.append(t);
            } else if (NameWords.kindOf(t, true) != TokenKind.ORG_WORD) {
                return false;
            }
        }
        return letters.isEmpty() || NameWords.kindOf(letters.toString(), true) == TokenKind.ORG_WORD;
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sep = c == ' ' || c == '-' || c == ',' || c == '.' || c == '/' || c == '&' || c == ';'
                    || c == '(' || c == ')';
            if (sep) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }
}
