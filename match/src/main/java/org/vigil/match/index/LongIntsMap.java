package org.vigil.match.index;

import java.util.Arrays;

/** An open-addressing map from long keys to int arrays, built once and then read-only (no boxing). */
final class LongIntsMap {

    private static final int[] NONE = new int[0];
    private long[] keys;
    private int[][] values;
    private int[] sizes;
    private int size;
    private int mask;

    LongIntsMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap][];
        sizes = new int[cap];
        mask = cap - 1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Adds v to the key's array unless it is already its last element. */
    void add(long key, int v) {
        int i = slot(key);
        if (values[i] == null) {
            keys[i] = key;
            values[i] = new int[2];
            size++;
            if (size * 2 > keys.length) {
                rehash();
                i = slot(key);
            }
        }
        int[] a = values[i];
        int n = sizes[i];
        if (n > 0 && a[n - 1] == v) {
            return;
        }
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
            values[i] = a;
        }
        a[n] = v;
        sizes[i] = n + 1;
    }

    private void rehash() {
        long[] ok = keys;
        int[][] ov = values;
        int[] os = sizes;
        int cap = ok.length * 2;
        keys = new long[cap];
        values = new int[cap][];
        sizes = new int[cap];
        mask = cap - 1;
        for (int i = 0; i < ok.length; i++) {
            if (ov[i] != null) {
                int j = slot(ok[i]);
                keys[j] = ok[i];
                values[j] = ov[i];
                sizes[j] = os[i];
            }
        }
    }

    /** Trims every array to its size; call once after the last add. */
    LongIntsMap freeze() {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].length != sizes[i]) {
                values[i] = Arrays.copyOf(values[i], sizes[i]);
            }
        }
        sizes = null;
        return this;
    }

    int[] get(long key) {
        int i = slot(key);
        return values[i] == null ? NONE : values[i];
    }

    int size() {
        return size;
    }
}
