package org.vigil.lists.version;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.model.SourceIds;

/**
 * A request to load a publication of a list into the store.
 *
 * @param files     the file(s), or one directory holding them
 * @param origin    where they came from, for the record (a path, a URL, "bundled")
 * @param maxShrink the largest share of records a new version may lose against the active one before it is refused
 *                  (0.1 = 10 %); a bigger drop usually means a truncated or partial file
 * @param force     activate even if the shrink or publication-date checks fail (never if the file does not parse)
 */
public record ImportRequest(String source, ListFormat format, List<Path> files, String origin, double maxShrink,
                            boolean force, long maxBytesPerFile) {

    public static final double DEFAULT_MAX_SHRINK = 0.10;

    public ImportRequest {
        SourceIds.require(source);
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to load");
        }
        origin = origin == null ? "" : origin;
        if (!(maxShrink >= 0 && maxShrink <= 1)) {
            throw new IllegalArgumentException("maxShrink must be between 0 and 1, got " + maxShrink);
        }
        if (maxBytesPerFile <= 0) {
            throw new IllegalArgumentException("maxBytesPerFile must be positive");
        }
    }

    public static ImportRequest of(String source, ListFormat format, List<Path> files, String origin) {
        return new ImportRequest(source, format, files, origin, DEFAULT_MAX_SHRINK, false, ListInput.DEFAULT_MAX_BYTES);
    }

    public ImportRequest withForce(boolean f) {
        return new ImportRequest(source, format, files, origin, maxShrink, f, maxBytesPerFile);
    }

    public ImportRequest withMaxShrink(double s) {
        return new ImportRequest(source, format, files, origin, s, force, maxBytesPerFile);
    }

    public ImportRequest withMaxBytesPerFile(long m) {
        return new ImportRequest(source, format, files, origin, maxShrink, force, m);
    }
}
