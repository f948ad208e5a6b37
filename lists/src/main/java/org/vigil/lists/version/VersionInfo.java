package org.vigil.lists.version;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.model.SourceIds;

/**
 * What is known about one stored version of a list.
 *
 * @param id        {@code source@YYYY-MM-DD-hash8}: the publication date read from the file (or, for formats without
 *                  one, the day it was first loaded) and the first 8 hex digits of the content hash
 * @param published the publication date stated inside the file, if any
 * @param sha256    SHA-256 of the file, or for several files of their {@code sha256sum} lines in name order
 * @param loadedAt  when this content was first loaded
 * @param files     the stored file names
 * @param origin    where the files came from (a path, a URL, "bundled")
 * @param warnings  how many non-fatal parse warnings the load produced
 */
public record VersionInfo(String id, String source, ListFormat format, Optional<Instant> published, String sha256,
                          Instant loadedAt, Counts counts, List<String> files, String origin, int warnings) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public VersionInfo {
        Objects.requireNonNull(id, "id");
        SourceIds.require(source);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(loadedAt, "loadedAt");
        Objects.requireNonNull(counts, "counts");
        files = List.copyOf(files);
        origin = origin == null ? "" : origin;
    }

    public static String makeId(String source, Optional<Instant> published, Instant loadedAt, String sha256) {
        return source + "@" + DAY.format(published.orElse(loadedAt)) + "-" + sha256.substring(0, 8);
    }

    /** The publication date if the file states one, else the load time. */
    public Instant effectiveDate() {
        return published.orElse(loadedAt);
    }
}
