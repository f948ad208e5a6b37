package org.vigil.lists.format.ftm;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.json.JsonObjectReader;

/**
 * The index of an OpenSanctions delta feed ({@code delta.json}):
 * {@code {"versions": {"20240527194702-wnk": "https://.../entities.delta.json", ...}, "updated_at": "..."}}.
 * Version ids start with their UTC timestamp, so sorting them by id puts them in the order they must be applied.
 *
 * @param versions  the versions, oldest first
 * @param updatedAt when the index was last updated, if stated
 */
public record FtmDeltaIndex(List<Version> versions, Optional<Instant> updatedAt) {

    public FtmDeltaIndex {
        versions = versions.stream().sorted(Comparator.comparing(Version::id)).toList();
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** One version of the dataset and where its delta file is published. */
    public record Version(String id, String url) {
        public Version {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(url, "url");
        }
    }

    public static FtmDeltaIndex read(ListInput input) throws IOException, ListFormatException {
        Path path = input.single("an FtM delta index (delta.json)");
        String file = path.toString();
        List<Version> versions = new ArrayList<>();
        Optional<Instant> updated = Optional.empty();
        boolean sawVersions = false;
        try (InputStream in = input.open(path); JsonObjectReader r = JsonObjectReader.openDocument(in, file)) {
            Optional<String> field;
            while ((field = r.nextField()).isPresent()) {
                switch (field.get()) {
                    case "versions" -> {
                        sawVersions = true;
                        if (r.isNull()) {
                            continue;
                        }
                        if (r.token() != JsonToken.START_OBJECT) {
                            throw r.error("\"versions\" must be an object of version id -> URL");
                        }
                        Optional<String> id;
                        while ((id = r.nextField()).isPresent()) {
                            versions.add(new Version(id.get(), r.text(id.get())));
                        }
                    }
                    case "updated_at" -> {
                        String t = r.text("updated_at").strip();
                        try {
                            updated = t.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(t));
                        } catch (DateTimeParseException e) {
                            throw r.error("\"updated_at\" '" + t + "' is not a UTC timestamp (2024-05-28T14:47:29Z)");
                        }
                    }
                    default -> r.skip();
                }
            }
            r.finish();
        }
        if (!sawVersions) {
            throw new ListFormatException(file, "no \"versions\" object: this is not an OpenSanctions delta index");
        }
        return new FtmDeltaIndex(versions, updated);
    }
}
