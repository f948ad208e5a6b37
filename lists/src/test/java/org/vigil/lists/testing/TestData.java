package org.vigil.lists.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find list files: the bundled snapshot and the copied fixtures (always present), and the optional
 * larger files in the shared data folder ({@code ../shared/data}; tests skip, saying so, when it is absent).
 */
public final class TestData {
    private TestData() {
    }

    private static Path extracted;

    /**
     * A classpath resource as a file path (bundled lists or test fixtures). Resources inside a jar (the lists test-jar,
     * as other modules see it) are copied once to a temporary directory, keeping their relative path and name.
     */
    public static synchronized Path resource(String name) {
        String rel = name.startsWith("/") ? name.substring(1) : name;
        URL url = TestData.class.getResource("/" + rel);
        if (url == null) {
            throw new IllegalStateException("test resource not found: " + rel);
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            if (extracted == null) {
                extracted = Files.createTempDirectory("vigil-test-data-");
                extracted.toFile().deleteOnExit();
            }
            Path target = extracted.resolve(rel);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try (InputStream in = url.openStream()) {
                    Files.copy(in, target);
                }
                target.toFile().deleteOnExit();
            }
            return target;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read test resource " + rel, e);
        }
    }

    /** The bundled UN SC consolidated list of 2026-02-27. */
    public static Path unBundled() {
        return resource("org/vigil/lists/bundled/un-sc/consolidated.xml");
    }

    /** The bundled OFAC SDN legacy CSV set of 2021-07 (a directory with sdn, add, alt, sdn_comments). */
    public static Path ofacBundledDir() {
        for (String f : new String[] {"add.csv", "alt.csv", "sdn_comments.csv"}) {
            resource("org/vigil/lists/bundled/us-ofac-sdn/" + f);
        }
        return resource("org/vigil/lists/bundled/us-ofac-sdn/sdn.csv").getParent();
    }

    public static Path fixture(String relative) {
        return resource("fixtures/" + relative);
    }

    /** The shared data folder, if present. */
    public static Path sharedDataDir() {
        String p = System.getProperty("vigil.shared.data");
        return p == null ? Path.of("..", "..", "shared", "data") : Path.of(p);
    }

    /**
     * A file from the shared data folder; the calling test is skipped (not failed) when it is absent, with a message
     * saying which file is missing.
     */
    public static Path shared(String relative) {
        Path p = sharedDataDir().resolve(relative).normalize();
        assumeTrue(Files.exists(p), () -> "skipped: optional data file " + p + " is absent (the shared data folder"
                + " ../shared/data is not present on this machine; CI has it)");
        return p;
    }
}
