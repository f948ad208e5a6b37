package org.vigil.match.index;

import java.util.Arrays;

/** A growable int array (no boxing). */
final class IntList {
    private int[] a = new int[4];
    private int size;

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }

    /** Adds unless the last element is already v (callers add in ascending order). */
    void addDistinct(int v) {
        if (size == 0 || a[size - 1] != v) {
            add(v);
        }
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }
}
