package org.vigil.bench.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.Screener;

/**
 * Single-thread speed against all bundled lists: Vigil screens every query once as a warm-up and once timed
 * ({@link System#nanoTime} around each query, name only, default options at the report's threshold); the baseline
 * screens a seeded sample of {@value #BASELINE_SAMPLE} of the same queries after {@value #BASELINE_WARMUP} warm-up
 * queries. Also how much of the index each Vigil query looked at.
 */
public final class SpeedRun {
    public static final int BASELINE_SAMPLE = 2_000;
    public static final int BASELINE_WARMUP = 200;
    public static final long SEED = 42;

    private final List<String> queries;
    private final String what;

    public SpeedRun(List<String> queries, String what) {
        this.queries = List.copyOf(queries);
        this.what = what;
    }

    /** One timed Vigil pass. */
    private record Pass(Latency latency, long touched, long scored, int maxTouched, int maxScored, int rejected,
                        long sink) {
    }

    private static Pass time(Screener s, List<String> qs, ScreenOptions opt) {
        Latency l = new Latency(qs.size());
        long touched = 0;
        long scored = 0;
        int maxTouched = 0;
        int maxScored = 0;
        int rejected = 0;
        long sink = 0;
        l.startPass();
        for (String q : qs) {
            long t0 = System.nanoTime();
            Screener.Result r = Probe.screen(s, Query.name(q), opt);
            l.add(System.nanoTime() - t0);
            if (r == null) {
                rejected++;
                continue;
            }
            sink += r.matches().size();
            touched += r.namesTouched();
            scored += r.namesScored();
            maxTouched = Math.max(maxTouched, r.namesTouched());
            maxScored = Math.max(maxScored, r.namesScored());
        }
        l.endPass();
        return new Pass(l, touched, scored, maxTouched, maxScored, rejected, sink);
    }

