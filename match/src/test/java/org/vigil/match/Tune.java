package org.vigil.match;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Name;
import org.vigil.match.index.Screener;
import org.vigil.match.testing.BundledIndex;

/** Quick development loop: recall on yente positives, FPR on negatives (not a test, not the benchmark). */
public final class Tune {
    public static void main(String[] args) throws Exception {
        Screener s = BundledIndex.screener();
        Path y = Path.of("../shared/data/name_matching/yente");
        List<String> tr = Files.readAllLines(y.resolve("positives_un_treated.csv"));
        List<String> un = Files.readAllLines(y.resolve("positives_un_untreated.csv"));
        List<String> neg = Files.readAllLines(y.resolve("negatives_us.csv"));
        double[] ths = {0.70, 0.75, 0.78, 0.80, 0.82, 0.85};
        int[] hit = new int[ths.length];
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 1; i < tr.size(); i++) {
            String q = first(tr.get(i));
            String truth = first(un.get(i));
            Entity e = find(truth);
            if (e == null) {
                continue;
            }
            total++;
            var r = s.screen(Query.name(q), ScreenOptions.defaults().withThreshold(0.5).withLimit(50));
            double best = 0;
            for (Match m : r.matches()) {
                if (m.id().equals(e.id())) {
                    best = Math.max(best, m.score());
                }
            }
            for (int k = 0; k < ths.length; k++) {
                if (best >= ths[k]) {
                    hit[k]++;
                }
            }
            if (best < 0.80) {
                misses.add(String.format("%.3f %s | %s", best, q, truth));
            }
        }
        int n = Math.min(neg.size() - 1, args.length > 0 ? Integer.parseInt(args[0]) : 10000);
        int[] fp = new int[ths.length];
        List<String> fps = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            String q = first(neg.get(i));
            var r = s.screen(Query.name(q), ScreenOptions.defaults().withThreshold(0.70).withLimit(1));
            double best = r.matches().isEmpty() ? 0 : r.matches().get(0).score();
            for (int k = 0; k < ths.length; k++) {
                if (best >= ths[k]) {
                    fp[k]++;
                }
            }
            if (best >= 0.78) {
                Match m = r.matches().get(0);
                fps.add(String.format("%.3f %s -> %s [%s] %s", best, q, m.id(), m.matchedName(), m.explanation().tokens()));
            }
        }
        long t1 = System.nanoTime();
        System.out.printf("negatives: %d in %d ms (%.0f/s)%n", n, (t1 - t0) / 1_000_000, n / ((t1 - t0) / 1e9));
        for (int k = 0; k < ths.length; k++) {
            System.out.printf("th %.2f recall %.4f (%d/%d)  fpr %.4f%n", ths[k], hit[k] / (double) total, hit[k], total,
                    fp[k] / (double) n);
        }
        System.out.println("--- misses at 0.80");
        misses.forEach(System.out::println);
        System.out.println("--- fps >= 0.78");
        fps.stream().sorted().limit(60).forEach(System.out::println);
    }

    static String first(String csvLine) {
        if (csvLine.startsWith("\"")) {
            return csvLine.substring(1, csvLine.indexOf('"', 1));
        }
        return csvLine.substring(0, csvLine.indexOf(','));
    }

    static Entity find(String name) {
        String k = norm(name);
        for (Entity e : BundledIndex.versions().get(0).entities()) {
            for (Name n : e.names()) {
                if (norm(n.value()).equals(k)) {
                    return e;
                }
            }
        }
        return null;
    }

    static String norm(String s) {
        return s.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
