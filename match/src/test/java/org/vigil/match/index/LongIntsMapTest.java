package org.vigil.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntsMapTest {

    @Test
    void addAndGet() {
        LongIntsMap m = new LongIntsMap(4);
        m.add(42L, 1);
        m.add(42L, 5);
        m.add(7L, 3);
        m.freeze();
        assertThat(m.get(42L)).containsExactly(1, 5);
        assertThat(m.get(7L)).containsExactly(3);
        assertThat(m.get(8L)).isEmpty();
        assertThat(m.size()).isEqualTo(2);
    }

    @Test
    void keyZeroSharesTheSlotOfOne() {
        // 0 marks an empty slot; keys are hashes, and a shared slot only adds a candidate scoring then rejects
        LongIntsMap m = new LongIntsMap(2);
        m.add(0L, 1);
        m.add(1L, 2);
        m.freeze();
        assertThat(m.get(0L)).containsExactly(1, 2);
        assertThat(m.get(1L)).containsExactly(1, 2);
        assertThat(m.size()).isEqualTo(1);
    }

    @Test
    void consecutiveDuplicatesAreDropped() {
        LongIntsMap m = new LongIntsMap(1);
        m.add(1L, 4);
        m.add(1L, 4);
        m.add(1L, 6);
        m.add(1L, 6);
        m.add(1L, 4); // not the last element: kept
        m.freeze();
        assertThat(m.get(1L)).containsExactly(4, 6, 4);
    }

    @Test
    void zeroNegativeAndExtremeKeys() {
        LongIntsMap m = new LongIntsMap(2);
        long[] keys = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 0x9E3779B97F4A7C15L};
        for (int i = 0; i < keys.length; i++) {
            m.add(keys[i], i);
        }
        m.freeze();
        for (int i = 0; i < keys.length; i++) {
            assertThat(m.get(keys[i])).as("key %d", keys[i]).containsExactly(i);
        }
        assertThat(m.size()).isEqualTo(keys.length);
    }

    @Test
    void manyKeysThroughSeveralRehashes() {
        LongIntsMap m = new LongIntsMap(1);
        Map<Long, List<Integer>> ref = new HashMap<>();
        Random r = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            long k = r.nextInt(50_000) * 0x100000001B3L; // clustered, multiplicative keys
            if (r.nextInt(10) == 0) {
                k = r.nextLong();
            }
            int v = i / 3;
            m.add(k, v);
            List<Integer> l = ref.computeIfAbsent(k, x -> new ArrayList<>());
            if (l.isEmpty() || l.get(l.size() - 1) != v) {
                l.add(v);
            }
        }
        m.freeze();
        assertThat(m.size()).isEqualTo(ref.size());
        ref.forEach((k, l) -> assertThat(m.get(k)).as("key %d", k)
                .containsExactly(l.stream().mapToInt(Integer::intValue).toArray()));
        for (int i = 0; i < 1_000; i++) {
            long k = r.nextLong();
            if (!ref.containsKey(k)) {
                assertThat(m.get(k)).isEmpty();
            }
        }
    }

    @Test
    void theFilterKeepsEveryKeyAndAnswersMostMisses() {
        LongIntsMap m = new LongIntsMap(16);
        Random r = new Random(7);
        java.util.Set<Long> keys = new java.util.HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            long k = r.nextLong();
            keys.add(k);
            m.add(k, i);
        }
        m.freeze();
        for (long k : keys) {
            assertThat(m.mayContain(k)).isTrue();
            assertThat(m.get(k)).isNotEmpty();
        }
        int passed = 0;
        int probes = 100_000;
        for (int i = 0; i < probes; i++) {
            long k = r.nextLong();
            if (!keys.contains(k) && m.mayContain(k)) {
                passed++;
            }
        }
        // 16 bits per key, one hash: about 6% of absent keys get past the filter to a probe of the key array
        assertThat(passed).isLessThan(probes / 10);
    }

    @Test
    void retainMayContainKeepsEveryPresentKeyInOrderAndAgreesWithMayContain() {
        LongIntsMap m = new LongIntsMap(16);
        Random r = new Random(11);
        long[] present = new long[1_000];
        for (int i = 0; i < present.length; i++) {
            present[i] = r.nextLong();
            m.add(present[i], i);
        }
        m.add(0, -1);
        m.freeze();
        // present keys at every third place among absent ones, and the key 0
        long[] batch = new long[3_001];
        java.util.List<Long> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            batch[i] = i % 3 == 0 ? present[i / 3] : r.nextLong();
            if (m.mayContain(batch[i])) {
                expected.add(batch[i]);
            }
        }
        batch[3_000] = 0;
        expected.add(0L);
        int kept = m.retainMayContain(batch, batch.length);
        java.util.List<Long> got = new java.util.ArrayList<>();
        for (int i = 0; i < kept; i++) {
            got.add(batch[i]);
        }
        assertThat(got).isEqualTo(expected);
        assertThat(got).contains(present[0], present[999]);
        assertThat(kept).isLessThan(1_000 + 200);
    }
}
