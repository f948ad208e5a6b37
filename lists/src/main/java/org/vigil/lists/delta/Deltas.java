package org.vigil.lists.delta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.version.ListVersion;

/** Computes the {@link Delta} between two versions at record and field level. */
public final class Deltas {
    private Deltas() {
    }

    public static Delta between(ListVersion from, ListVersion to) {
        return between(from.id(), from.entities(), to.id(), to.entities());
    }

    public static Delta between(String fromLabel, List<Entity> from, String toLabel, List<Entity> to) {
        Map<EntityId, Entity> before = index(from);
        Map<EntityId, Entity> after = index(to);
        List<Entity> added = new ArrayList<>();
        List<Entity> removed = new ArrayList<>();
        List<EntityChange> changed = new ArrayList<>();
        int unchanged = 0;
        Set<EntityId> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (EntityId id : ids) {
            Entity a = before.get(id);
            Entity b = after.get(id);
            if (a == null) {
                added.add(b);
            } else if (b == null) {
                removed.add(a);
            } else if (a.equals(b)) {
                unchanged++;
            } else {
                List<FieldChange> fields = compare(a, b);
                if (fields.isEmpty()) {
                    unchanged++; // differences only in order, which the rendering does not show
                } else {
                    changed.add(new EntityChange(a, b, fields));
                }
            }
        }
        return new Delta(fromLabel, toLabel, added, removed, changed, unchanged);
    }

    /** The fields that differ between two versions of one record. */
    public static List<FieldChange> compare(Entity before, Entity after) {
        Map<String, List<String>> a = Fields.render(before);
        Map<String, List<String>> b = Fields.render(after);
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String f : fields) {
            List<String> va = a.getOrDefault(f, List.of());
            List<String> vb = b.getOrDefault(f, List.of());
            Set<String> sa = new HashSet<>(va);
            Set<String> sb = new HashSet<>(vb);
            List<String> plus = vb.stream().filter(v -> !sa.contains(v)).distinct().toList();
            List<String> minus = va.stream().filter(v -> !sb.contains(v)).distinct().toList();
            if (!plus.isEmpty() || !minus.isEmpty()) {
                out.add(new FieldChange(f, plus, minus));
            }
        }
        return out;
    }

    private static Map<EntityId, Entity> index(List<Entity> entities) {
        Map<EntityId, Entity> m = new java.util.HashMap<>(entities.size() * 2);
        for (Entity e : entities) {
            m.put(e.id(), e);
        }
        return m;
    }
}
