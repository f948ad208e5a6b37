package org.vigil.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 5: a run of single letters is an acronym written with dots or spaces ("B.O.T.H.", "N P C International",
 * "E. S. Co.") and becomes one token ("both", "npc", "es"), so it meets the same acronym written solid. A run
 * of three letters or more always joins; a run of two only in an organisation's name (one with an organisation word),
 * because two initials in a person's name ("A. Q. Khan") stand for two names.
 */
public final class Acronyms {

    private Acronyms() {
    }

    public static List<Token> join(List<Token> tokens, VariantTable variants) {
        boolean organisation = false;
        int letters = 0;
        for (Token t : tokens) {
            organisation |= t.kind() == TokenKind.ORG_WORD;
            if (t.text().length() == 1) {
                letters++;
            }
        }
        if (letters < 2) {
            return tokens;
        }
        int minRun = organisation ? 2 : 3;
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && isLetter(tokens.get(j))) {
                j++;
            }
            if (j - i >= minRun) {
                StringBuilder text = new StringBuilder();
                StringBuilder original = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(tokens.get(k).text());
                    original.append(k > i ? " " : "").append(tokens.get(k).original());
                }
                String t = text.toString();
                out.add(new Token(t, original.toString(), TokenKind.NAME, false, variants.classesOf(t)));
                i = j;
            } else if (j > i) {
                out.addAll(tokens.subList(i, j));
                i = j;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean isLetter(Token t) {
        return t.text().length() == 1 && Character.isLetter(t.text().charAt(0)) && !t.abjad();
    }
}
