package org.vigil.app.web.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.app.AppContext;
import org.vigil.lists.delta.Delta;
import org.vigil.lists.delta.Deltas;
import org.vigil.lists.delta.EntityChange;
import org.vigil.lists.delta.FieldChange;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.version.ListStore;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history of every record of a list: in which stored version it first appeared, changed (with the fields), was
 * removed or listed again. Built from the store's versions, oldest first, and the {@link Deltas} between each
 * version and the next. Building a source's history parses every stored version of it once, so the result is kept
 * per source until another version is stored.
 */
public final class EntityHistory {
    private static final Logger LOG = LoggerFactory.getLogger(EntityHistory.class);

    /**
     * One step in a record's history.
     *
     * @param kind    listed, changed, removed or listed again
     * @param caption the record's name in that version (the last one it had, for {@code removed})
     * @param refused why the version was not activated when it was loaded; empty if it was
     * @param changes the fields that changed (for {@code changed})
     */
    public record Event(String versionId, String date, String kind, String caption, String refused,
            List<FieldChange> changes) {
        public Event {
            changes = List.copyOf(changes);
        }
    }

    private record Built(List<String> versionIds, Map<EntityId, List<Event>> events) {
    }

    private final AppContext ctx;
    private final ListStore store;
    private final Map<String, Built> bySource = new ConcurrentHashMap<>();

    EntityHistory(AppContext ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
    }

    /** The record's history, oldest first; empty if no stored version of its source holds it. */
    List<Event> of(EntityId id) {
        List<VersionInfo> versions = store.versions(id.source());
        List<String> ids = versions.stream().map(VersionInfo::id).toList();
        Built built = bySource.get(id.source());
        if (built == null || !built.versionIds().equals(ids)) {
            synchronized (this) {
                built = bySource.get(id.source());
                if (built == null || !built.versionIds().equals(ids)) {
                    built = build(versions);
                    bySource.put(id.source(), built);
                }
            }
        }
        return built.events().getOrDefault(id, List.of());
    }

    private Built build(List<VersionInfo> versions) {
        long t0 = System.nanoTime();
        Map<EntityId, List<Event>> events = new HashMap<>();
        Set<EntityId> seen = new HashSet<>();
        ListVersion previous = null;
        for (VersionInfo v : versions) {
            ListVersion current;
            try {
                current = Views.load(ctx, v);
            } catch (IOException | ListFormatException | RuntimeException e) {
                LOG.warn("history: cannot read stored version {}; left out: {}", v.id(), e.getMessage());
                continue;
            }
            String refused = store.rejection(v.id()).orElse("");
            String date = Views.day(v.effectiveDate());
            if (previous == null) {
                for (Entity e : current.entities()) {
                    add(events, e.id(), new Event(v.id(), date, "listed", e.caption(), refused, List.of()));
                    seen.add(e.id());
                }
            } else {
                Delta d = Deltas.between(previous, current);
                for (Entity e : d.added()) {
                    add(events, e.id(), new Event(v.id(), date, seen.add(e.id()) ? "listed" : "listed again",
                            e.caption(), refused, List.of()));
                }
                for (Entity e : d.removed()) {
                    add(events, e.id(), new Event(v.id(), date, "removed", e.caption(), refused, List.of()));
                }
                for (EntityChange c : d.changed()) {
                    add(events, c.after().id(), new Event(v.id(), date, "changed", c.after().caption(), refused,
                            c.fields()));
                }
            }
            previous = current;
        }
        LOG.info("history of {} versions built in {} ms", versions.size(), (System.nanoTime() - t0) / 1_000_000);
        return new Built(versions.stream().map(VersionInfo::id).toList(), events);
    }

    private static void add(Map<EntityId, List<Event>> events, EntityId id, Event e) {
        events.computeIfAbsent(id, k -> new ArrayList<>(2)).add(e);
    }
}