    public String evaluate(Bundled b, ScreenOptions opt, Summary summary) {
        Screener s = b.screener;
        long sink = 0;
        // warm up (JIT, and the per-token cache as a running service would have it) on one half of the queries,
        // then time the other half: names the engine has not screened before
        List<String> shuffled = new ArrayList<>(queries);
        Collections.shuffle(shuffled, new Random(SEED));
        List<String> warm = shuffled.subList(0, shuffled.size() / 2);
        List<String> timed = shuffled.subList(shuffled.size() / 2, shuffled.size());
        s.index().setTokenCacheEnabled(true);
        s.index().clearTokenCache();
        sink += time(s, warm, opt).sink();
        Pass cached = time(s, timed, opt);
        int cacheSize = s.index().tokenCacheSize();
        // the same timed half with the token cache off: every query token looked up afresh
        s.index().setTokenCacheEnabled(false);
        sink += time(s, warm.subList(0, Math.min(2_000, warm.size())), opt).sink();
        Pass uncached = time(s, timed, opt);
        s.index().setTokenCacheEnabled(true);
        Latency vigil = cached.latency();
        long touched = cached.touched();
        long scored = cached.scored();
        int maxTouched = cached.maxTouched();
        int maxScored = cached.maxScored();
        int rejected = cached.rejected();
        sink += cached.sink() + uncached.sink();

        List<String> sample = new ArrayList<>(queries);
        Collections.shuffle(sample, new Random(SEED));
        sample = sample.subList(0, Math.min(BASELINE_SAMPLE, sample.size()));
        for (String q : sample.subList(0, Math.min(BASELINE_WARMUP, sample.size()))) {
            sink += (long) (b.baseline.search(q, JwBaseline.THRESHOLD).best() * 10);
        }
        Latency jw = new Latency(sample.size());
        jw.startPass();
        for (String q : sample) {
            long t0 = System.nanoTime();
            JwBaseline.Hits h = b.baseline.search(q, JwBaseline.THRESHOLD);
            jw.add(System.nanoTime() - t0);
            sink += h.above().size();
        }
        jw.endPass();
        double ratio = vigil.perSecond() / jw.perSecond();

        summary.add("Names screened per second, one thread", "**" + MdTable.num(vigil.perSecond(), 0) + "**",
                MdTable.num(jw.perSecond(), 0), "—", String.format(Locale.ROOT,
                        "Vigil/baseline = **%.0f×**; baseline on %,d queries", ratio, jw.count()));
        summary.add("Names screened per second, one thread, token cache off",
                MdTable.num(uncached.latency().perSecond(), 0), MdTable.num(jw.perSecond(), 0), "—",
                String.format(Locale.ROOT, "Vigil/baseline = %.0f×; p50 %s, p99 %s",
                        uncached.latency().perSecond() / jw.perSecond(),
                        Latency.micros(uncached.latency().quantileMicros(0.50)),
                        Latency.micros(uncached.latency().quantileMicros(0.99))));
        summary.add("Latency per name, p50", Latency.micros(vigil.quantileMicros(0.50)),
                Latency.micros(jw.quantileMicros(0.50)), "", "");
        summary.add("Latency per name, p99", Latency.micros(vigil.quantileMicros(0.99)),
                Latency.micros(jw.quantileMicros(0.99)), "", "max: Vigil " + Latency.micros(vigil.maxMicros())
                        + ", baseline " + Latency.micros(jw.maxMicros()));

        StringBuilder out = new StringBuilder("### Speed (one thread)\n\n");
        out.append(String.format(Locale.ROOT, "Queries: %s — %,d names, name only, default options (threshold as "
                + "above, limit %d). the baseline: "
                + "a seeded sample (Random(%d)) of %,d of the same names after %d warm-up queries. Each query is "
                + "timed with System.nanoTime; throughput is the count over the wall time of the pass. %d queries "
                + "rejected.%n%n", what, queries.size(), opt.limit(), SEED, jw.count(), BASELINE_WARMUP, rejected));
        out.append(String.format(Locale.ROOT, "Vigil is timed on names it has not screened before: the queries are "
                + "shuffled (Random(%d)); the first half warms the JVM and the per-token cache (as a running service "
                + "would be; %,d tokens cached after the timed pass), the second half (%,d names) is timed. The "
                + "second Vigil row times the same half with the per-token cache off.%n%n", SEED, cacheSize,
                timed.size()));
        MdTable t = new MdTable("", "queries", "names/s", "mean", "p50", "p99", "max", "pass time");
        t.row("Vigil", MdTable.num(vigil.count(), 0), "**" + MdTable.num(vigil.perSecond(), 0) + "**",
                Latency.micros(vigil.meanMicros()), Latency.micros(vigil.quantileMicros(0.5)),
                Latency.micros(vigil.quantileMicros(0.99)), Latency.micros(vigil.maxMicros()),
                MdTable.num(vigil.passSeconds(), 2) + " s");
        Latency u = uncached.latency();
        t.row("Vigil, token cache off", MdTable.num(u.count(), 0), MdTable.num(u.perSecond(), 0),
                Latency.micros(u.meanMicros()), Latency.micros(u.quantileMicros(0.5)),
                Latency.micros(u.quantileMicros(0.99)), Latency.micros(u.maxMicros()),
                MdTable.num(u.passSeconds(), 2) + " s");
        t.row("JW baseline (" + MdTable.num(b.baseline.nameCount(), 0) + " names per query)",
                MdTable.num(jw.count(), 0), MdTable.num(jw.perSecond(), 0), Latency.micros(jw.meanMicros()),
                Latency.micros(jw.quantileMicros(0.5)), Latency.micros(jw.quantileMicros(0.99)),
                Latency.micros(jw.maxMicros()), MdTable.num(jw.passSeconds(), 2) + " s");
        out.append(t).append('\n');
        int done = Math.max(1, vigil.count() - rejected);
        out.append(String.format(Locale.ROOT, "Throughput ratio Vigil / baseline: **%.0f×**.%n%n", ratio));
        out.append(String.format(Locale.ROOT, "Work per Vigil query (Screener.Result): names touched (reached through "
                + "the inverted index) mean %.1f, max %,d; names scored (fully aligned) mean %.1f, max %,d — of "
                + "%,d names in the index.%n%n", touched / (double) done, maxTouched, scored / (double) done,
                maxScored, b.index.nameCount()));
        if (sink == 42) {
            out.append(' ');
        }
        return out.toString();
    }
}
