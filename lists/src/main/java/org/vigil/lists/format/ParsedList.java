package org.vigil.lists.format;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.SourceIds;

/**
 * What a parser read from one publication of a list.
 *
 * @param published the publication date stated inside the file, if the format has one (UN dateGenerated, UK "Last
 *                  Updated", EU generationDate); OFAC's legacy CSV states none
 * @param warnings  problems that did not stop the load (an unknown country name, an unreadable date in a remark),
 *                  each naming file and line
 */
public record ParsedList(String source, ListFormat format, Optional<Instant> published, List<Entity> entities,
                         List<String> warnings) {

    public ParsedList {
        SourceIds.require(source);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(published, "published");
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }
}
