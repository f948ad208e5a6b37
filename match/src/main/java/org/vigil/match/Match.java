package org.vigil.match;

import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.NameKind;

/**
 * One listed record that matched a query.
 *
 * @param entity      the listed record
 * @param matchedName the listed name that matched best, as the list writes it
 * @param matchedKind whether that name is the primary name, an alias, ...
 * @param score       0..1; at or above the threshold
 * @param explanation why
 */
public record Match(Entity entity, String matchedName, NameKind matchedKind, double score, Explanation explanation) {

    public EntityId id() {
        return entity.id();
    }

    /** The record's primary name. */
    public String name() {
        return entity.caption();
    }
}
