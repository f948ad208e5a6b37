package org.vigil.app.match;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where results go: standard output, or a file that appears only complete. A file is written to a temporary file
 * beside it and moved into place by {@link #commit}; closing without committing deletes the temporary file, so a
 * failed run leaves no half-written result (and an existing file of that name untouched).
 */
final class OutputFile implements Closeable {
    private final Writer writer;
    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputFile(Writer writer, Path target, Path temp) {
        this.writer = writer;
        this.target = target;
        this.temp = temp;
    }

    /** {@code name} "-" means {@code stdout}, which is flushed but never closed. */
    static OutputFile open(String name, Writer stdout) throws IOException {
        if (name.equals("-")) {
            return new OutputFile(new FilterWriter(stdout) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            }, null, null);
        }
        Path target = Path.of(name).toAbsolutePath();
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write " + name + ": no directory " + dir);
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("cannot write " + name + ": it is a directory");
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the result file.
        Path temp = Files.createFile(dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp"));
        return new OutputFile(new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16),
                target, temp);
    }

    Writer writer() {
        return writer;
    }

    /** Finishes the output: closes it and, for a file, moves it into place. */
    void commit() throws IOException {
        writer.close();
        if (temp != null) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            writer.close();
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
