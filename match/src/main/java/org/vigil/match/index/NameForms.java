package org.vigil.match.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms under which one listed name is indexed. Lists often append an acronym or a gloss in parentheses
 * ("Falah-i-Insaniat Foundation (FIF)", "TEHRIK-E TALIBAN PAKISTAN (TTP)"): the name is indexed without it, and a
 * one-word parenthetical (an acronym) also on its own, so neither the long nor the short form of a query carries an
 * unmatched extra token.
 */
public final class NameForms {

    private NameForms() {
    }

    public static List<String> of(String value) {
        int open = value.indexOf('(');
        int close = open < 0 ? -1 : value.indexOf(')', open);
        if (open < 0 || close < 0) {
            return List.of(value);
        }
        List<String> out = new ArrayList<>(3);
        out.add(value);
        String without = (value.substring(0, open) + " " + value.substring(close + 1)).strip();
        if (!without.isEmpty()) {
            out.add(without);
        }
        String inner = value.substring(open + 1, close).strip();
        if (!inner.isEmpty() && inner.indexOf(' ') < 0 && inner.length() >= 2) {
            out.add(inner);
        }
        return out;
    }
}
