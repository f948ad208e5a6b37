package org.vigil.bench.match;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;
import org.vigil.match.NameComparator;

/**
 * Pairwise precision, recall and F1 on labelled name pairs, scored with {@link NameComparator#withStatistics} over
 * the bundled index and with plain Jaro-Winkler. Positives: two different names (after {@link NameNorm}) of one
 * UN/OFAC record among its primary, strong-alias and original-script names that are spellings of one name
 * ({@link #spellingsOfOneName}; one pair per record, seeded, up to {@value #SAMPLE}), and the yente (untreated, treated) pairs that differ. Negatives: for {@value #SAMPLE} seeded
 * listed names, the most similar (by Jaro-Winkler) Latin primary/strong-alias name of another record that is not the
 * same subject on another list and not the same text; and for {@value #SAMPLE} seeded negatives_us names, the listed
 * name nearest by Jaro-Winkler.
 */
public final class LabelledPairs {
    public static final int SAMPLE = 1_000;
    public static final long SEED = 42;

    /** One labelled pair; {@code group} says where it came from. */
    public record Pair(String name1, String name2, Schema schema, boolean label, String group) {
    }

    private record Scored(Pair pair, double vigil, double jw, String why) {
    }

    private record Prf(int tp, int fp, int fn, double threshold) {
        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final List<Pair> pairs = new ArrayList<>();
    private int homonyms;
    private int differentNames;

    /**
     * Whether two names of one record are spellings of one name rather than different aliases ("KO, Tae Hun" and
     * "KIM, Myong Gi" are both names of one person but no name matcher should pair them): they share a token of three
     * letters or more after normalisation, or their whole-name Jaro-Winkler is at least 0.8, or one of them is in
     * another script. This is the blocking step by which labelled name-pair sets are made (a reviewer judges
     * candidate pairs); it uses no part of Vigil's matching.
     */
    static boolean spellingsOfOneName(Name a, Name b) {
        if (!NameNorm.isLatin(a.value()) || !NameNorm.isLatin(b.value())) {
            return true;
        }
        String x = NameNorm.of(a.value());
        String y = NameNorm.of(b.value());
        java.util.Set<String> tx = new java.util.HashSet<>(java.util.Arrays.asList(x.split(" ")));
        for (String t : y.split(" ")) {
            if (t.length() >= 3 && tx.contains(t)) {
                return true;
            }
        }
        return org.vigil.match.score.Strings.jaroWinkler(x, y) >= 0.8;
    }

    private static boolean strong(Name n) {
        return n.kind() == NameKind.PRIMARY || n.kind() == NameKind.STRONG_ALIAS
                || n.kind() == NameKind.ORIGINAL_SCRIPT;
    }

    private static boolean strongLatin(Name n) {
        return (n.kind() == NameKind.PRIMARY || n.kind() == NameKind.STRONG_ALIAS) && NameNorm.isLatin(n.value());
    }

