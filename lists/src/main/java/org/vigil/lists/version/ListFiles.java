package org.vigil.lists.version;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;

/** Parses list files into an index-ready {@link ListVersion} without storing them (e.g. to diff a file). */
public final class ListFiles {
    private ListFiles() {
    }

    /**
     * @param loadedAt used as the version date when the file states no publication date
     * @throws ListFormatException if the files do not parse, or hold no records
     */
    public static ListVersion parse(ListParser parser, ListFormat format, String source, ListInput input,
                                    String origin, Instant loadedAt) throws IOException, ListFormatException {
        List<Path> files = byName(input.expandedFiles());
        return parse(parser, format, source, new ListInput(files, input.maxBytesPerFile()), origin, loadedAt,
                StoreFiles.sha256(files));
    }

    /** As above, for files already in name order whose content hash the caller has computed. */
    static ListVersion parse(ListParser parser, ListFormat format, String source, ListInput sorted, String origin,
                             Instant loadedAt, String sha) throws IOException, ListFormatException {
        List<Path> files = sorted.files();
        ParsedList parsed = parser.parse(sorted, source);
        if (parsed.entities().isEmpty()) {
            throw new ListFormatException(files.get(0).toString(), "the file(s) hold no records");
        }
        VersionInfo info = new VersionInfo(VersionInfo.makeId(source, parsed.published(), loadedAt, sha), source,
                format, parsed.published(), sha, loadedAt, Counts.of(parsed.entities()),
                files.stream().map(p -> p.getFileName().toString()).toList(), origin, parsed.warnings().size());
        try {
            return ListVersion.build(info, parsed.entities(), parsed.warnings());
        } catch (IllegalArgumentException e) {
            throw new ListFormatException(files.get(0).toString(), "invalid list content: " + e.getMessage());
        }
    }

    /** Files in name order: the order of the content hash and of the stored file list. */
    static List<Path> byName(List<Path> files) {
        return files.stream().sorted(Comparator.comparing((Path p) -> p.getFileName().toString())).toList();
    }
}
