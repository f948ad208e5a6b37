package org.vigil.bench;

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
import org.vigil.lists.version.BundledLists;
import org.vigil.lists.version.ListFiles;
import org.vigil.lists.version.ListVersion;

/** The bundled lists copied out of the jar once, and loaded exactly as the application loads them. */
public final class BundledSnapshot {
    private final List<BundledLists.Bundle> bundles = BundledLists.BUNDLES;
    private final List<List<Path>> files = new ArrayList<>();

    public BundledSnapshot() {
        try {
            Path dir = Files.createTempDirectory("vigil-bench-");
            dir.toFile().deleteOnExit();
            for (BundledLists.Bundle b : bundles) {
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
                files.add(fs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and decodes every bundled file as UTF-8 text; returns the number of chars (the I/O floor). */
    long readAll() throws IOException {
        long n = 0;
        for (List<Path> fs : files) {
            for (Path f : fs) {
                n += Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).length();
            }
        }
        return n;
    }

    /** The UN file parsed into a DOM, with DTDs disallowed. */
    org.w3c.dom.Document unDom() throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(files.get(0).get(0).toFile());
    }

    /** Parses every bundled list and builds its index-ready version (ids, resolved links, reverse links). */
    public List<ListVersion> load() throws IOException, ListFormatException {
        List<ListVersion> out = new ArrayList<>(bundles.size());
        for (int i = 0; i < bundles.size(); i++) {
            BundledLists.Bundle b = bundles.get(i);
            out.add(ListFiles.parse(Parsers.forFormat(b.format()), b.format(), b.source(), ListInput.of(files.get(i)),
                    "bench", Instant.EPOCH));
        }
        return out;
    }
}
