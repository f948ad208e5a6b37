package org.vigil.bench.match;

import java.util.Arrays;
import java.util.Locale;

/**
 * Per-query wall-clock times of one single-threaded pass ({@link System#nanoTime} around each query) and the wall
 * time of the whole pass.
 */
public final class Latency {
    private long[] nanos;
    private int n;
    private long passStart;
    private long passNanos;

    public Latency(int expected) {
        nanos = new long[Math.max(16, expected)];
    }

    public void startPass() {
        passStart = System.nanoTime();
    }

    public void endPass() {
        passNanos = System.nanoTime() - passStart;
    }

    public void add(long ns) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = ns;
    }

    public int count() {
        return n;
    }

    /** Queries per second over the whole pass (wall time, one thread). */
    public double perSecond() {
        return n / (passNanos / 1e9);
    }

    public double passSeconds() {
        return passNanos / 1e9;
    }

    /** The p-quantile (0..1) in microseconds, nearest rank. */
    public double quantileMicros(double p) {
        long[] s = Arrays.copyOf(nanos, n);
        Arrays.sort(s);
        int rank = (int) Math.ceil(p * n) - 1;
        return s[Math.max(0, Math.min(n - 1, rank))] / 1e3;
    }

    public double maxMicros() {
        return Arrays.stream(nanos, 0, n).max().orElse(0) / 1e3;
    }

    public double meanMicros() {
        return Arrays.stream(nanos, 0, n).average().orElse(0) / 1e3;
    }

    public static String micros(double us) {
        if (us >= 1000) {
            return String.format(Locale.ROOT, "%,.2f ms", us / 1000);
        }
        return String.format(Locale.ROOT, "%.0f µs", us);
    }
}
