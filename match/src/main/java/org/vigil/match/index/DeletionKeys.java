package org.vigil.match.index;

import org.vigil.match.score.TokenSimilarity;

/**
 * Deletion-neighbourhood keys (as in SymSpell), as 64-bit hashes so that a query allocates nothing: two tokens
 * within edit distance k share a key made by deleting at most k letters from each. Tokens of 4 to 7 letters get
 * keys for one deletion, longer ones for two (the {@code TYPO} rule accepts two edits from eight letters on);
 * tokens longer than {@link TokenSimilarity#MAX_TYPO_LENGTH} get none (typos are
 * not looked for in them, which bounds the work a very long token can cause); every token also has the key of itself, which finds insertions and deletions in three-letter tokens.
 */
final class DeletionKeys {

    private static final long P = 0x100000001B3L;

    private DeletionKeys() {
    }

    /** How many deletions a token of this length gets. */
    static int edits(int length, boolean joined) {
        if (length < 4 || length > TokenSimilarity.MAX_TYPO_LENGTH) {
            return 0;
        }
        return length >= 8 && !joined ? 2 : 1;
    }

    /**
     * How many deletions the English-style respelling of a token ({@code TokenFeatures.transcribed}) gets: one, as
     * a respelling with a typo on top of it is rarely another spelling of the name and twice the keys cost time.
     */
    static int respeltEdits(int length) {
        return edits(length, true);
    }

    /** Receives keys. */
    interface Sink {
        void key(long hash);
    }

    static void forEach(String token, int edits, Sink sink) {
        int n = token.length();
        sink.key(hash(token, -1, -1));
        if (edits >= 1) {
            for (int i = 0; i < n; i++) {
                if (i > 0 && token.charAt(i) == token.charAt(i - 1)) {
                    continue; // deleting either of two equal neighbours gives the same string
                }
                sink.key(hash(token, i, -1));
                if (edits >= 2) {
                    for (int j = i + 1; j < n; j++) {
                        if (j > i + 1 && token.charAt(j) == token.charAt(j - 1)) {
                            continue;
                        }
                        sink.key(hash(token, i, j));
                    }
                }
            }
        }
    }

    /** FNV-style hash of the token without the letters at positions skip1 and skip2 (-1: none). */
    static long hash(String s, int skip1, int skip2) {
        long h = 0xcbf29ce484222325L;
        int len = 0;
        for (int k = 0; k < s.length(); k++) {
            if (k == skip1 || k == skip2) {
                continue;
            }
            h = (h ^ s.charAt(k)) * P;
            len++;
        }
        return h ^ ((long) len << 56);
    }
}
