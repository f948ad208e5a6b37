package org.vigil.match;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.vigil.match.index.Screener;
import org.vigil.match.testing.BundledIndex;

/** Quick development loop for speed (the real figures come from bench MatchReport). */
public final class Speed {
    public static void main(String[] args) throws Exception {
        Screener s = BundledIndex.screener();
        List<String> neg = Files.readAllLines(Path.of("../shared/data/name_matching/yente/negatives_us.csv"));
        String[] q = neg.stream().skip(1).map(Tune::first).toArray(String[]::new);
        ScreenOptions o = ScreenOptions.defaults();
        var an = s.index().analyzer();
        for (int pass = 0; pass < 3; pass++) {
            long t0 = System.nanoTime();
            int n = 0;
            for (String x : q) {
                n += an.analyze(x).tokens().size();
            }
            long t1 = System.nanoTime();
            long f = 0;
            for (String x : q) {
                for (var t : an.analyze(x).tokens()) {
                    f += org.vigil.match.score.TokenFeatures.of(t).skeleton().length();
                }
            }
            long t2 = System.nanoTime();
            System.out.printf("analyze: %.1f us/name; analyze+features %.1f us/name (%d %d)%n", (t1 - t0) / 1e3 / q.length,
                    (t2 - t1) / 1e3 / q.length, n, f);
        }
        for (int pass = 0; pass < 4; pass++) {
            long[] lat = new long[q.length];
            long touched = 0;
            long scored = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < q.length; i++) {
                long a = System.nanoTime();
                var r = s.screen(Query.name(q[i]), o);
                lat[i] = System.nanoTime() - a;
                touched += r.namesTouched();
                scored += r.namesScored();
            }
            long t1 = System.nanoTime();
            Arrays.sort(lat);

            System.out.printf("pass %d: %.0f names/s, p50 %d us, p99 %d us, max %d us, touched %.0f scored %.0f%n", pass,
                    q.length / ((t1 - t0) / 1e9), lat[lat.length / 2] / 1000, lat[lat.length * 99 / 100] / 1000,
                    lat[lat.length - 1] / 1000, touched / (double) q.length, scored / (double) q.length);
        }
    }
}
