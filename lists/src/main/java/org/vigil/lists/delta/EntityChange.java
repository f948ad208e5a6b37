package org.vigil.lists.delta;

import java.util.List;
import org.vigil.lists.model.Entity;

/** A record present in both versions whose content differs, with the fields that changed. */
public record EntityChange(Entity before, Entity after, List<FieldChange> fields) {

    public EntityChange {
        fields = List.copyOf(fields);
    }

    /** True if a name was added or removed: the change that matters most for screening. */
    public boolean namesChanged() {
        return fields.stream().anyMatch(f -> f.field().equals(Fields.NAMES));
    }
}
