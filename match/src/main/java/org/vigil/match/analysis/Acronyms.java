package org.vigil.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 5: a run of single letters is an acronym written with dots or spaces ("B.O.T.H.", "N P C International",
 * "E. S. Co.") and becomes one token ("both", "npc", "es"), so it meets the same acronym written solid; one that
 * spells a legal form or organisation word ("L.L.C.", "S.R.L.") is that word, with its low weight. A run of three
 * letters or more always joins; a run of two only in an organisation's name (one with an organisation word), or
 * at the end of a name when it spells a legal form ("S.A.", "B.V."), because two initials in a person's name
 * ("A. Q. Khan") stand for two names.
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
            if (j - i >= minRun || (j - i == 2 && j == tokens.size() && i > 0 && legalForm(tokens, i))) {
                StringBuilder text = new StringBuilder();
                StringBuilder original = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(tokens.get(k).text());
                    original.append(k > i ? " " : "").append(tokens.get(k).original());
                }
                String t = text.toString();
                // a legal form written with dots is the legal form ("L.L.C." as "llc", of the family "ltd")
                boolean orgWord = NameWords.kindOf(t, true) == TokenKind.ORG_WORD;
                String form = orgWord ? NameWords.canonical(t) : t;
                out.add(new Token(form, original.toString(), orgWord ? TokenKind.ORG_WORD : TokenKind.NAME, false,
                        variants.classesOf(form)));
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

    /** Whether the two one-letter tokens at {@code i} spell a legal form or organisation word ("s a", "b v"). */
    private static boolean legalForm(List<Token> tokens, int i) {
        return NameWords.kindOf(tokens.get(i).text() + tokens.get(i + 1).text(), true) == TokenKind.ORG_WORD;
    }

    private static boolean isLetter(Token t) {
        return t.text().length() == 1 && Character.isLetter(t.text().charAt(0)) && !t.abjad();
    }
}
