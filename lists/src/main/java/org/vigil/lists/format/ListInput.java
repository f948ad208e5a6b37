package org.vigil.lists.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The file or files that make up one publication of a list (OFAC's legacy CSV set is four files: sdn, add, alt,
 * comments). Every file is checked against a size limit before a parser opens it.
 */
public record ListInput(List<Path> files, long maxBytesPerFile) {

    /** 512 MiB: far above any official list (the largest, OpenSanctions' full export, is streamed per dataset). */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    public ListInput {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no list file given");
        }
        if (maxBytesPerFile <= 0) {
            throw new IllegalArgumentException("maxBytesPerFile must be positive");
        }
    }

    public static ListInput of(Path... files) {
        return new ListInput(List.of(files), DEFAULT_MAX_BYTES);
    }

    public static ListInput of(List<Path> files) {
        return new ListInput(files, DEFAULT_MAX_BYTES);
    }

    public ListInput withMaxBytes(long max) {
        return new ListInput(files, max);
    }

    /**
     * If a single directory is given, its regular files (sorted by name); otherwise the given files. Lets
     * {@code vigil lists load DIR} take an OFAC CSV set.
     */
    public List<Path> expandedFiles() throws IOException {
        if (files.size() == 1 && Files.isDirectory(files.get(0))) {
            List<Path> out = new ArrayList<>();
            try (var s = Files.list(files.get(0))) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).equals("SOURCE.MD"))
                        .sorted().forEach(out::add);
            }
            return out;
        }
        return files;
    }

    /** The file whose name (case-insensitive) is one of {@code names}, ignoring directories. */
    public Optional<Path> find(String... names) throws IOException {
        for (Path p : expandedFiles()) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            for (String want : names) {
                if (n.equals(want.toLowerCase(Locale.ROOT))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The only file; a parser for a single-file format calls this. */
    public Path single(String formatName) throws IOException, ListFormatException {
        List<Path> all = expandedFiles();
        if (all.size() != 1) {
            throw new ListFormatException(String.valueOf(files.get(0)),
                    formatName + " is one file, but " + all.size() + " files were given");
        }
        return all.get(0);
    }

    /**
     * Opens a file for reading after checking that it exists, is not empty and is within the size limit.
     * Returns a stream that also fails if the file grows beyond the limit while it is read.
     */
    public InputStream open(Path file) throws IOException, ListFormatException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ListFormatException(name, "file not found");
        }
        if (size == 0) {
            throw new ListFormatException(name, "file is empty");
        }
        if (size > maxBytesPerFile) {
            throw new ListFormatException(name, "file is " + size + " bytes, over the limit of " + maxBytesPerFile
                    + " bytes (raise it with --max-file-bytes if the list really is this large)");
        }
        return new LimitedInputStream(Files.newInputStream(file), maxBytesPerFile, name);
    }
}
