package org.vigil.lists.delta;

import java.util.List;
import org.vigil.lists.model.Entity;

/**
 * The difference between two versions of a list, by record id: records added, removed and changed (with the fields
 * that changed). Records are compared by id, so two versions of different sources share nothing.
 */
public record Delta(String from, String to, List<Entity> added, List<Entity> removed, List<EntityChange> changed,
                    int unchanged) {

    public Delta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