    /**
     * Builds the pair set. {@code positives} and {@code negatives} may be null (yente data absent): their pairs are
     * then left out.
     */
    public LabelledPairs(Bundled b, YentePositives positives, YenteNegatives negatives) {
        Random rnd = new Random(SEED);
        List<Entity> multi = new ArrayList<>();
        for (Entity e : b.entities) {
            if (distinct(e).size() >= 2) {
                multi.add(e);
            }
        }
        Collections.shuffle(multi, rnd);
        int taken = 0;
        for (Entity e : multi) {
            if (taken == SAMPLE) {
                break;
            }
            List<Name> ns = distinct(e);
            List<int[]> candidates = new ArrayList<>();
            for (int i = 0; i < ns.size(); i++) {
                for (int j = i + 1; j < ns.size(); j++) {
                    if (spellingsOfOneName(ns.get(i), ns.get(j))) {
                        candidates.add(new int[] {i, j});
                    }
                }
            }
            if (candidates.isEmpty()) {
                differentNames++;
                continue;
            }
            int[] c = candidates.get(rnd.nextInt(candidates.size()));
            boolean swap = rnd.nextBoolean();
            Name a = ns.get(swap ? c[1] : c[0]);
            Name z = ns.get(swap ? c[0] : c[1]);
            pairs.add(new Pair(a.value(), z.value(), e.schema(), true, "same record"));
            taken++;
        }
        if (positives != null) {
            for (YentePositives.Case c : positives.cases()) {
                String u = c.untreated().fullName();
                String t = c.treated().fullName();
                if (!NameNorm.of(u).equals(NameNorm.of(t))) {
                    pairs.add(new Pair(u, t, Schema.PERSON, true, "yente untreated/treated"));
                }
            }
        }
        JwBaseline pool = JwBaseline.of(b.entities, LabelledPairs::strongLatin);
        List<Integer> seeds = new ArrayList<>();
        for (int i = 0; i < pool.nameCount(); i++) {
            seeds.add(i);
        }
        Collections.shuffle(seeds, rnd);
        for (int seed : seeds.subList(0, Math.min(SAMPLE, seeds.size()))) {
            Entity e = pool.entityOfName(seed);
            String norm = pool.normalised(seed);
            int other = pool.nearest(pool.nameValue(seed), k -> partner(b, e, pool.entityOfName(k)));
            if (other >= 0 && pool.normalised(other).equals(norm)) {
                homonyms++;
                other = pool.nearest(pool.nameValue(seed), k -> partner(b, e, pool.entityOfName(k))
                        && !pool.normalised(k).equals(norm));
            }
            if (other >= 0) {
                Entity o = pool.entityOfName(other);
                pairs.add(new Pair(pool.nameValue(seed), pool.nameValue(other),
                        o.schema() == e.schema() ? e.schema() : Schema.UNKNOWN, false, "hard negative (listed)"));
            }
        }
        if (negatives != null) {
            List<YenteRow> rows = new ArrayList<>(negatives.rows());
            Collections.shuffle(rows, rnd);
            for (YenteRow r : rows.subList(0, Math.min(SAMPLE, rows.size()))) {
                int near = pool.nearest(r.fullName(), k -> true);
                if (near >= 0) {
                    pairs.add(new Pair(r.fullName(), pool.nameValue(near), Schema.PERSON, false,
                            "negatives_us vs nearest listed"));
                }
            }
        }
    }

    /**
     * A record whose name may serve as a hard negative for a name of {@code seed}: another record of the same list
     * that is not cross-referenced with it. Records of the other list are not used: the UN and OFAC lists share
     * hundreds of subjects that no cross-reference links, and their names would be mislabelled negatives. A list
     * rarely designates one subject twice, but it happens (OFAC 2021 has both "AWES, Shaykh Hassan Dahir" and
     * "AWEYS, Sheikh Hassan Dahir"), so a few hard negatives remain label noise.
     */
    private static boolean partner(Bundled b, Entity seed, Entity other) {
        return other.id().source().equals(seed.id().source()) && !other.id().equals(seed.id())
                && !b.sameSubject(seed.id(), other.id());
    }

