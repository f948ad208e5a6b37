package org.vigil.lists.version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.lists.format.UnReferences;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKey;
import org.vigil.lists.model.NameKind;

/**
 * One immutable, index-ready version of a list: its entities by id, links resolved to ids where the source names the
 * other record, and the reverse links ("who links to this record"). Thread-safe.
 */
public final class ListVersion {
    private final VersionInfo info;
    private final List<Entity> entities;
    private final Map<EntityId, Entity> byId;
    private final Map<EntityId, List<Incoming>> incoming;
    private final List<String> warnings;

    private ListVersion(VersionInfo info, List<Entity> entities, Map<EntityId, Entity> byId,
                        Map<EntityId, List<Incoming>> incoming, List<String> warnings) {
        this.info = info;
        this.entities = entities;
        this.byId = byId;
        this.incoming = incoming;
        this.warnings = warnings;
    }

    /** A link pointing at a record of this version, seen from the record it points at. */
    public record Incoming(EntityId from, Link link) {
    }

    /**
     * Builds the version: checks ids are unique, resolves name references ("Linked To: LASHKAR E-TAYYIBA") to the
     * record of this list whose primary name or strong alias is that name, and UN reference numbers cited by other
     * lists to the record carrying that number (each when exactly one record fits), leaves links to records that
     * are not in the list unresolved, and indexes reverse links.
     *
     * @throws IllegalArgumentException if two records share an id
     */
    public static ListVersion build(VersionInfo info, List<Entity> parsed, List<String> parseWarnings) {
        Objects.requireNonNull(info, "info");
        Map<EntityId, Entity> byId = new LinkedHashMap<>(parsed.size() * 2);
        for (Entity e : parsed) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("two records have the id " + e.id());
            }
        }
        Map<String, Set<EntityId>> byName = nameIndex(parsed);
        List<String> warnings = new ArrayList<>(parseWarnings);
        int unresolved = 0;
        List<Entity> resolved = new ArrayList<>(parsed.size());
        for (Entity e : parsed) {
            boolean changed = false;
            List<Link> links = new ArrayList<>(e.links().size());
            for (Link l : e.links()) {
                Link r = resolve(l, e.id(), byId, byName);
                if (r.target().isEmpty()) {
                    unresolved++;
                }
                changed |= !r.equals(l);
                links.add(r);
            }
            if (changed) {
                Entity.Builder b = e.toBuilder().clearLinks();
                links.forEach(b::link);
                e = b.build();
                byId.put(e.id(), e);
            }
            resolved.add(e);
        }
        if (unresolved > 0) {
            warnings.add(unresolved + " links name a record that is not in this list (kept, unresolved)");
        }
        resolved.sort((a, b) -> a.id().compareTo(b.id()));
        Map<EntityId, List<Incoming>> incoming = new HashMap<>();
        for (Entity e : resolved) {
            for (Link l : e.links()) {
                l.target().ifPresent(t -> incoming.computeIfAbsent(t, k -> new ArrayList<>()).add(new Incoming(e.id(), l)));
            }
        }
        incoming.replaceAll((k, v) -> List.copyOf(v));
        return new ListVersion(info, List.copyOf(resolved), Collections.unmodifiableMap(byId), Map.copyOf(incoming),
                List.copyOf(warnings));
    }

    /**
     * How other records refer to a record by something other than its id: its primary name and strong aliases
     * ("Linked To: LASHKAR E-TAYYIBA"), and, in lists that are not the UN's own, the UN reference number it carries
     * (UK and EU remarks cite "(QDe.118)"; the record with property {@code un-reference} QDe.118 is meant).
     */
    private static Map<String, Set<EntityId>> nameIndex(List<Entity> entities) {
        Map<String, Set<EntityId>> byName = new HashMap<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                if (n.kind() == NameKind.PRIMARY || n.kind() == NameKind.STRONG_ALIAS) {
                    byName.computeIfAbsent(NameKey.exact(n.value()), k -> new LinkedHashSet<>()).add(e.id());
                }
            }
            for (String ref : e.property("un-reference")) {
                UnReferences.normalize(ref).ifPresent(r -> byName.computeIfAbsent(referenceKey(r),
                        k -> new LinkedHashSet<>()).add(e.id()));
            }
        }
        return byName;
    }

    /** Index key of a UN reference, distinct from every name key (those hold no '#'). */
    private static String referenceKey(String unReference) {
        return "#" + unReference;
    }

    private static Set<EntityId> candidates(String reference, Map<String, Set<EntityId>> byName) {
        Optional<String> unRef = UnReferences.normalize(reference);
        if (unRef.isPresent()) {
            return byName.getOrDefault(referenceKey(unRef.get()), Set.of());
        }
        return byName.getOrDefault(NameKey.exact(reference), Set.of());
    }

    private static Link resolve(Link l, EntityId self, Map<EntityId, Entity> byId, Map<String, Set<EntityId>> byName) {
        if (l.target().isPresent()) {
            EntityId t = l.target().get();
            // a reference number to a record this version does not contain stays as text
            return byId.containsKey(t) && !t.equals(self)
                    ? l : new Link(l.type(), l.reference(), Optional.empty(), l.evidence());
        }
        Set<EntityId> candidates = candidates(l.reference(), byName);
        if (candidates.size() == 1) {
            EntityId t = candidates.iterator().next();
            if (!t.equals(self)) {
                return l.resolvedTo(t);
            }
        }
        return l;
    }

    public VersionInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    public String source() {
        return info.source();
    }

    /** All records, sorted by id. */
    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> get(EntityId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return entities.size();
    }

    /** Links from other records of this version to {@code id}. */
    public List<Incoming> incoming(EntityId id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Parse and link-resolution warnings (bounded). */
    public List<String> warnings() {
        return warnings;
    }
}
