package org.vigil.match.score;

import java.util.ArrayList;
import java.util.List;
import org.vigil.match.Explanation.TokenAlignment;

/**
 * One-to-one token alignment between a query name and a listed name, ignoring order.
 *
 * <p>The caller adds the query tokens and listed tokens with their weights and every candidate pair (a single
 * token, or two or three adjacent tokens joined, on either side) with its similarity. {@link #score()} then takes
 * pairs greedily, best first by similarity times weight, never using a token twice, and returns
 * <pre>  score = sum over taken pairs of similarity * (query weight + listed weight)
 *                / (sum of all query weights + sum of all listed weights)</pre>
 * so every unmatched token on either side lowers the score by its weight. A reusable scratch object: not
 * thread-safe, {@link #reset()} between names.
 */
public final class Alignment {

    public static final int MAX_TOKENS = 32;
    private static final int MAX_PAIRS = 2048;

    private final double[] wq = new double[MAX_TOKENS];
    private final double[] wc = new double[MAX_TOKENS];
    private final String[] tq = new String[MAX_TOKENS];
    private final String[] tc = new String[MAX_TOKENS];
    private final boolean[] sq = new boolean[MAX_TOKENS];
    private final boolean[] sc = new boolean[MAX_TOKENS];
    private long usedQ;
    private long usedC;
    private int n;
    private int m;

    private final int[] pq = new int[MAX_PAIRS];
    private final int[] pqLen = new int[MAX_PAIRS];
    private final int[] pc = new int[MAX_PAIRS];
    private final int[] pcLen = new int[MAX_PAIRS];
    private final double[] psim = new double[MAX_PAIRS];
    private final double[] pval = new double[MAX_PAIRS];
    private final Rule[] prule = new Rule[MAX_PAIRS];
    private final int[] order = new int[MAX_PAIRS];
    private int k;

    private final boolean[] taken = new boolean[MAX_PAIRS];

    public void reset() {
        n = 0;
        m = 0;
        k = 0;
        singlesOnly = false;
    }

    /**
     * Adds a query token; returns its index, or -1 if the alignment is full.
     *
     * @param substantive true for a name token (not a title, particle, organisation word or initial)
     */
    public int addQuery(String text, double weight, boolean substantive) {
        if (n == MAX_TOKENS) {
            return -1;
        }
        tq[n] = text;
        wq[n] = weight;
        sq[n] = substantive;
        return n++;
    }

    public int addListed(String text, double weight) {
        return addListed(text, weight, true);
    }

    public int addListed(String text, double weight, boolean substantive) {
        if (m == MAX_TOKENS) {
            return -1;
        }
        tc[m] = text;
        wc[m] = weight;
        sc[m] = substantive;
        return m++;
    }

    public int queryCount() {
        return n;
    }

    public int listedCount() {
        return m;
    }

    public double queryWeight(int i) {
        return wq[i];
    }

    /** Adds a candidate pair: query tokens [qi, qi+qLen) against listed tokens [cj, cj+cLen). */
    public void addPair(int qi, int qLen, int cj, int cLen, Rule rule, double similarity) {
        if (k == MAX_PAIRS || similarity <= 0 || qi + qLen > n || cj + cLen > m) {
            return;
        }
        pq[k] = qi;
        pqLen[k] = qLen;
        pc[k] = cj;
        pcLen[k] = cLen;
        psim[k] = similarity;
        prule[k] = rule;
        double wQ = sum(wq, qi, qLen);
        double wC = sum(wc, cj, cLen);
        // an initial stands for a whole name: it earns no more than its own weight on both sides
        pval[k] = rule == Rule.INITIAL ? similarity * 2 * Math.min(wQ, wC) : similarity * (wQ + wC);
        k++;
    }

    private static double sum(double[] w, int from, int len) {
        double s = 0;
        for (int i = from; i < from + len; i++) {
            s += w[i];
        }
        return s;
    }

    /**
     * The alignment score in 0..1. Unmatched listed tokens count at {@value #LISTED_EXTRA_FACTOR} of their weight
     * when every name token of the query matched. When the query has two or more name tokens but only one of them
     * found a partner, the score is multiplied by {@value #SINGLE_TOKEN_FACTOR}: one shared name ("Christina",
     * "Hermann") is weak evidence that a longer name designates the same subject.
     */
    public double score() {
        double total = sum(wq, 0, n) + sum(wc, 0, m);
        if (total <= 0) {
            return 0;
        }
        boolean joined = false;
        for (int p = 0; p < k && !joined; p++) {
            joined = pqLen[p] > 1 || pcLen[p] > 1;
        }
        // greedy matching can take a joined pair ("abd el" ~ "abd") that spoils two better single pairs: score with
        // and without joined pairs and keep the better
        double with = scoreOf(false, total);
        singlesOnly = false;
        if (joined) {
            double without = scoreOf(true, total);
            if (without > with) {
                singlesOnly = true;
                return without;
            }
        }
        return with;
    }

    private double scoreOf(boolean withoutJoined, double total) {
        double matched = solve(withoutJoined);
        // a listed name with more parts than the query (a second surname, a middle name) while every name token of
        // the query found its partner: the listed extras count at a reduced weight
        double extra = allMatched(sq, n, usedQ) && !allMatched(sc, m, usedC) ? unmatchedWeight(wc, m, usedC) : 0;
        double s = matched / (total - (1 - LISTED_EXTRA_FACTOR) * extra - (1 - ABBREVIATED_FACTOR) * abbreviated);
        return singleTokenEvidence() ? s * SINGLE_TOKEN_FACTOR : s;
    }

