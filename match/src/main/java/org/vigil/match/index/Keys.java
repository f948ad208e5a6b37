package org.vigil.match.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletion-neighbourhood keys (as in SymSpell): two tokens within edit distance k share a key made by deleting at
 * most k letters from each. Tokens of 3 to 7 letters get one deletion, longer ones two (the {@code TYPO} rule only
 * accepts two edits from eight letters on).
 */
final class Keys {

    private Keys() {
    }

    static List<String> deletions(String token, int maxEdits) {
        Set<String> out = new LinkedHashSet<>();
        out.add(token);
        if (token.length() >= 3) {
            for (int i = 0; i < token.length(); i++) {
                String d1 = token.substring(0, i) + token.substring(i + 1);
                out.add(d1);
                if (maxEdits >= 2 && token.length() >= 8) {
                    for (int j = i; j < d1.length(); j++) {
                        out.add(d1.substring(0, j) + d1.substring(j + 1));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }
}
