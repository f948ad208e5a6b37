package org.vigil.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Name;
import org.vigil.lists.version.ListVersion;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;
import org.vigil.match.score.Strings;

/**
 * Screening one name against all bundled lists (UN + OFAC SDN), single thread, average time per name:
 * Vigil with its per-token cache warm, Vigil with the cache off (every token looked up afresh), and the brute-force
 * baseline (best Jaro-Winkler of the whole name against every listed name, what OFAC's search tool and watchman do).
 * Queries: 2,000 listed names with one typo each and their tokens shuffled (seeded), so they are self-contained and
 * need no data outside the repository. Also the index build.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ScreenBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ScreenBenchmark {

    @Param({"true", "false"})
    public boolean tokenCache;

    private List<Entity> entities;
    private Screener screener;
    private String[] queries;
    private String[] listedNames;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        entities = new ArrayList<>();
        for (ListVersion v : new BundledSnapshot().load()) {
            entities.addAll(v.entities());
        }
        MatchIndex index = MatchIndex.build(entities);
        index.setTokenCacheEnabled(tokenCache);
        screener = new Screener(index);
        List<String> names = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                names.add(n.value());
            }
        }
        listedNames = names.stream().map(ScreenBenchmark::baselineForm).toArray(String[]::new);
        Random r = new Random(42);
        queries = new String[2000];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = mutate(names.get(r.nextInt(names.size())), r);
        }
    }

    static String mutate(String name, Random r) {
        String[] tokens = name.split("[ ,]+");
        List<String> out = new ArrayList<>(List.of(tokens));
        java.util.Collections.shuffle(out, r);
        int t = r.nextInt(out.size());
        String tok = out.get(t);
        if (tok.length() > 3) {
            int p = 1 + r.nextInt(tok.length() - 2);
            out.set(t, tok.substring(0, p) + tok.substring(p + 1));
        }
        return String.join(" ", out);
    }

    static String baselineForm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private String nextQuery() {
        String q = queries[next];
        next = (next + 1) % queries.length;
        return q;
    }

    @Benchmark
    public int vigilScreen() {
        return screener.screen(Query.name(nextQuery()), ScreenOptions.defaults()).matches().size();
    }

    @Benchmark
    public double bruteForceJaroWinkler() {
        String q = baselineForm(nextQuery());
        double best = 0;
        for (String n : listedNames) {
            double s = Strings.jaroWinkler(q, n);
            if (s > best) {
                best = s;
            }
        }
        return best;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public MatchIndex buildIndex() {
        return MatchIndex.build(entities);
    }
}
