package org.vigil.lists.format.ftm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One FollowTheMoney entity as it appears on a line: {@code {"id", "schema", "caption", "properties": {name: [values]},
 * "referents", "datasets", "first_seen", "last_seen", "last_change", "target"}}. Values are kept as written.
 *
 * @param line  the line it was read from
 * @param extra other top-level fields (texts or lists of texts), in file order
 */
record FtmEntity(long line, String id, String schema, String caption, Map<String, List<String>> properties,
                 List<String> referents, List<String> datasets, String firstSeen, String lastSeen,
                 String lastChange, Optional<Boolean> target, Map<String, List<String>> extra) {

    FtmEntity {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        referents = List.copyOf(referents);
        datasets = List.copyOf(datasets);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The values of an FtM property, or an empty list. */
    List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first non-blank value of an FtM property. */
    Optional<String> first(String property) {
        return values(property).stream().filter(v -> !v.isBlank()).findFirst();
    }
}
