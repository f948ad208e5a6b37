package org.vigil.lists.format.ftm;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.lists.format.ListFormatException;
import org.vigil.lists.format.json.JsonLine;
import org.vigil.lists.format.json.JsonObjectReader;

/** Reads one FtM line: a plain entity object, or a delta-feed object wrapping one. */
final class FtmEntityReader {
    private FtmEntityReader() {
    }

    static FtmLine read(JsonLine line) throws ListFormatException {
        try (JsonObjectReader r = JsonObjectReader.open(line)) {
            Fields f = readFields(r);
            r.finish();
            if (f.op == null && f.wrapped == null) {
                return new FtmLine(Optional.empty(), f.toEntity(r, true));
            }
            if (f.op == null) {
                throw r.error("the line has an \"entity\" but no \"op\" (expected a delta line"
                        + " {\"op\": \"ADD\"|\"MOD\"|\"DEL\", \"entity\": {...}})");
            }
            if (f.wrapped == null) {
                throw r.error("the delta line has an \"op\" but no \"entity\" object");
            }
            if (!f.id.isEmpty() || !f.schema.isEmpty()) {
                throw r.error("the line mixes a delta wrapper (\"op\", \"entity\") with entity fields");
            }
            return new FtmLine(Optional.of(f.op), f.wrapped);
        }
    }

    private static Fields readFields(JsonObjectReader r) throws ListFormatException {
        Fields f = new Fields();
        Optional<String> field;
        while ((field = r.nextField()).isPresent()) {
            String name = field.get();
            switch (name) {
                case "id" -> f.id = r.text(name).strip();
                case "schema" -> f.schema = r.text(name).strip();
                case "caption" -> f.caption = r.text(name);
                case "properties" -> readProperties(r, f.properties);
                case "referents" -> f.referents = r.strings(name);
                case "datasets" -> f.datasets = r.strings(name);
                case "first_seen" -> f.firstSeen = r.text(name);
                case "last_seen" -> f.lastSeen = r.text(name);
                case "last_change" -> f.lastChange = r.text(name);
                case "target" -> f.target = r.bool(name);
                case "op" -> f.op = op(r);
                case "entity" -> {
                    if (r.token() != JsonToken.START_OBJECT) {
                        throw r.error("\"entity\" must be an FtM entity object");
                    }
                    Fields inner = readFields(r);
                    if (inner.op != null || inner.wrapped != null) {
                        throw r.error("a delta \"entity\" cannot itself be a delta line");
                    }
                    f.wrapped = inner.toEntity(r, false);
                }
                default -> {
                    JsonToken t = r.token();
                    if (t == JsonToken.START_OBJECT || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        r.skip(); // e.g. yente's match details: nothing a list entity holds
                    } else {
                        f.extra.put(name, r.strings(name));
                    }
                }
            }
        }
        return f;
    }

    private static FtmOp op(JsonObjectReader r) throws ListFormatException {
        String text = r.text("op").strip();
        try {
            return FtmOp.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error("unknown delta \"op\" '" + text + "': expected ADD, MOD or DEL");
        }
    }

    private static void readProperties(JsonObjectReader r, Map<String, List<String>> out)
            throws ListFormatException {
        if (r.isNull()) {
            return;
        }
        if (r.token() != JsonToken.START_OBJECT) {
            throw r.error("\"properties\" must be an object of arrays of strings");
        }
        Optional<String> prop;
        while ((prop = r.nextField()).isPresent()) {
            String p = prop.get();
            if (r.token() == JsonToken.START_OBJECT) {
                throw nested(r, p);
            }
            if (r.token() != JsonToken.START_ARRAY) {
                out.put(p, r.strings(p));
                continue;
            }
            List<String> values = new ArrayList<>();
            while (r.nextElement()) {
                if (r.token() == JsonToken.START_OBJECT) {
                    throw nested(r, p);
                }
                if (!r.isNull()) {
                    values.add(r.text(p));
                }
            }
            out.put(p, values);
        }
    }

    private static ListFormatException nested(JsonObjectReader r, String property) {
        return r.error("property '" + property + "' holds a nested entity object: this looks like a nested FtM export"
                + " (targets.nested.json); Vigil reads flat FtM entity lines (entities.ftm.json)");
    }

    /** The fields of one object while it is read. */
    private static final class Fields {
        private String id = "";
        private String schema = "";
        private String caption = "";
        private final Map<String, List<String>> properties = new LinkedHashMap<>();
        private List<String> referents = List.of();
        private List<String> datasets = List.of();
        private String firstSeen = "";
        private String lastSeen = "";
        private String lastChange = "";
        private Optional<Boolean> target = Optional.empty();
        private final Map<String, List<String>> extra = new LinkedHashMap<>();
        private FtmOp op;
        private FtmEntity wrapped;

        private FtmEntity toEntity(JsonObjectReader r, boolean requireSchema) throws ListFormatException {
            if (id.isEmpty()) {
                throw r.error("the entity has no \"id\"");
            }
            if (requireSchema && schema.isEmpty()) {
                throw r.error("entity " + id + " has no \"schema\"");
            }
            return new FtmEntity(r.lineNumber(), id, schema, caption, properties, referents, datasets, firstSeen,
                    lastSeen, lastChange, target, extra);
        }
    }
}
