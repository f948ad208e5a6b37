package org.vigil.lists.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Schema;

/**
 * A tiny line format for store and update tests, so they exercise the store's rules without depending on a real
 * list format: {@code # published YYYY-MM-DD} (optional first line), then {@code id;name} per line. A line
 * {@code !bad} is a syntax error.
 */
public final class LinesParser implements ListParser {

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        List<Entity> out = new ArrayList<>();
        Optional<Instant> published = Optional.empty();
        for (Path f : input.expandedFiles()) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(input.open(f), StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.startsWith("# published ")) {
                        published = Optional.of(LocalDate.parse(line.substring(12).strip())
                                .atStartOfDay(ZoneOffset.UTC).toInstant());
                        continue;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] parts = line.split(";", 2);
                    if (parts.length != 2 || line.startsWith("!")) {
                        throw new ListFormatException(f.toString(), n, "expected id;name");
                    }
                    out.add(Entity.builder(new EntityId(source, parts[0]), Schema.PERSON)
                            .name(parts[1], NameKind.PRIMARY).build());
                }
            }
        }
        return new ParsedList(source, ListFormat.VIGIL_CSV, published, out, List.of());
    }
}
