package org.vigil.app;

import java.io.PrintWriter;
import java.util.List;
import org.vigil.lists.delta.Fields;
import org.vigil.lists.identity.Evidence;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.ListVersion;

/** The plain-text view of a record for the terminal. */
final class EntityText {
    private final PrintWriter out;

    EntityText(PrintWriter out) {
        this.out = out;
    }

    void print(Entity e, ListVersion version, ActiveLists lists) {
        out.println(e.id() + "  " + e.caption());
        out.println("  type: " + e.schema().label() + "   list version: " + version.id());
        line("programmes", String.join(", ", e.programmes()));
        e.listedOn().ifPresent(d -> line("listed on", d.toString()));
        e.lastUpdated().ifPresent(d -> line("last updated", d.toString()));
        if (e.gender() != org.vigil.lists.model.Gender.UNKNOWN) {
            line("gender", e.gender().label());
        }
        out.println();
        out.println("Names (" + e.names().size() + "):");
        for (Name n : e.names()) {
            out.printf("  %-16s %s%s%n", n.kind().label(), n.value(), n.isLatin() ? "" : "  [" + n.script() + "]");
        }
        list("Dates of birth", e.birthDates().stream().map(d -> d.canonical()
                + (d.text().isEmpty() || d.text().equals(d.canonical()) ? "" : "  (" + d.text() + ")")).toList());
        list("Places of birth", e.birthPlaces().stream().map(Fields::place).toList());
        list("Nationalities", e.nationalities());
        list("Countries", e.countries());
        list("Addresses", e.addresses().stream().map(Fields::address).toList());
        list("Documents", e.documents().stream().map(Fields::document).toList());
        list("Remarks", e.remarks());
        if (!e.links().isEmpty()) {
            out.println();
            out.println("Links to (" + e.links().size() + "):");
            for (Link l : e.links()) {
                out.printf("  %-22s %s%n", l.type().label(), l.target()
                        .map(t -> t + "  " + lists.entity(t).map(Entity::caption).orElse(""))
                        .orElse(l.reference() + "  (not in the list)"));
            }
        }
        List<ListVersion.Incoming> incoming = version.incoming(e.id());
        if (!incoming.isEmpty()) {
            out.println();
            out.println("Linked from (" + incoming.size() + "):");
            for (ListVersion.Incoming i : incoming) {
                out.printf("  %-22s %s  %s%n", i.link().type().label(), i.from(),
                        lists.entity(i.from()).map(Entity::caption).orElse(""));
            }
        }
        lists.subjectOf(e.id()).ifPresent(s -> {
            out.println();
            out.println("Other designations of the same subject:");
            for (EntityId other : s.others(e.id())) {
                out.println("  " + other + "  " + lists.entity(other).map(o -> o.caption() + "  ["
                        + String.join(", ", o.programmes()) + "]").orElse(""));
                for (Evidence v : s.explain(e.id(), other)) {
                    String through = v.involves(e.id()) ? "" : " (between " + v.a() + " and " + v.b() + ")";
                    out.println("      " + v.kind().label() + ": " + v.detail() + through);
                }
            }
        });
        if (!e.properties().isEmpty()) {
            out.println();
            out.println("Other fields:");
            e.properties().forEach((k, v) -> out.printf("  %-22s %s%n", k, String.join(" | ", v)));
        }
    }

    private void line(String label, String value) {
        if (!value.isEmpty()) {
            out.printf("  %s: %s%n", label, value);
        }
    }

    private void list(String title, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        values.forEach(v -> out.println("  " + v));
    }
}
