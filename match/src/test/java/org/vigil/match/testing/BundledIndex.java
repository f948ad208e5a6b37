package org.vigil.match.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.model.Entity;
import org.vigil.lists.version.BundledLists;
import org.vigil.lists.version.ListFiles;
import org.vigil.lists.version.ListVersion;
import org.vigil.match.index.MatchIndex;
import org.vigil.match.index.Screener;

/** The bundled lists (UN 2026-02-27, OFAC SDN 2021-07), loaded once per JVM, and an index over them. */
public final class BundledIndex {

    private static List<ListVersion> versions;
    private static Screener screener;

    private BundledIndex() {
    }

    public static synchronized List<ListVersion> versions() {
        if (versions == null) {
            versions = load();
        }
        return versions;
    }

    public static List<Entity> entities() {
        List<Entity> all = new ArrayList<>();
        for (ListVersion v : versions()) {
            all.addAll(v.entities());
        }
        return all;
    }

    public static synchronized Screener screener() {
        if (screener == null) {
            screener = new Screener(MatchIndex.build(entities()));
        }
        return screener;
    }

    private static List<ListVersion> load() {
        try {
            Path dir = Files.createTempDirectory("vigil-bundled-");
            dir.toFile().deleteOnExit();
            List<ListVersion> out = new ArrayList<>();
            for (BundledLists.Bundle b : BundledLists.BUNDLES) {
                List<Path> fs = new ArrayList<>();
                Path sub = Files.createDirectories(dir.resolve(b.source()));
                for (String f : b.files()) {
                    try (InputStream in = BundledLists.class.getResourceAsStream(
                            "/org/vigil/lists/bundled/" + b.source() + "/" + f)) {
                        Path t = sub.resolve(f);
                        Files.copy(in, t);
                        t.toFile().deleteOnExit();
                        fs.add(t);
                    }
                }
                out.add(ListFiles.parse(Parsers.forFormat(b.format()), b.format(), b.source(), ListInput.of(fs),
                        "test", Instant.EPOCH));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ListFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
