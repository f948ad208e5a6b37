package org.vigil.lists.version;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
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
        List<Path> files = input.expandedFiles().stream()
                .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        ParsedList parsed = parser.parse(new ListInput(files, input.maxBytesPerFile()), source);
        if (parsed.entities().isEmpty()) {
            throw new ListFormatException(files.get(0).toString(), "the file(s) hold no records");
        }
        String sha = StoreFiles.sha256(files);
        VersionInfo info = new VersionInfo(VersionInfo.makeId(source, parsed.published(), loadedAt, sha), source,
                format, parsed.published(), sha, loadedAt, Counts.of(parsed.entities()),
                files.stream().map(p -> p.getFileName().toString()).toList(), origin, parsed.warnings().size());
        try {
            return ListVersion.build(info, parsed.entities(), parsed.warnings());
        } catch (IllegalArgumentException e) {
            throw new ListFormatException(files.get(0).toString(), "invalid list content: " + e.getMessage());
        }
    }
}
