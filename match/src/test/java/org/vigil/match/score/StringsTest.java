package org.vigil.match.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StringsTest {

    /** Plain optimal-string-alignment distance, full matrix, no limit. */
    static int referenceOsa(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    /** Textbook Jaro-Winkler (prefix scale 0.1, prefix up to 4, no boost threshold). */
    static double referenceJaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1.0;
        }
        int n = s.length();
        int m = t.length();
        if (n == 0 || m == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] sm = new boolean[n];
        boolean[] tm = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(m - 1, i + window); j++) {
                if (!tm[j] && s.charAt(i) == t.charAt(j)) {
                    sm[i] = true;
                    tm[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        StringBuilder s1 = new StringBuilder();
        StringBuilder t1 = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (sm[i]) {
                s1.append(s.charAt(i));
            }
        }
        for (int j = 0; j < m; j++) {
            if (tm[j]) {
                t1.append(t.charAt(j));
            }
        }
        int half = 0;
        for (int k = 0; k < matches; k++) {
            if (s1.charAt(k) != t1.charAt(k)) {
                half++;
            }
        }
        double jaro = ((double) matches / n + (double) matches / m + (matches - half / 2.0) / matches) / 3.0;
        int l = 0;
        while (l < 4 && l < n && l < m && s.charAt(l) == t.charAt(l)) {
            l++;
        }
        return jaro + l * 0.1 * (1 - jaro);
    }

    static String random(Random r, int len, int alphabet) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) ('a' + r.nextInt(alphabet));
        }
        return new String(c);
    }

    /** a with a few random edits (insert, delete, substitute, swap neighbours). */
    static String mutate(Random r, String a, int edits, int alphabet) {
        StringBuilder b = new StringBuilder(a);
        for (int e = 0; e < edits; e++) {
            int op = r.nextInt(4);
            if (b.isEmpty()) {
                op = 0;
            }
            int i = b.isEmpty() ? 0 : r.nextInt(b.length());
            switch (op) {
                case 0 -> b.insert(r.nextInt(b.length() + 1), (char) ('a' + r.nextInt(alphabet)));
                case 1 -> b.deleteCharAt(i);
                case 2 -> b.setCharAt(i, (char) ('a' + r.nextInt(alphabet)));
                default -> {
                    if (i + 1 < b.length()) {
                        char x = b.charAt(i);
                        b.setCharAt(i, b.charAt(i + 1));
                        b.setCharAt(i + 1, x);
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void osaAgreesWithTheReferenceUpToTheLimit() {
        Random r = new Random(20260227L);
        for (int k = 0; k < 20_000; k++) {
            int alphabet = 2 + r.nextInt(5);
            String a = random(r, r.nextInt(13), alphabet);
            String b = r.nextInt(3) == 0 ? random(r, r.nextInt(13), alphabet) : mutate(r, a, 1 + r.nextInt(4), alphabet);
            int limit = r.nextInt(5);
            int ref = referenceOsa(a, b);
            assertThat(Strings.osa(a, b, limit)).as("osa(%s, %s, %d), reference %d", a, b, limit, ref)
                    .isEqualTo(Math.min(ref, limit + 1));
        }
    }

    @Test
    void osaOnLongTokensUpTo64Letters() {
        Random r = new Random(7);
        for (int k = 0; k < 2_000; k++) {
            String a = random(r, 40 + r.nextInt(25), 4);
            String b = mutate(r, a, r.nextInt(4), 4);
            if (b.length() > 64) {
                continue;
            }
            int ref = referenceOsa(a, b);
            assertThat(Strings.osa(a, b, 3)).as("%s / %s", a, b).isEqualTo(Math.min(ref, 4));
        }
    }

    @Test
    void osaCountsATranspositionAsOneEdit() {
        assertThat(Strings.osa("lakhvi", "lakhiv", 2)).isEqualTo(1);
        assertThat(Strings.osa("ca", "abc", 3)).isEqualTo(3); // OSA, not Damerau: no edit inside a transposition
        assertThat(Strings.osa("abc", "abc", 0)).isZero();
        assertThat(Strings.osa("", "abc", 5)).isEqualTo(3);
        assertThat(Strings.osa("abc", "", 1)).isEqualTo(2);
        assertThat(Strings.osa("kitten", "sitting", 9)).isEqualTo(3);
    }

    @Test
    void osaOfEqualLongStringsIsZero() {
        String x = "a".repeat(65);
        assertThat(Strings.osa(x, x, 2)).isZero();
    }

    @Test
    void jaroWinklerPublishedValues() {
        assertThat(Strings.jaroWinkler("MARTHA", "MARHTA")).isCloseTo(0.961, within(0.001));
        assertThat(Strings.jaroWinkler("DWAYNE", "DUANE")).isCloseTo(0.840, within(0.001));
        assertThat(Strings.jaroWinkler("DIXON", "DICKSONX")).isCloseTo(0.813, within(0.001));
        assertThat(Strings.jaroWinkler("JELLYFISH", "SMELLYFISH")).isCloseTo(0.896, within(0.001));
    }

    @Test
    void jaroWinklerAgreesWithTheReference() {
        Random r = new Random(99);
        for (int k = 0; k < 20_000; k++) {
            int alphabet = 2 + r.nextInt(8);
            String a = random(r, 1 + r.nextInt(r.nextInt(10) == 0 ? 64 : 12), alphabet);
            String b = r.nextBoolean() ? random(r, 1 + r.nextInt(12), alphabet) : mutate(r, a, 1 + r.nextInt(3), alphabet);
            if (b.isEmpty() || b.length() > 64) {
                continue;
            }
            double ref = referenceJaroWinkler(a, b);
            assertThat(Strings.jaroWinkler(a, b)).as("jw(%s, %s)", a, b).isCloseTo(ref, within(1e-12));
        }
    }

    @Test
    void jaroWinklerBounds() {
        assertThat(Strings.jaroWinkler("abc", "abc")).isEqualTo(1.0);
        assertThat(Strings.jaroWinkler("abc", "xyz")).isEqualTo(0.0);
        assertThat(Strings.jaroWinkler("", "abc")).isEqualTo(0.0);
        assertThat(Strings.jaroWinkler("abc", "")).isEqualTo(0.0);
        String a64 = "ab".repeat(32);
        String b64 = "ba".repeat(32);
        assertThat(Strings.jaroWinkler(a64, b64)).isBetween(0.0, 1.0)
                .isCloseTo(referenceJaroWinkler(a64, b64), within(1e-12));
    }
}
