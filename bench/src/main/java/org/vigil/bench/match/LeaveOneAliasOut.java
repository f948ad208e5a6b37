package org.vigil.bench.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;

/**
 * Leave-one-alias-out on the UN and OFAC lists. From records with at least two Latin-script names of kind primary or
 * strong alias, one such name that is not the primary is held out (seeded; up to {@value #PER_SOURCE} records per
 * source); the held-out names are split into {@value #FOLDS} folds; for each fold an index over all bundled records
 * is built with the fold's held-out names removed (with every other name of the record that is equal after
 * {@link NameNorm}), and each held-out name is screened, name only. A held-out name is "hard" when it shares no token
 * with any remaining name of its record.
 */
public final class LeaveOneAliasOut {
    public static final int PER_SOURCE = 1_500;
    public static final int FOLDS = 5;
    public static final long SEED = 42;
    private static final List<String> SOURCES = List.of("un-sc", "us-ofac-sdn");

    private record HeldOut(Entity entity, String alias, boolean hard) {
    }

    private static final class Tally {
        int n;
        int vigil;
        int jw;
        int jwLow;
        int hardN;
        int hardVigil;
        int hardJw;
        int hardJwLow;
    }

    private static boolean strongLatin(Name n) {
        return (n.kind() == NameKind.PRIMARY || n.kind() == NameKind.STRONG_ALIAS) && NameNorm.isLatin(n.value());
    }

    public String evaluate(Bundled b, ScreenOptions opt, Summary summary) {
        Random rnd = new Random(SEED);
        List<HeldOut> held = new ArrayList<>();
        Map<String, Integer> eligible = new LinkedHashMap<>();
        for (String source : SOURCES) {
            List<Entity> candidates = new ArrayList<>();
            for (Entity e : b.entities) {
                if (e.id().source().equals(source) && e.names().stream().filter(LeaveOneAliasOut::strongLatin)
                        .count() >= 2 && !choices(e).isEmpty()) {
                    candidates.add(e);
                }
            }
            eligible.put(source, candidates.size());
            Collections.shuffle(candidates, rnd);
            for (Entity e : candidates.subList(0, Math.min(PER_SOURCE, candidates.size()))) {
                List<Name> aliases = choices(e);
                String alias = aliases.get(rnd.nextInt(aliases.size())).value();
                String norm = NameNorm.of(alias);
                Set<String> rest = new HashSet<>();
                e.names().stream().filter(n -> !NameNorm.of(n.value()).equals(norm))
                        .forEach(n -> rest.addAll(NameNorm.tokens(n.value())));
                boolean hard = Collections.disjoint(NameNorm.tokens(alias), rest);
                held.add(new HeldOut(e, alias, hard));
            }
        }
        Collections.shuffle(held, rnd);

        Map<String, Tally> tallies = new LinkedHashMap<>();
        SOURCES.forEach(s -> tallies.put(s, new Tally()));
        List<String[]> misses = new ArrayList<>();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        int rejected = 0;
        long buildNanos = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            Map<EntityId, HeldOut> inFold = new HashMap<>();
            for (int i = fold; i < held.size(); i += FOLDS) {
                inFold.put(held.get(i).entity().id(), held.get(i));
            }
            List<Entity> entities = new ArrayList<>(b.entities.size());
            for (Entity e : b.entities) {
                HeldOut h = inFold.get(e.id());
                entities.add(h == null ? e : without(e, h.alias()));
            }
            long t = System.nanoTime();
            Screener s = new Screener(MatchIndex.build(entities));
            buildNanos += System.nanoTime() - t;
            JwBaseline jw = JwBaseline.of(entities);
            for (HeldOut h : inFold.values()) {
                Tally tl = tallies.get(h.entity().id().source());
                Query q = Query.name(h.alias());
                Screener.Result r = Probe.screen(s, q, opt);
                rejected += r == null ? 1 : 0;
                boolean v = Probe.found(r, h.entity().id());
                JwBaseline.Hits jh = jw.search(h.alias(), JwBaseline.LOW_THRESHOLD);
                boolean j = jh.matches(h.entity().id(), JwBaseline.THRESHOLD);
                boolean jl = jh.matches(h.entity().id(), JwBaseline.LOW_THRESHOLD);
                tl.n++;
                tl.vigil += v ? 1 : 0;
                tl.jw += j ? 1 : 0;
                tl.jwLow += jl ? 1 : 0;
                if (h.hard()) {
                    tl.hardN++;
                    tl.hardVigil += v ? 1 : 0;
                    tl.hardJw += j ? 1 : 0;
                    tl.hardJwLow += jl ? 1 : 0;
                }
                if (!v) {
                    Probe.Miss miss = Probe.explain(s, q, Set.of(h.entity().id()));
                    kinds.merge(miss.kind(opt.threshold()) + (h.hard() ? " (hard)" : " (not hard)"), 1,
                            Integer::sum);
                    misses.add(new String[] {MdTable.code(h.alias()), h.entity().id() + " "
                            + MdTable.code(h.entity().caption()), h.hard() ? "hard" : "", miss.note()});
                }
            }
        }

