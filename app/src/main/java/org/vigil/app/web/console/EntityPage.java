package org.vigil.app.web.console;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.app.AppContext;
import org.vigil.app.web.ApiError;
import org.vigil.app.web.Frame;
import org.vigil.app.web.Templates;
import org.vigil.lists.delta.Fields;
import org.vigil.lists.identity.Evidence;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.ListVersion;

/**
 * {@code GET /entities/{id}}: a record of the active lists with every name, its documents and programmes, its links
 * both ways, the other lists' designations of the same subject (with the evidence), and its history across the
 * stored versions of its list.
 */
public final class EntityPage {
    private final AppContext ctx;
    private final EntityHistory history;

    EntityPage(AppContext ctx) {
        this.ctx = ctx;
        this.history = new EntityHistory(ctx);
    }

    public record NameRow(String kind, String value, String script) {
    }

    public record Section(String title, List<String> values) {
    }

    public record LinkRow(String type, Views.EntityRef target, String reference, String evidence) {
    }

    public record Designation(Views.EntityRef entity, String programmes, List<String> evidence) {
    }

    public record Property(String key, String values) {
    }

    public record View(String id, String caption, String schema, String version, List<String> facts,
            List<NameRow> names, List<Section> sections, List<LinkRow> linksTo, List<LinkRow> linkedFrom,
            List<Designation> others, List<Property> properties, List<EntityHistory.Event> history) {
    }

    void show(Context c) throws Exception {
        EntityId id = EntityId.parse(c.pathParam("id"));
        ActiveLists lists = ctx.activeLists();
        Optional<ActiveLists.Located> located = lists.locate(id);
        if (located.isEmpty()) {
            notActive(c, id);
            return;
        }
        ActiveLists.Located found = located.get();
        Entity e = found.entity();
        ListVersion v = found.version();
        List<String> facts = new ArrayList<>();
        if (!e.programmes().isEmpty()) {
            facts.add("programmes: " + String.join(", ", e.programmes()));
        }
        e.listedOn().ifPresent(d -> facts.add("listed on " + d));
        e.lastUpdated().ifPresent(d -> facts.add("last updated " + d));
        if (e.gender() != Gender.UNKNOWN) {
            facts.add("gender: " + e.gender().label());
        }
        List<NameRow> names = new ArrayList<>();
        for (Name n : e.names()) {
            names.add(new NameRow(n.kind().label(), n.value(), n.isLatin() ? "" : n.script()));
        }
        List<Section> sections = new ArrayList<>();
        section(sections, "Dates of birth", e.birthDates().stream().map(d -> d.canonical()
                + (d.text().isEmpty() || d.text().equals(d.canonical()) ? "" : " (" + d.text() + ")")).toList());
        section(sections, "Places of birth", e.birthPlaces().stream().map(Fields::place).toList());
        section(sections, "Nationalities", e.nationalities());
        section(sections, "Countries", e.countries());
        section(sections, "Documents", e.documents().stream().map(Fields::document).toList());
        section(sections, "Addresses", e.addresses().stream().map(Fields::address).toList());
        section(sections, "Remarks", e.remarks());
        List<LinkRow> out = new ArrayList<>();
        for (Link l : e.links()) {
            out.add(new LinkRow(l.type().label(), l.target().map(t -> Views.EntityRef.of(t, lists)).orElse(null),
                    l.reference(), l.evidence()));
        }
        List<LinkRow> in = new ArrayList<>();
        for (ListVersion.Incoming i : v.incoming(e.id())) {
            in.add(new LinkRow(i.link().type().label(), Views.EntityRef.of(i.from(), lists), i.from().toString(),
                    i.link().evidence()));
        }
        List<Designation> others = new ArrayList<>();
        lists.subjectOf(e.id()).ifPresent(s -> {
            for (EntityId other : s.others(e.id())) {
                List<String> evidence = new ArrayList<>();
                for (Evidence ev : s.explain(e.id(), other)) {
                    evidence.add(ev.kind().label() + ": " + ev.detail()
                            + (ev.involves(e.id()) ? "" : " (between " + ev.a() + " and " + ev.b() + ")"));
                }
                others.add(new Designation(Views.EntityRef.of(other, lists), lists.entity(other)
                        .map(o -> String.join(", ", o.programmes())).orElse(""), evidence));
            }
        });
        List<Property> properties = new ArrayList<>();
        e.properties().forEach((k, vs) -> properties.add(new Property(k, String.join(" | ", vs))));
        View view = new View(e.id().toString(), e.caption(), e.schema().label(), v.id(), facts, names, sections,
                out, in, others, properties, history.of(e.id()));
        Templates.respond(c, 200, "console/entity.jte", Map.of("frame", Frame.of(c, e.caption(), ""),
                "e", view));
    }

    /** A record that is no longer (or not yet) in the active lists: its history, if a stored version holds it. */
    private void notActive(Context c, EntityId id) {
        List<EntityHistory.Event> events = history.of(id);
        if (events.isEmpty()) {
            throw new ApiError(404, null, "no record " + id + " in the active lists");
        }
        String caption = events.get(events.size() - 1).caption();
        Templates.respond(c, 200, "console/delisted.jte", Map.of("frame", Frame.of(c, caption, ""),
                "id", id.toString(), "caption", caption, "history", events));
    }

    private static void section(List<Section> sections, String title, List<String> values) {
        if (!values.isEmpty()) {
            sections.add(new Section(title, values));
        }
    }
}
