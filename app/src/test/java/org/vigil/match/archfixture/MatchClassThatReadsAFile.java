package org.vigil.match.archfixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A deliberate violation for ArchitectureTest: a "match" class that reads a file. Test code only. */
public final class MatchClassThatReadsAFile {
    private MatchClassThatReadsAFile() {
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
