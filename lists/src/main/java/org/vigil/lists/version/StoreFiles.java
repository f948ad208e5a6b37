package org.vigil.lists.version;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.vigil.lists.format.ListFormat;

/** Crash-safe file writes and the JSON forms of store metadata. */
final class StoreFiles {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private StoreFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} so that a crash at any moment leaves either the old or the new content:
     * a temporary file in the same directory is written and forced to disk, then atomically renamed.
     */
    static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(target.getParent());
    }

    /** Appends one line and forces it to disk (on a line of its own, even after a torn last line). */
    static void appendLine(Path file, String line) throws IOException {
        // after a line torn by a crash, start on a new line, so that this one stays readable
        boolean torn = false;
        if (Files.exists(file)) {
            try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
                if (r.size() > 0) {
                    ByteBuffer last = ByteBuffer.allocate(1);
                    r.read(last, r.size() - 1);
                    torn = last.get(0) != '\n';
                }
            }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(((torn ? "\n" : "") + line + "\n").getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every file system lets a directory be opened; the rename itself is still atomic
        }
    }

    /**
     * The content hash of a publication. One file: its plain SHA-256, so {@code sha256sum FILE} shows the same value.
     * Several files: the SHA-256 of the lines {@code sha256sum} prints for them in the given (name) order, so
     * {@code sha256sum add.csv alt.csv sdn.csv sdn_comments.csv | sha256sum} shows it.
     */
    static String sha256(List<Path> files) throws IOException {
        if (files.size() == 1) {
            return sha256(files.get(0));
        }
        StringBuilder lines = new StringBuilder();
        for (Path f : files) {
            lines.append(sha256(f)).append("  ").append(f.getFileName()).append('\n');
        }
        return HexFormat.of().formatHex(digest().digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] versionJson(VersionInfo v, String rejectedReason) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("source", v.source());
            g.writeStringField("format", v.format().id());
            if (v.published().isPresent()) {
                g.writeStringField("published", v.published().get().toString());
            }
            g.writeStringField("sha256", v.sha256());
            g.writeStringField("loadedAt", v.loadedAt().toString());
            g.writeStringField("origin", v.origin());
            g.writeNumberField("warnings", v.warnings());
            Counts c = v.counts();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("entities", c.entities());
            g.writeNumberField("persons", c.persons());
            g.writeNumberField("organizations", c.organizations());
            g.writeNumberField("vessels", c.vessels());
            g.writeNumberField("aircraft", c.aircraft());
            g.writeNumberField("unknown", c.unknown());
            g.writeNumberField("names", c.names());
            g.writeNumberField("links", c.links());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (String f : v.files()) {
                g.writeString(f);
            }
            g.writeEndArray();
            if (rejectedReason != null) {
                g.writeStringField("rejected", rejectedReason);
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** A stored version's metadata and, if it was refused activation when loaded, why. */
    record StoredVersion(VersionInfo info, Optional<String> rejected) {
    }

    static StoredVersion readVersionJson(Path file) throws IOException {
        Map<String, Object> m = readObject(file);
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) m.getOrDefault("counts", Map.of());
        Counts counts = new Counts(num(c, "entities"), num(c, "persons"), num(c, "organizations"), num(c, "vessels"),
                num(c, "aircraft"), num(c, "unknown"), num(c, "names"), num(c, "links"));
        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) m.getOrDefault("files", List.of());
        VersionInfo info = new VersionInfo(str(m, "id", file), str(m, "source", file),
                ListFormat.fromId(str(m, "format", file)),
                Optional.ofNullable((String) m.get("published")).map(Instant::parse), str(m, "sha256", file),
                Instant.parse(str(m, "loadedAt", file)), counts, files, (String) m.getOrDefault("origin", ""),
                num(m, "warnings"));
        return new StoredVersion(info, Optional.ofNullable((String) m.get("rejected")));
    }

    static String historyLine(HistoryEvent e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("at", e.at().toString());
            g.writeStringField("source", e.source());
            g.writeStringField("outcome", e.outcome().name());
            g.writeStringField("version", e.versionId());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<HistoryEvent> readHistory(Path file) throws IOException {
        List<HistoryEvent> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser p = JSON.createParser(line)) {
                Map<String, Object> m = readObject(p);
                out.add(new HistoryEvent(Instant.parse((String) m.get("at")), (String) m.get("source"),
                        HistoryEvent.Kind.valueOf((String) m.get("outcome")), (String) m.getOrDefault("version", ""),
                        (String) m.getOrDefault("message", "")));
            } catch (RuntimeException | IOException e) {
                // a line torn by a crash during append: skip it, the events before and after are intact
            }
        }
        return out;
    }

    private static Map<String, Object> readObject(Path file) throws IOException {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            return readObject(p);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": unreadable store metadata: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> readObject(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("expected a JSON object");
        }
        return readFields(p);
    }

    private static Map<String, Object> readFields(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            m.put(name, switch (t) {
                case START_OBJECT -> readFields(p);
                case START_ARRAY -> {
                    List<String> l = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        l.add(p.getText());
                    }
                    yield l;
                }
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_NULL -> null;
                default -> p.getText();
            });
        }
        return m;
    }

    private static int num(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o instanceof Number n ? n.intValue() : 0;
    }

    private static String str(Map<String, Object> m, String key, Path file) throws IOException {
        Object o = m.get(key);
        if (!(o instanceof String s) || s.isEmpty()) {
            throw new IOException(file + ": store metadata lacks '" + key + "'");
        }
        return s;
    }
}
