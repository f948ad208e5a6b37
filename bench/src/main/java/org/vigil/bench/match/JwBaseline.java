package org.vigil.bench.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Name;
import org.vigil.match.score.Strings;

/**
 * The baseline: brute-force best-pair Jaro-Winkler of the whole query against every listed name (what OFAC's search
 * tool and watchman do). Names and query are normalised with {@link NameNorm} (NFKC, case folding, punctuation to
 * spaces); a record matches when its best name scores at or above the threshold. No index, no pruning: every query
 * is compared with every name. Not thread-safe (scratch arrays for long names).
 */
public final class JwBaseline {
    /** The baseline's threshold (a common setting of JW-based screening tools). */
    public static final double THRESHOLD = 0.92;
    /** A looser setting, reported beside it. */
    public static final double LOW_THRESHOLD = 0.85;

    private final Entity[] entities;
    private final String[] names;
    private final String[] raw;
    private final int[] nameEntity;

    /** Best score of a query, and every record that reached the minimum asked for. */
    public record Hits(double best, int bestName, Map<EntityId, Double> above) {
        public boolean matches(EntityId id, double threshold) {
            Double s = above.get(id);
            return s != null && s >= threshold;
        }

        public boolean any(double threshold) {
            return best >= threshold;
        }
    }

    private JwBaseline(List<Entity> entities, Predicate<Name> keep) {
        this.entities = entities.toArray(Entity[]::new);
        List<String> ns = new ArrayList<>();
        List<String> rs = new ArrayList<>();
        List<Integer> ne = new ArrayList<>();
        for (int e = 0; e < this.entities.length; e++) {
            for (Name n : this.entities[e].names()) {
                if (!keep.test(n)) {
                    continue;
                }
                String norm = NameNorm.of(n.value());
                if (!norm.isEmpty()) {
                    ns.add(norm);
                    rs.add(n.value());
                    ne.add(e);
                }
            }
        }
        names = ns.toArray(String[]::new);
        raw = rs.toArray(String[]::new);
        nameEntity = ne.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Over every name of every record. */
    public static JwBaseline of(List<Entity> entities) {
        return new JwBaseline(entities, n -> true);
    }

    /** Over the names {@code keep} accepts. */
    public static JwBaseline of(List<Entity> entities, Predicate<Name> keep) {
        return new JwBaseline(entities, keep);
    }

    public int nameCount() {
        return names.length;
    }

    public Entity entityOfName(int name) {
        return entities[nameEntity[name]];
    }

    public String nameValue(int name) {
        return raw[name];
    }

    /** Screens one query: the best score overall and each record whose best name reaches {@code min}. */
    public Hits search(String query, double min) {
        String q = NameNorm.of(query);
        double best = 0;
        int bestName = -1;
        Map<EntityId, Double> above = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            double s = jaroWinkler(q, names[i]);
            if (s > best) {
                best = s;
                bestName = i;
            }
            if (s >= min) {
                above.merge(entities[nameEntity[i]].id(), s, Math::max);
            }
        }
        return new Hits(best, bestName, above);
    }

    /** The name (index) most similar to {@code query} among the names {@code accept} allows; -1 if none. */
    public int nearest(String query, IntPredicate accept) {
        String q = NameNorm.of(query);
        double best = -1;
        int bestName = -1;
        for (int i = 0; i < names.length; i++) {
            if (!accept.test(i)) {
                continue;
            }
            double s = jaroWinkler(q, names[i]);
            if (s > best) {
                best = s;
                bestName = i;
            }
        }
        return bestName;
    }

    /** The normalised form of a name of this baseline. */
    public String normalised(int name) {
        return names[name];
    }

    /** Jaro-Winkler of two normalised strings (prefix scale 0.1, up to 4 characters), any length. */
    public double jaroWinkler(String a, String b) {
        return Strings.jaroWinkler(a, b);
    }
}