    /** The strong names of a record, one per normalised form. */
    private static List<Name> distinct(Entity e) {
        Set<String> seen = new HashSet<>();
        List<Name> out = new ArrayList<>();
        for (Name n : e.names()) {
            if (strong(n) && seen.add(NameNorm.of(n.value()))) {
                out.add(n);
            }
        }
        return out;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** Writes name1,name2,schema,label (label true/false), for {@code vigil compare --input}. */
    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name1,name2,schema,label\n");
            for (Pair p : pairs) {
                w.write(csv(p.name1()) + "," + csv(p.name2()) + "," + p.schema().label() + "," + p.label() + "\n");
            }
        }
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    public String evaluate(Bundled b, double threshold, Path written, Summary summary) {
        NameComparator cmp = NameComparator.withStatistics(b.index);
        List<Scored> scored = new ArrayList<>();
        int rejected = 0;
        for (Pair p : pairs) {
            double v;
            String why = "";
            try {
                NameComparator.Comparison c = cmp.compare(p.name1(), p.name2(), p.schema());
                v = c.score();
                why = Probe.alignment(c.explanation());
            } catch (IllegalArgumentException e) {
                v = 0;
                rejected++;
            }
            scored.add(new Scored(p, v, b.baseline.jaroWinkler(NameNorm.of(p.name1()), NameNorm.of(p.name2())), why));
        }
        Prf vigil = prf(scored, true, threshold);
        Prf jw = prf(scored, false, JwBaseline.THRESHOLD);
        Prf jwLow = prf(scored, false, JwBaseline.LOW_THRESHOLD);
        Prf jwBest = best(scored, false);
        Prf vigilBest = best(scored, true);

        summary.add("Pairwise F1 (P / R), labelled pairs", f1(vigil), f1(jw), f1(jwLow),
                "JW's best F1 on this set: " + MdTable.num(jwBest.f1(), 3) + " at " + MdTable.num(jwBest.threshold(),
                3) + " (tuned on the test set); Vigil's: " + MdTable.num(vigilBest.f1(), 3) + " at "
                + MdTable.num(vigilBest.threshold(), 3));

        StringBuilder out = new StringBuilder("### Labelled pairs (pairwise F1)\n\n");
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (Pair p : pairs) {
            groups.computeIfAbsent(group(p), k -> new int[1])[0]++;
        }
        out.append(String.format(Locale.ROOT, "%,d pairs written to `%s` (columns name1,name2,schema,label; rerun "
                + "with `vigil compare --input`). Hard negatives pair a listed name with the most similar name (by JW) "
                + "of another record of the same list (records of the other list are not used: UN and OFAC share "
                + "hundreds of subjects that no cross-reference links; a list itself rarely lists one subject twice, "
                + "so a few remain label noise); for %d seeds that name was the same text (a "
                + "namesake) and the nearest other text was used. %d pairs rejected by the comparator (counted as "
                + "non-matches). Vigil: `NameComparator.withStatistics(bundled index)`; JW: whole-string Jaro-Winkler "
                + "of the normalised names. The hard negatives are chosen by the baseline's own JW, so they are "
                + "hardest for it by construction.%n%n", pairs.size(), written, homonyms, rejected));
        MdTable g = new MdTable("group", "pairs", "Vigil says match", "JW ≥ " + JwBaseline.THRESHOLD + " says match");
        for (Map.Entry<String, int[]> e : groups.entrySet()) {
            int n = e.getValue()[0];
            int v = 0;
            int j = 0;
            for (Scored s : scored) {
                if (e.getKey().equals(group(s.pair()))) {
                    v += s.vigil() >= threshold ? 1 : 0;
                    j += s.jw() >= JwBaseline.THRESHOLD ? 1 : 0;
                }
            }
            g.row(e.getKey(), n, MdTable.rate(v, n), MdTable.rate(j, n));
        }
        out.append(g).append('\n');
        MdTable t = new MdTable("scorer", "threshold", "precision", "recall", "F1");
        t.row("Vigil", MdTable.num(threshold, 3), vigil.precision(), vigil.recall(), "**" + MdTable.num(vigil.f1(), 3)
                + "**");
        t.row("JW baseline", MdTable.num(JwBaseline.THRESHOLD, 3), jw.precision(), jw.recall(), jw.f1());
        t.row("JW baseline", MdTable.num(JwBaseline.LOW_THRESHOLD, 3), jwLow.precision(), jwLow.recall(), jwLow.f1());
        boolean everything = jwBest.recall() == 1 && jwBest.threshold() <= minJw(scored);
        t.row("JW baseline, best F1 on this set (tuned on the test set: optimistic)"
                        + (everything ? "; = calling every pair a match" : ""), MdTable.num(jwBest.threshold(), 3),
                jwBest.precision(), jwBest.recall(), jwBest.f1());
        t.row("Vigil, best F1 on this set (tuned on the test set: optimistic)", MdTable.num(vigilBest.threshold(), 3),
                vigilBest.precision(), vigilBest.recall(), vigilBest.f1());
        List<Scored> spelling = scored.stream().filter(x -> !group(x.pair()).endsWith(NO_TOKEN)).toList();
        int dropped = scored.size() - spelling.size();
        Prf vs = prf(spelling, true, threshold);
        Prf js = prf(spelling, false, JwBaseline.THRESHOLD);
        t.row("Vigil, without the " + dropped + " same-record pairs that share no token", MdTable.num(threshold, 3),
                vs.precision(), vs.recall(), vs.f1());
        t.row("JW baseline, without them", MdTable.num(JwBaseline.THRESHOLD, 3), js.precision(), js.recall(),
                js.f1());
        out.append(t).append('\n');
        out.append("Same-record pairs that share no token are mostly unrelated aliases of one record (a person's "
                + "other name, a company's trade name) or a Latin name beside its original-script form; "
                + "the rows without them show what spelling variation alone costs.\n\n");

        List<Scored> fps = scored.stream().filter(s -> !s.pair().label() && s.vigil() >= threshold)
                .sorted(Comparator.comparingDouble(Scored::vigil).reversed()).limit(12).toList();
        if (!fps.isEmpty()) {
            out.append("Vigil's highest-scoring negative pairs at or above the threshold:\n\n");
            MdTable m = new MdTable("name 1", "name 2", "group", "Vigil", "JW", "alignment");
            fps.forEach(s -> m.row(MdTable.code(s.pair().name1()), MdTable.code(s.pair().name2()), s.pair().group(),
                    s.vigil(), s.jw(), s.why()));
            out.append(m).append('\n');
        }
        List<Scored> fns = scored.stream().filter(s -> s.pair().label() && s.vigil() < threshold)
                .sorted(Comparator.comparingDouble(Scored::vigil)).limit(12).toList();
        if (!fns.isEmpty()) {
            long count = scored.stream().filter(s -> s.pair().label() && s.vigil() < threshold).count();
            out.append("Vigil's lowest-scoring positive pairs (").append(count).append(" below the threshold):\n\n");
            MdTable m = new MdTable("name 1", "name 2", "group", "Vigil", "JW", "alignment");
            fns.forEach(s -> m.row(MdTable.code(s.pair().name1()), MdTable.code(s.pair().name2()), s.pair().group(),
                    s.vigil(), s.jw(), s.why()));
            out.append(m).append('\n');
        }
        return out.toString();
    }

