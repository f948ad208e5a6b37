package org.vigil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.vigil.lists.identity.SubjectIndex;
import org.vigil.lists.version.ListVersion;

/**
 * Peak and retained heap of loading every bundled list, and cold/warm load times, in a fresh JVM.
 *
 * <pre>java -Xmx1g -cp bench/target/benchmarks.jar org.vigil.bench.ListHeapBench</pre>
 */
public final class ListHeapBench {
    private ListHeapBench() {
    }

    public static void main(String[] args) throws Exception {
        BundledSnapshot snapshot = new BundledSnapshot();
        settle();
        long baseline = used();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        long t0 = System.nanoTime();
        List<ListVersion> versions = snapshot.load();
        SubjectIndex subjects = SubjectIndex.build(versions);
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        settle();
        long retained = used() - baseline;

        int warmRuns = 20;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < warmRuns; i++) {
            long s = System.nanoTime();
            snapshot.load();
            best = Math.min(best, System.nanoTime() - s);
        }
        int entities = versions.stream().mapToInt(ListVersion::size).sum();
        System.out.printf(Locale.ROOT, "lists: %s%n", versions.stream().map(v -> v.id() + " (" + v.size()
                + " records, " + v.info().counts().names() + " names)").toList());
        System.out.printf(Locale.ROOT, "records: %d, cross-list subjects: %d%n", entities, subjects.subjects().size());
        System.out.printf(Locale.ROOT, "cold load (first, incl. class loading and JIT): %d ms%n", coldMs);
        System.out.printf(Locale.ROOT, "warm load, best of %d: %.1f ms%n", warmRuns, best / 1e6);
        System.out.printf(Locale.ROOT, "peak heap during first load (all heap pools, not collected): %.1f MiB%n",
                peak / 1048576.0);
        System.out.printf(Locale.ROOT, "retained heap of all bundled lists after GC: %.1f MiB%n",
                retained / 1048576.0);
        System.out.printf(Locale.ROOT, "max heap: %.0f MiB, JVM %s%n", Runtime.getRuntime().maxMemory() / 1048576.0,
                System.getProperty("java.version"));
        if (versions.isEmpty()) {
            throw new IllegalStateException("nothing loaded");
        }
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
