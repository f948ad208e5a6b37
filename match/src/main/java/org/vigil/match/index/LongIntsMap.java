package org.vigil.match.index;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int arrays, built once and then read-only (no boxing). An empty slot
 * holds the key 0 (a key 0 is stored as 1: the keys are hashes for candidate generation, where a rare shared slot
 * only brings an extra candidate that scoring then rejects), so a probe reads only the key array: most lookups are
 * misses (deletion keys of a query token no listed token shares), and each costs one cache line, not two.
 */
final class LongIntsMap {

    private static final int[] NONE = new int[0];
    private long[] keys;
    private int[][] values;
    private int[] sizes;
    private int size;
    private int mask;
    /**
     * A one-hash Bloom filter over the keys, 16 bits per key (about 6% of the bits set), set by {@link #freeze}: a
     * miss is answered from this small array (a few MiB, cache-resident) instead of a probe of the large key array.
     */
    private long[] filter;
    private int filterShift;

    LongIntsMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap][];
        sizes = new int[cap];
        mask = cap - 1;
    }

    private static long stored(long key) {
        return key == 0 ? 1 : key;
    }

    /** The slot of a stored (non-zero) key, or of the empty slot where it would go. */
    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        long k;
        while ((k = keys[i]) != 0 && k != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Adds v to the key's array unless it is already its last element. */
    void add(long key, int v) {
        key = stored(key);
        int i = slot(key);
        if (keys[i] == 0) {
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
            if (ok[i] != 0) {
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
        int bits = Integer.highestOneBit(Math.max(1024, size * 16 - 1)) << 1;
        filter = new long[bits >>> 6];
        filterShift = 64 - Integer.numberOfTrailingZeros(bits);
        for (long k : keys) {
            if (k != 0) {
                int b = filterBit(k);
                filter[b >>> 6] |= 1L << b;
            }
        }
        return this;
    }

    /** The key's bit in the filter: the high bits of another multiplicative hash than the one {@link #slot} uses. */
    private int filterBit(long storedKey) {
        return (int) ((storedKey * 0xC2B2AE3D27D4EB4FL) >>> filterShift);
    }

    /** False only when the key is certainly absent (always true before {@link #freeze}). */
    boolean mayContain(long key) {
        if (filter == null) {
            return true;
        }
        int b = filterBit(stored(key));
        return (filter[b >>> 6] & (1L << b)) != 0;
    }

    /**
     * Keeps, in place and in order, the first {@code n} keys the filter does not rule out, and returns how many.
     * Branch-free over one array, so the filter reads of all keys are in flight at once: a query token's deletion
     * keys (up to a few hundred, nearly all absent) cost about one cache miss together, not one each.
     */
    int retainMayContain(long[] keys, int n) {
        if (filter == null) {
            return n;
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            int b = filterBit(stored(k));
            keys[kept] = k;
            kept += (int) ((filter[b >>> 6] >>> b) & 1L);
        }
        return kept;
    }

    int[] get(long key) {
        if (!mayContain(key)) {
            return NONE;
        }
        int i = slot(stored(key));
        return keys[i] == 0 ? NONE : values[i];
    }

    int size() {
        return size;
    }
}
