package org.vigil.bench.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.identity.Subject;
import org.vigil.lists.identity.SubjectIndex;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.version.ListVersion;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;

/**
 * Every bundled list loaded once: the records, the match index over all of them (with its build time, median of 5
 * builds after 1 warm-up), the cross-list subjects (to tell a UN record and its OFAC twin apart from a namesake) and
 * the Jaro-Winkler baseline over the same names.
 */
public final class Bundled {
    public static final int BUILD_RUNS = 5;

    public final List<ListVersion> versions;
    public final List<Entity> entities;
    public final MatchIndex index;
    public final Screener screener;
    public final JwBaseline baseline;
    public final SubjectIndex subjects;
    private final Map<EntityId, Entity> byId = new HashMap<>();
    private final long[] buildNanos = new long[BUILD_RUNS];
    private final long warmupNanos;

    public Bundled(List<ListVersion> versions) {
        this.versions = List.copyOf(versions);
        List<Entity> all = new ArrayList<>();
        versions.forEach(v -> all.addAll(v.entities()));
        entities = List.copyOf(all);
        entities.forEach(e -> byId.put(e.id(), e));
        long t = System.nanoTime();
        MatchIndex ix = MatchIndex.build(entities);
        warmupNanos = System.nanoTime() - t;
        for (int i = 0; i < BUILD_RUNS; i++) {
            t = System.nanoTime();
            ix = MatchIndex.build(entities);
            buildNanos[i] = System.nanoTime() - t;
        }
        index = ix;
        screener = new Screener(index);
        baseline = JwBaseline.of(entities);
        subjects = SubjectIndex.build(versions);
    }

    public Entity entity(EntityId id) {
        return byId.get(id);
    }

    /** True if the two records are the same subject on different lists (a UN/OFAC cross-reference). */
    public boolean sameSubject(EntityId a, EntityId b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<Subject> s = subjects.subjectOf(a);
        return s.isPresent() && s.get().members().contains(b);
    }

    public double medianBuildMillis() {
        long[] s = buildNanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    public double minBuildMillis() {
        return Arrays.stream(buildNanos).min().orElse(0) / 1e6;
    }

    public double maxBuildMillis() {
        return Arrays.stream(buildNanos).max().orElse(0) / 1e6;
    }

    public double warmupBuildMillis() {
        return warmupNanos / 1e6;
    }

    /** Markdown: what the index holds and how long it takes to build. */
    public String describe() {
        MdTable t = new MdTable("list", "records", "names");
        for (ListVersion v : versions) {
            t.row(v.id(), MdTable.num(v.size(), 0), MdTable.num(v.info().counts().names(), 0));
        }
        return t + "\nMatch index over all of them: " + MdTable.num(index.entityCount(), 0) + " records, "
                + MdTable.num(index.nameCount(), 0) + " names, " + MdTable.num(index.termCount(), 0)
                + " terms. Build time (`MatchIndex.build` on all cores: names analysed and term keys computed in "
                + "parallel): median **"
                + MdTable.num(medianBuildMillis(), 0) + " ms** of " + BUILD_RUNS + " builds (min "
                + MdTable.num(minBuildMillis(), 0) + ", max " + MdTable.num(maxBuildMillis(), 0)
                + ") after 1 warm-up build (" + MdTable.num(warmupBuildMillis(), 0) + " ms, cold JIT). "
                + "The baseline compares each query with all " + MdTable.num(baseline.nameCount(), 0)
                + " names.\n";
    }
}
