package org.vigil.bench.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.Screener;

/**
 * A second false-positive measure, on names of many origins rather than US-style ones: {@value #SIZE} synthetic
 * names of two tokens (three for one in three), each token drawn, in proportion to its count, from the Latin name
 * tokens of the Wikidata person-name corpus ({@code coling2018_wikidata_arabic/wd_arabic.normalized.aligned.tokens.tsv}:
 * names of people of every nationality as written in Arabic Wikipedia, with their Latin spelling), seeded. Nobody
 * checked that no generated name is a listed person's, so the rate is an upper bound: a common given name with a
 * common surname can be a listed namesake ("mohammad mahmoud"). Name only; the baseline runs on a seeded sample.
 */
public final class WikidataNegatives {
    public static final String FILE = "coling2018_wikidata_arabic/wd_arabic.normalized.aligned.tokens.tsv";
    public static final int SIZE = 20_000;
    public static final int BASELINE_SAMPLE = 2_000;
    public static final long SEED = 42;
    static final int TOP = 15;

    private final List<String> names;

    private WikidataNegatives(List<String> names) {
        this.names = names;
    }

    /** Reads the corpus under {@code nameMatching} (the {@code name_matching} folder) and draws the names. */
    public static WikidataNegatives load(Path nameMatching) throws IOException {
        List<String> tokens = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (String line : Files.readAllLines(nameMatching.resolve(FILE), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].length() < 2) {
                continue;
            }
            try {
                counts.add(Long.parseLong(f[2].trim()));
                tokens.add(f[0]);
            } catch (NumberFormatException e) {
                // a header or a malformed line: not a token
            }
        }
        return new WikidataNegatives(draw(tokens, counts, SIZE, SEED));
    }

    /** {@code size} names of two or three tokens, each drawn in proportion to its count. */
    static List<String> draw(List<String> tokens, List<Long> counts, int size, long seed) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        long[] cumulative = new long[tokens.size()];
        long total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += Math.max(1, counts.get(i));
            cumulative[i] = total;
        }
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int parts = r.nextInt(3) == 0 ? 3 : 2;
            StringBuilder name = new StringBuilder();
            for (int p = 0; p < parts; p++) {
                long x = (long) (r.nextDouble() * total);
                int at = Arrays.binarySearch(cumulative, x + 1);
                at = at < 0 ? -at - 1 : at;
                if (p > 0) {
                    name.append(' ');
                }
                name.append(tokens.get(Math.min(at, tokens.size() - 1)));
            }
            out.add(name.toString());
        }
        return out;
    }

    public List<String> names() {
        return names;
    }

    public String evaluate(Bundled b, ScreenOptions opt, Summary summary) {
        int fp = 0;
        int rejected = 0;
        FalsePositives top = new FalsePositives(TOP);
        for (String n : names) {
            Screener.Result res = Probe.screen(b.screener, Query.name(n), opt);
            if (res == null) {
                rejected++;
                continue;
            }
            if (!res.matches().isEmpty()) {
                fp++;
                top.add(n, res.matches().get(0));
            }
        }
        List<String> sample = names.subList(0, Math.min(BASELINE_SAMPLE, names.size()));
        int jw = 0;
        int jwLow = 0;
        for (String n : sample) {
            JwBaseline.Hits h = b.baseline.search(n, JwBaseline.LOW_THRESHOLD);
            jw += h.any(JwBaseline.THRESHOLD) ? 1 : 0;
            jwLow += h.any(JwBaseline.LOW_THRESHOLD) ? 1 : 0;
        }
        int n = names.size();
        summary.add("False-positive rate, synthetic names of many origins (Wikidata tokens), name only",
                MdTable.percent(fp, n), MdTable.percent(jw, sample.size()), MdTable.percent(jwLow, sample.size()),
                "upper bound: namesakes not removed; baseline on the first " + sample.size());

        StringBuilder out = new StringBuilder("### Synthetic names of many origins (false-positive rate)\n\n");
        out.append(String.format(Locale.ROOT, "%,d names of two or three tokens drawn by frequency (Random(%d)) from "
                + "the Latin name tokens of `%s`; a name is a false positive if it has any match at the threshold. "
                + "Not checked against the lists, so a drawn name can be a listed person's namesake: the rate is an "
                + "upper bound. %d queries were rejected by the engine. The baseline screened the first %,d.%n%n",
                n, SEED, FILE, rejected, sample.size()));
        MdTable t = new MdTable("", "Vigil name only", "JW ≥ " + JwBaseline.THRESHOLD,
                "JW ≥ " + JwBaseline.LOW_THRESHOLD);
        t.row("false-positive rate", MdTable.percent(fp, n), MdTable.percent(jw, sample.size()),
                MdTable.percent(jwLow, sample.size()));
        out.append(t).append('\n');
        if (!top.isEmpty()) {
            out.append("The ").append(top.size()).append(" highest-scoring Vigil false positives:\n\n");
            out.append(top.table()).append('\n');
        }
        return out.toString();
    }
}
