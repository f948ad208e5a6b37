package org.vigil.lists.delta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.Place;

/**
 * Renders each field of a record as a list of short canonical strings, the unit in which deltas report changes.
 * Kept in one place so that the CLI, the API and re-screening describe a change the same way.
 */
public final class Fields {
    public static final String NAMES = "names";

    private Fields() {
    }

    /** Field name to values, in a stable order; empty fields are left out. */
    public static Map<String, List<String>> render(Entity e) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        put(m, "schema", List.of(e.schema().label()));
        put(m, NAMES, e.names().stream().map(Fields::name).toList());
        put(m, "gender", e.gender() == org.vigil.lists.model.Gender.UNKNOWN ? List.of() : List.of(e.gender().label()));
        put(m, "birth-dates", e.birthDates().stream().map(d -> d.canonical()).toList());
        put(m, "birth-places", e.birthPlaces().stream().map(Fields::place).toList());
        put(m, "nationalities", e.nationalities());
        put(m, "countries", e.countries());
        put(m, "addresses", e.addresses().stream().map(Fields::address).toList());
        put(m, "documents", e.documents().stream().map(Fields::document).toList());
        put(m, "programmes", e.programmes());
        put(m, "listed-on", e.listedOn().map(d -> List.of(d.toString())).orElse(List.of()));
        put(m, "last-updated", e.lastUpdated().map(d -> List.of(d.toString())).orElse(List.of()));
        put(m, "remarks", e.remarks());
        put(m, "links", e.links().stream().map(Fields::link).toList());
        e.properties().forEach((k, v) -> put(m, "property:" + k, v));
        return m;
    }

    public static String name(Name n) {
        return n.kind().label() + ": " + n.value();
    }

    public static String place(Place p) {
        return p.text() + p.country().map(c -> " [" + c + "]").orElse("");
    }

    public static String address(Address a) {
        return a.full() + (a.note().isEmpty() ? "" : " (" + a.note() + ")");
    }

    public static String document(IdentityDocument d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.type().label());
        parts.add(d.number());
        d.country().ifPresent(parts::add);
        d.issued().ifPresent(x -> parts.add("issued " + x));
        d.expires().ifPresent(x -> parts.add("expires " + x));
        return parts.stream().collect(Collectors.joining(" "))
                + (d.typeText().isEmpty() ? "" : " (" + d.typeText() + ")");
    }

    public static String link(Link l) {
        return l.type().label() + " " + l.target().map(Object::toString).orElse(l.reference());
    }

    private static void put(Map<String, List<String>> m, String field, List<String> values) {
        if (!values.isEmpty()) {
            m.put(field, values);
        }
    }
}
