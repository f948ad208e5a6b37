package org.vigil.lists.format.vigil;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.lists.model.Name;

/**
 * One record of a Vigil watchlist as read from a CSV row or a JSON line, before its values are checked.
 *
 * @param line   the line it starts on
 * @param values the cleaned, non-empty values of each field given (split at ';' where the field allows several)
 * @param names  the JSON {@code names} entries (empty for CSV)
 */
record VigilRecord(long line, Map<VigilField, List<String>> values, List<Name> names) {

    VigilRecord {
        EnumMap<VigilField, List<String>> copy = new EnumMap<>(VigilField.class);
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = Collections.unmodifiableMap(copy);
        names = List.copyOf(names);
    }

    List<String> all(VigilField f) {
        return values.getOrDefault(f, List.of());
    }

    /** The field's only value, or "". */
    String one(VigilField f) {
        List<String> v = all(f);
        return v.isEmpty() ? "" : v.get(0);
    }
}