        StringBuilder out = new StringBuilder("### Leave-one-alias-out (UN, OFAC)\n\n");
        out.append(String.format(Locale.ROOT, "Records with ≥ 2 Latin-script primary/strong-alias names, one of "
                + "them a strong alias that differs from the primary name after normalisation: %s. Held out one "
                + "strong alias per record (seeded Random(%d), up to %,d records per source), %d folds; each fold's "
                + "index holds all %,d bundled records with the fold's held-out names removed (and names equal to "
                + "them after normalisation). Mean index build per fold: %,.0f ms. Queries name only; %d "
                + "rejected. \"Hard\": the held-out name shares no token (casefolded) with any remaining name of "
                + "its record.%n%n", eligible, SEED, PER_SOURCE, FOLDS, b.entities.size(),
                buildNanos / 1e6 / FOLDS, rejected));
        MdTable t = new MdTable("source", "held out", "Vigil recall", "JW ≥ " + JwBaseline.THRESHOLD,
                "JW ≥ " + JwBaseline.LOW_THRESHOLD, "hard", "Vigil recall (hard)", "JW ≥ " + JwBaseline.THRESHOLD
                + " (hard)", "JW ≥ " + JwBaseline.LOW_THRESHOLD + " (hard)");
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally x = e.getValue();
            t.row(e.getKey(), MdTable.num(x.n, 0), MdTable.rate(x.vigil, x.n), MdTable.rate(x.jw, x.n),
                    MdTable.rate(x.jwLow, x.n), MdTable.num(x.hardN, 0), MdTable.rate(x.hardVigil, x.hardN),
                    MdTable.rate(x.hardJw, x.hardN), MdTable.rate(x.hardJwLow, x.hardN));
            summary.add("Recall, leave-one-alias-out " + e.getKey(), MdTable.rate(x.vigil, x.n),
                    MdTable.rate(x.jw, x.n), MdTable.rate(x.jwLow, x.n), "");
            summary.add("Recall, leave-one-alias-out " + e.getKey() + ", hard aliases only",
                    MdTable.rate(x.hardVigil, x.hardN), MdTable.rate(x.hardJw, x.hardN),
                    MdTable.rate(x.hardJwLow, x.hardN), x.hardN + " of " + x.n + " share no token");
        }
        out.append(t).append('\n');
        if (!misses.isEmpty()) {
            long nonHard = misses.stream().filter(m -> m[2].isEmpty()).count();
            out.append(String.format(Locale.ROOT, "Vigil missed %,d held-out names (%,d of them not hard). Where "
                    + "the expected record was when screened again at threshold 0 (limit 50):%n%n", misses.size(),
                    nonHard));
            MdTable k = new MdTable("miss", "count");
            kinds.forEach((key, c) -> k.row(key, c));
            out.append(k).append("\nThe first 20 misses that are not hard (in fold order):\n\n");
            MdTable m = new MdTable("held-out name", "record", "", "why");
            misses.stream().filter(x -> x[2].isEmpty()).limit(20).forEach(x -> m.row((Object[]) x));
            out.append(m).append('\n');
        }
        return out.toString();
    }

    /** The Latin strong aliases of a record that differ from its primary name(s) after normalisation. */
    private static List<Name> choices(Entity e) {
        Set<String> primary = new HashSet<>();
        e.names().stream().filter(n -> n.kind() == NameKind.PRIMARY).forEach(n -> primary.add(NameNorm.of(n.value())));
        return e.names().stream().filter(n -> n.kind() == NameKind.STRONG_ALIAS && NameNorm.isLatin(n.value())
                && !primary.contains(NameNorm.of(n.value()))).toList();
    }

    /** The record without {@code alias} (and without names equal to it after {@link NameNorm}). */
    static Entity without(Entity e, String alias) {
        String norm = NameNorm.of(alias);
        return keep(e, n -> !NameNorm.of(n.value()).equals(norm));
    }

    /** The record with only the names {@code keep} accepts (at least one must remain). */
    static Entity keep(Entity e, java.util.function.Predicate<Name> keep) {
        List<Name> names = e.names().stream().filter(keep).toList();
        return new Entity(e.id(), e.schema(), names, e.gender(), e.birthDates(), e.birthPlaces(), e.nationalities(),
                e.countries(), e.addresses(), e.documents(), e.programmes(), e.listedOn(), e.lastUpdated(),
                e.remarks(), e.links(), e.properties());
    }
}
