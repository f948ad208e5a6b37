package org.vigil.lists.format.vigil;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ListParser;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.Warnings;
import org.vigil.lists.format.json.JsonLine;
import org.vigil.lists.format.json.JsonLinesFile;
import org.vigil.lists.format.json.JsonObjectReader;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Text;

/**
 * Reads a user's own watchlist in the Vigil JSON lines format (format id {@code vigil-json}, specified in
 * docs/watchlist-format.md): one JSON object per line with the fields of the CSV format, where a field of several
 * values is a JSON array (or a string separated by ';'), plus {@code names: [{"value": ..., "kind": ...}]}.
 */
public final class VigilJsonParser implements ListParser {
    private static final String NAMES = "names";

    @Override
    public ParsedList parse(ListInput input, String source) throws IOException, ListFormatException {
        Path path = input.single("a Vigil watchlist JSON lines file");
        String file = path.toString();
        Warnings warnings = new Warnings();
        VigilListAssembler assembler = new VigilListAssembler(file, source);
        long lines = 0;
        try (JsonLinesFile in = JsonLinesFile.open(input.open(path), file)) {
            Optional<JsonLine> line;
            while ((line = in.next()).isPresent()) {
                lines++;
                assembler.add(VigilRecordMapper.map(read(line.get()), source, file));
            }
        }
        if (lines == 0) {
            throw new ListFormatException(file, "the file holds no JSON lines (only blank lines)");
        }
        return new ParsedList(source, ListFormat.VIGIL_JSON, Optional.empty(), assembler.finish(), warnings.list());
    }

    private static VigilRecord read(JsonLine line) throws ListFormatException {
        Map<VigilField, List<String>> values = new EnumMap<>(VigilField.class);
        List<Name> names = new ArrayList<>();
        try (JsonObjectReader r = JsonObjectReader.open(line)) {
            Optional<String> key;
            while ((key = r.nextField()).isPresent()) {
                String k = key.get();
                if (k.equals(NAMES)) {
                    readNames(r, names);
                    continue;
                }
                VigilField f = VigilField.of(k).filter(x -> x.key().equals(k))
                        .orElseThrow(() -> r.error(VigilField.unknown("field", k, ", " + NAMES)));
                List<String> v = values(r, f);
                if (!v.isEmpty()) {
                    values.put(f, v);
                }
            }
            r.finish();
        }
        return new VigilRecord(line.number(), values, names);
    }

    private static List<String> values(JsonObjectReader r, VigilField f) throws ListFormatException {
        if (r.token() == JsonToken.START_ARRAY) {
            if (f.shape() == VigilField.Shape.SINGLE) {
                throw r.error("field '" + f.key() + "' holds one value, not an array");
            }
            List<String> out = new ArrayList<>();
            for (String v : r.strings(f.key())) {
                String c = Text.clean(v);
                if (!c.isEmpty()) {
                    out.add(c);
                }
            }
            return out;
        }
        return VigilRecordMapper.split(f, r.text(f.key()));
    }

    private static void readNames(JsonObjectReader r, List<Name> out) throws ListFormatException {
        if (r.isNull()) {
            return;
        }
        if (r.token() != JsonToken.START_ARRAY) {
            throw r.error("'names' must be an array of {\"value\": ..., \"kind\": ...} objects");
        }
        while (r.nextElement()) {
            if (r.token() != JsonToken.START_OBJECT) {
                throw r.error("'names' must be an array of {\"value\": ..., \"kind\": ...} objects");
            }
            String value = "";
            NameKind kind = NameKind.STRONG_ALIAS;
            Optional<String> key;
            while ((key = r.nextField()).isPresent()) {
                switch (key.get()) {
                    case "value" -> value = Text.clean(r.text("value"));
                    case "kind" -> kind = kind(r);
                    default -> throw r.error("unknown field '" + key.get() + "' in a names entry; allowed: value,"
                            + " kind");
                }
            }
            if (value.isEmpty()) {
                throw r.error("a names entry has no value");
            }
            out.add(new Name(value, kind));
        }
    }

    private static NameKind kind(JsonObjectReader r) throws ListFormatException {
        String text = r.text("kind").strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return NameKind.STRONG_ALIAS;
        }
        for (NameKind k : NameKind.values()) {
            if (k.label().equals(text)) {
                return k;
            }
        }
        throw r.error("name kind '" + text + "' is not one of primary, strong-alias, weak-alias, former-name,"
                + " original-script");
    }
}
