package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.match.score.Strings;

class DeletionKeysTest {

    static Set<Long> keys(String token, boolean joined) {
        Set<Long> s = new HashSet<>();
        DeletionKeys.forEach(token, DeletionKeys.edits(token.length(), joined), s::add);
        return s;
    }

    static boolean intersect(Set<Long> a, Set<Long> b) {
        for (Long x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Reference OSA distance (no limit). */
    static int osa(String a, String b) {
        return Strings.osa(a, b, 100);
    }

    static String random(Random r, int len, int alphabet) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) ('a' + r.nextInt(alphabet));
        }
        return new String(c);
    }

    static String mutate(Random r, String a, int edits, int alphabet) {
        StringBuilder b = new StringBuilder(a);
        for (int e = 0; e < edits; e++) {
            int i = r.nextInt(Math.max(1, b.length()));
            switch (b.isEmpty() ? 0 : r.nextInt(4)) {
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
    void editsByLength() {
        assertThat(DeletionKeys.edits(3, false)).isZero();
        assertThat(DeletionKeys.edits(4, false)).isEqualTo(1);
        assertThat(DeletionKeys.edits(7, false)).isEqualTo(1);
        assertThat(DeletionKeys.edits(8, false)).isEqualTo(2);
        assertThat(DeletionKeys.edits(8, true)).as("joined tokens get one edit").isEqualTo(1);
    }

    @Test
    void everyTokenHasTheKeyOfItself() {
        assertThat(keys("abc", false)).containsExactly(DeletionKeys.hash("abc", -1, -1));
        assertThat(keys("saeed", false)).contains(DeletionKeys.hash("saeed", -1, -1));
    }

    @Test
    void keysAreTheDeletionNeighbourhood() {
        // saeed: itself + aeed, seed, saed (once for the two e), saee
        assertThat(keys("saeed", false)).hasSize(5)
                .contains(DeletionKeys.hash("saed", -1, -1), DeletionKeys.hash("seed", -1, -1));
        assertThat(DeletionKeys.hash("saeed", 1, -1)).isEqualTo(DeletionKeys.hash("seed", -1, -1));
        assertThat(DeletionKeys.hash("muhammad", 2, 5)).isEqualTo(DeletionKeys.hash("muamad", -1, -1));
    }

    @Test
    void tokensWithinTheTypoDistanceShareAKey() {
        Random r = new Random(20260301L);
        int checked1 = 0;
        int checked2 = 0;
        for (int k = 0; k < 30_000; k++) {
            int alphabet = 2 + r.nextInt(r.nextBoolean() ? 4 : 24);
            String a = random(r, 4 + r.nextInt(10), alphabet);
            String b = mutate(r, a, 1 + r.nextInt(2), alphabet);
            int d = osa(a, b);
            boolean one = d <= 1 && a.length() >= 4 && b.length() >= 4;
            boolean two = d <= 2 && a.length() >= 8 && b.length() >= 8;
            if (one || two) {
                assertThat(intersect(keys(a, false), keys(b, false)))
                        .as("%s / %s (distance %d) share a deletion key", a, b, d).isTrue();
                checked1 += one ? 1 : 0;
                checked2 += two && !one ? 1 : 0;
            }
            if (d <= 1 && a.length() >= 4 && b.length() >= 4) {
                assertThat(intersect(keys(a, true), keys(b, false))).as("joined %s / %s", a, b).isTrue();
                assertThat(intersect(keys(a, false), keys(b, true))).as("%s / joined %s", a, b).isTrue();
            }
        }
        assertThat(checked1).isGreaterThan(5_000);
        assertThat(checked2).isGreaterThan(2_000);
    }

    @Test
    void mixedLengthsAroundTheBoundaryStillMeetWithOneEdit() {
        // 7 letters (one deletion) against 8 letters (two deletions)
        assertThat(intersect(keys("abcdefg", false), keys("abcdefgh", false))).isTrue();
        assertThat(intersect(keys("abcdefg", false), keys("abxcdefg", false))).isTrue();
        // 4 letters against 3 letters: the short token has only itself, the long one deletes
        assertThat(intersect(keys("esa", false), keys("essa", false))).isTrue();
    }

    @Test
    void farApartTokensUsuallyDoNot() {
        assertThat(intersect(keys("saeed", false), keys("lakhvi", false))).isFalse();
        assertThat(intersect(keys("muhammad", false), keys("mahmoud", false))).isFalse();
    }
}