    private static final String NO_TOKEN = "no shared token";

    /** The breakdown group: label, source, and for same-record positives whether the names share a token. */
    private static String group(Pair p) {
        String g = (p.label() ? "positive: " : "negative: ") + p.group();
        if (p.label() && p.group().equals("same record")) {
            g += Collections.disjoint(NameNorm.tokens(p.name1()), NameNorm.tokens(p.name2())) ? ", " + NO_TOKEN
                    : ", sharing a token";
        }
        return g;
    }

    private static double minJw(List<Scored> scored) {
        return scored.stream().mapToDouble(Scored::jw).min().orElse(0);
    }

    private static String f1(Prf p) {
        return String.format(Locale.ROOT, "%.3f (%.3f / %.3f)", p.f1(), p.precision(), p.recall());
    }

    private static Prf prf(List<Scored> scored, boolean vigil, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : scored) {
            boolean match = (vigil ? s.vigil() : s.jw()) >= threshold;
            if (match && s.pair().label()) {
                tp++;
            } else if (match) {
                fp++;
            } else if (s.pair().label()) {
                fn++;
            }
        }
        return new Prf(tp, fp, fn, threshold);
    }

    /** The threshold with the best F1 on these pairs (every distinct score tried). */
    private static Prf best(List<Scored> scored, boolean vigil) {
        Prf best = new Prf(0, 0, 0, 1);
        double[] ts = scored.stream().mapToDouble(s -> vigil ? s.vigil() : s.jw()).distinct().sorted().toArray();
        for (double t : ts) {
            Prf p = prf(scored, vigil, t);
            if (p.f1() > best.f1()) {
                best = p;
            }
        }
        return best;
    }
}