    /**
     * Weight kept by the unmatched tokens of a listed name when every name token of the query (two or more) matched:
     * "Daniel Ortega" against "Daniel Ortega Saavedra". Extra tokens of the query keep their full weight: a
     * customer called "Karl Lee Davies" is not shown to be "LEE, Karl" by the two names they share.
     */
    public static final double LISTED_EXTRA_FACTOR = 0.5;

    /**
     * Share of its weight that the part of a name an initial abbreviates keeps: "V. Putin" against "Vladimir Putin"
     * neither confirms nor contradicts "ladimir", so the weight of "vladimir" beyond the initial's own counts half,
     * as an unmatched listed extra does.
     */
    public static final double ABBREVIATED_FACTOR = 0.5;

    /** Whether every substantive token of a side (at least two) found a partner. */
    private static boolean allMatched(boolean[] substantive, int count, long used) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            if (substantive[i]) {
                total++;
                if ((used & (1L << i)) == 0) {
                    return false;
                }
            }
        }
        return total >= 2;
    }

    private static double unmatchedWeight(double[] w, int count, long used) {
        double s = 0;
        for (int i = 0; i < count; i++) {
            if ((used & (1L << i)) == 0) {
                s += w[i];
            }
        }
        return s;
    }

    public static final double SINGLE_TOKEN_FACTOR = 0.92;

    /** After {@link #solve()}: whether only one of two or more substantive query tokens was matched. */
    private boolean singleTokenEvidence() {
        int substantive = 0;
        for (int i = 0; i < n; i++) {
            if (sq[i]) {
                substantive++;
            }
        }
        if (substantive < 2) {
            return false;
        }
        int matched = 0;
        for (int r = 0; r < k; r++) {
            int p = order[r];
            if (taken[p] && prule[p] != Rule.INITIAL) {
                for (int i = pq[p]; i < pq[p] + pqLen[p]; i++) {
                    if (sq[i]) {
                        matched++;
                    }
                }
            }
        }
        return matched < 2;
    }

    /** Whether the last {@link #score()} was best without joined-token pairs. */
    private boolean singlesOnly;

    /** After {@link #solve}: the weight of the names that taken initials abbreviate, beyond the initials' own. */
    private double abbreviated;

    private double solve() {
        return solve(singlesOnly);
    }

    private double solve(boolean withoutJoined) {
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        // insertion sort by value, descending (k is small)
        for (int i = 1; i < k; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && pval[order[j]] < pval[x]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        usedQ = 0;
        usedC = 0;
        abbreviated = 0;
        double matched = 0;
        for (int r = 0; r < k; r++) {
            int p = order[r];
            long maskQ = mask(pq[p], pqLen[p]);
            long maskC = mask(pc[p], pcLen[p]);
            taken[p] = (usedQ & maskQ) == 0 && (usedC & maskC) == 0
                    && !(withoutJoined && (pqLen[p] > 1 || pcLen[p] > 1));
            if (taken[p]) {
                usedQ |= maskQ;
                usedC |= maskC;
                matched += pval[p];
                if (prule[p] == Rule.INITIAL) {
                    abbreviated += Math.abs(sum(wq, pq[p], pqLen[p]) - sum(wc, pc[p], pcLen[p]));
                }
            }
        }
        return matched;
    }

    private static long mask(int from, int len) {
        return ((1L << len) - 1) << from;
    }

    /** The taken pairs, best first, then the unmatched tokens of each side; weights as shares of the total. */
    public List<TokenAlignment> explain() {
        double total = sum(wq, 0, n) + sum(wc, 0, m);
        solve();
        List<TokenAlignment> out = new ArrayList<>();
        long usedQ = 0;
        long usedC = 0;
        for (int r = 0; r < k; r++) {
            int p = order[r];
            if (taken[p]) {
                usedQ |= mask(pq[p], pqLen[p]);
                usedC |= mask(pc[p], pcLen[p]);
                // weight: the tokens' share of the total; similarity: what they earned of it (an initial earns no
                // more than its own weight, so its effective similarity is lower than the rule's)
                double both = sum(wq, pq[p], pqLen[p]) + sum(wc, pc[p], pcLen[p]);
                out.add(new TokenAlignment(join(tq, pq[p], pqLen[p]), join(tc, pc[p], pcLen[p]), prule[p].label(),
                        round(pval[p] / both), round(both / total)));
            }
        }
        for (int i = 0; i < n; i++) {
            if ((usedQ & (1L << i)) == 0) {
                out.add(new TokenAlignment(tq[i], "", "unmatched", 0.0, round(wq[i] / total)));
            }
        }
        for (int j = 0; j < m; j++) {
            if ((usedC & (1L << j)) == 0) {
                out.add(new TokenAlignment("", tc[j], "unmatched", 0.0, round(wc[j] / total)));
            }
        }
        return out;
    }

    private static String join(String[] t, int from, int len) {
        if (len == 1) {
            return t[from];
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + len; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(t[i]);
        }
        return b.toString();
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
