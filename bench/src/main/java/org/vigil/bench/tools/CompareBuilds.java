package org.vigil.bench.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.vigil.bench.match.YenteNegatives;
import org.vigil.bench.match.YenteRow;

/**
 * Screening speed of two builds of the engine in one JVM, for changes smaller than what the shared VM drifts by
 * between runs (±20 %). Each build's {@code benchmarks.jar} is loaded in its own class loader, twice (A, B, then B,
 * A again, so that neither build always has the first-built index), and the four engines screen the same chunks of
 * {@value #CHUNK} names in rotating order; the CPU time of the screening thread per chunk is summed per build. The
 * first half of the first round warms the JIT and the per-token caches and is not counted.
 *
 * <p>Queries: the names of the yente {@code negatives_us.csv} (realistic non-listed names, as a customer file), shuffled
 * with a fixed seed.
 *
 * <pre>
 * java -Xmx6g -cp bench/target/benchmarks.jar org.vigil.bench.tools.CompareBuilds OLD.jar NEW.jar \
 *      [--shared ../shared/data] [--rounds 3]
 * </pre>
 */
public final class CompareBuilds {

    static final int CHUNK = 2_000;

    private CompareBuilds() {
    }

    /** One build's screener, driven by reflection (its classes are not this class loader's). */
    private static final class Engine {
        private final Object screener;
        private final Object options;
        private final Method screen;
        private final Method queryName;
        private final Object index;
        private final Method clearCache;

        Engine(Path jar) throws Exception {
            ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Object snapshot = cl.loadClass("org.vigil.bench.BundledSnapshot").getConstructor().newInstance();
            List<Object> entities = new ArrayList<>();
            for (Object v : (List<?>) snapshot.getClass().getMethod("load").invoke(snapshot)) {
                entities.addAll((List<?>) v.getClass().getMethod("entities").invoke(v));
            }
            Class<?> indexClass = cl.loadClass("org.vigil.match.index.MatchIndex");
            index = indexClass.getMethod("build", List.class).invoke(null, entities);
            Class<?> screenerClass = cl.loadClass("org.vigil.match.index.Screener");
            screener = screenerClass.getConstructor(indexClass).newInstance(index);
            Class<?> query = cl.loadClass("org.vigil.match.Query");
            queryName = query.getMethod("name", String.class);
            Class<?> optionsClass = cl.loadClass("org.vigil.match.ScreenOptions");
            options = optionsClass.getMethod("defaults").invoke(null);
            screen = screenerClass.getMethod("screen", query, optionsClass);
            clearCache = indexClass.getMethod("clearTokenCache");
        }

        long screen(List<String> names, int from, int to) throws Exception {
            long sink = 0;
            for (int i = from; i < to; i++) {
                sink += screen.invoke(screener, queryName.invoke(null, names.get(i)), options).hashCode();
            }
            return sink;
        }

        void clearCache() throws Exception {
            clearCache.invoke(index);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareBuilds OLD.jar NEW.jar [--shared DIR] [--rounds N]");
            System.exit(2);
        }
        Path shared = Path.of("../shared/data");
        int rounds = 3;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path yente = shared.resolve("name_matching/yente");
        if (!Files.isRegularFile(yente.resolve(YenteNegatives.FILE))) {
            System.err.println(yente.resolve(YenteNegatives.FILE) + " not found: pass --shared DIR");
            System.exit(2);
        }
        List<String> names = new ArrayList<>();
        for (YenteRow r : YenteNegatives.load(yente).rows()) {
            names.add(r.fullName());
        }
        Collections.shuffle(names, new Random(42));
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        // build order A, B, B, A: the first-built index is not always the same build's
        Engine[] engines = {new Engine(a), new Engine(b), new Engine(b), new Engine(a)};
        boolean[] isB = {false, true, true, false};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("A = %s%nB = %s%n%,d names, chunks of %,d, CPU time of the screening thread%n", a, b,
                names.size(), CHUNK);
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (Engine e : engines) {
                e.clearCache();
            }
            double[] cpu = new double[2];
            int counted = 0;
            for (int from = 0, chunk = 0; from + CHUNK <= names.size(); from += CHUNK, chunk++) {
                boolean count = round > 0 || from >= names.size() / 2;
                for (int k = 0; k < engines.length; k++) {
                    int e = (chunk + k) % engines.length;
                    long t0 = threads.getCurrentThreadCpuTime();
                    sink += engines[e].screen(names, from, from + CHUNK);
                    if (count) {
                        cpu[isB[e] ? 1 : 0] += threads.getCurrentThreadCpuTime() - t0;
                    }
                }
                if (count) {
                    counted += 2 * CHUNK;
                }
            }
            System.out.printf("round %d: A %.1f µs/name, B %.1f µs/name, B/A %.3f%n", round + 1,
                    cpu[0] / 1e3 / counted, cpu[1] / 1e3 / counted, cpu[1] / cpu[0]);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
