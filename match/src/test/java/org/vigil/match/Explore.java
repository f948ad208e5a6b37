package org.vigil.match;

import org.vigil.match.index.Screener;
import org.vigil.match.testing.BundledIndex;

/** Manual exploration: prints matches for names given as arguments. */
public final class Explore {
    public static void main(String[] args) {
        var entities = BundledIndex.entities();
        for (int i = 0; i < 3; i++) {
            long b0 = System.nanoTime();
            org.vigil.match.index.MatchIndex.build(entities);
            System.out.printf("build %d ms%n", (System.nanoTime() - b0) / 1_000_000);
        }
        long t0 = System.nanoTime();
        Screener s = BundledIndex.screener();
        long t1 = System.nanoTime();
        System.out.printf("index: %d entities, %d names, %d terms in %d ms%n", s.index().entityCount(),
                s.index().nameCount(), s.index().termCount(), (t1 - t0) / 1_000_000);
        for (String a : args) {
            Screener.Result r = s.screen(Query.name(a), ScreenOptions.defaults().withThreshold(0.6));
            System.out.printf("== %s  (touched %d, scored %d) -> %s%n", a, r.namesTouched(), r.namesScored(),
                    s.index().analyzer().analyze(a).tokens());
            for (Match m : r.matches()) {
                System.out.printf("  %.3f %s %s [%s] %s%n", m.score(), m.id(), m.name(), m.matchedName(),
                        m.explanation().tokens());
            }
        }
    }
}
