package org.vigil.match.score;

/** Allocation-free string distances on short tokens. */
public final class Strings {

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][65]);

    private Strings() {
    }

    /**
     * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), or {@code limit + 1} as soon as
     * it is known to exceed {@code limit}.
     */
    public static int osa(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        int[][] rows = n > 64 || m > 64 ? new int[3][m + 1] : ROWS.get();
        int[] pp = rows[0];
        int[] p = rows[1];
        int[] c = rows[2];
        for (int j = 0; j <= m; j++) {
            p[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            c[0] = i;
            int rowMin = c[0];
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int cost = ai == bj ? 0 : 1;
                int v = Math.min(Math.min(c[j - 1] + 1, p[j] + 1), p[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    v = Math.min(v, pp[j - 2] + 1);
                }
                c[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = pp;
            pp = p;
            p = c;
            c = t;
        }
        return Math.min(p[m], limit + 1);
    }

    /** Jaro-Winkler for strings longer than 64 characters (boolean arrays instead of bit masks). */
    private static double jaroWinklerLong(String a, String b) {
        int n = a.length();
        int m = b.length();
        int range = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] am = new boolean[n];
        boolean[] bm = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - range);
            int hi = Math.min(m - 1, i + range);
            for (int j = lo; j <= hi; j++) {
                if (!bm[j] && b.charAt(j) == a.charAt(i)) {
                    am[i] = true;
                    bm[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (am[i]) {
                while (!bm[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double mm = matches;
        double jaro = (mm / n + mm / m + (mm - transpositions / 2.0) / mm) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(n, m)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters). */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0.0;
        }
        if (n > 64 || m > 64) {
            return jaroWinklerLong(a, b);
        }
        int range = Math.max(0, Math.max(n, m) / 2 - 1);
        long aFlags = 0;
        long bFlags = 0;
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - range);
            int hi = Math.min(m - 1, i + range);
            char ch = a.charAt(i);
            for (int j = lo; j <= hi; j++) {
                if ((bFlags & (1L << j)) == 0 && b.charAt(j) == ch) {
                    aFlags |= 1L << i;
                    bFlags |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if ((aFlags & (1L << i)) != 0) {
                while ((bFlags & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double mm = matches;
        double jaro = (mm / n + mm / m + (mm - transpositions / 2.0) / mm) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(n, m)); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                break;
            }
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
