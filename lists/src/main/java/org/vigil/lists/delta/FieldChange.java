package org.vigil.lists.delta;

import java.util.List;

/**
 * How one field of a record changed between two versions: the values only in the newer version and those only in
 * the older. Values are rendered as short canonical strings (e.g. {@code strong-alias: Jamaat-ud-Dawa}).
 */
public record FieldChange(String field, List<String> added, List<String> removed) {

    public FieldChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
