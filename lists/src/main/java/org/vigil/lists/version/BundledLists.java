package org.vigil.lists.version;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.lists.format.ListFormat;

/**
 * The list snapshot shipped inside Vigil (see {@code bundled/SOURCE.md}): UN SC consolidated list of 2026-02-27 and
 * the OFAC SDN legacy CSV set of 2021-07, so that Vigil works offline on first run.
 */
public final class BundledLists {
    /** One bundled publication. */
    public record Bundle(String source, ListFormat format, List<String> files, String origin) {
    }

    public static final List<Bundle> BUNDLES = List.of(
            new Bundle("un-sc", ListFormat.UN_XML, List.of("consolidated.xml"),
                    "bundled: UN SC consolidated list, dateGenerated 2026-02-27"),
            new Bundle("us-ofac-sdn", ListFormat.OFAC_CSV,
                    List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"),
                    "bundled: OFAC SDN legacy CSV set of 2021-07"));

    private BundledLists() {
    }

    /**
     * Loads each bundled list whose source has no stored version yet. Returns what was loaded; a store that already
     * holds a source (from an earlier run or an update) is left alone.
     */
    public static List<ImportResult> installIfMissing(ListStore store) throws IOException {
        List<ImportResult> out = new ArrayList<>();
        for (Bundle b : BUNDLES) {
            if (!store.versions(b.source()).isEmpty()) {
                continue;
            }
            Path tmp = Files.createTempDirectory("vigil-bundled-");
            try {
                List<Path> files = new ArrayList<>();
                for (String f : b.files()) {
                    Path target = tmp.resolve(f);
                    try (InputStream in = BundledLists.class.getResourceAsStream(
                            "/org/vigil/lists/bundled/" + b.source() + "/" + f)) {
                        if (in == null) {
                            throw new IOException("bundled list file missing from the build: " + b.source() + "/" + f);
                        }
                        Files.copy(in, target);
                    }
                    files.add(target);
                }
                out.add(store.importFiles(ImportRequest.of(b.source(), b.format(), files, b.origin())));
            } finally {
                for (String f : b.files()) {
                    Files.deleteIfExists(tmp.resolve(f));
                }
                Files.deleteIfExists(tmp);
            }
        }
        return out;
    }
}
