package org.vigil.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigil.lists.identity.Evidence;
import org.vigil.lists.identity.Subject;
import org.vigil.lists.model.Address;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NamePart;
import org.vigil.lists.model.Place;
import org.vigil.lists.version.ActiveLists;
import org.vigil.lists.version.ListVersion;
import org.vigil.lists.version.VersionInfo;

/** The JSON form of records, versions and their relations, shared by the CLI's {@code --json} and the HTTP API. */
public final class EntityJson {
    private EntityJson() {
    }

    public static ObjectNode entity(Entity e) {
        ObjectNode o = Json.object();
        o.put("id", e.id().toString());
        o.put("source", e.id().source());
        o.put("schema", e.schema().label());
        o.put("caption", e.caption());
        ArrayNode names = o.putArray("names");
        for (Name n : e.names()) {
            names.add(name(n));
        }
        if (e.gender() != Gender.UNKNOWN) {
            o.put("gender", e.gender().label());
        }
        ArrayNode dates = o.putArray("birthDates");
        e.birthDates().forEach(d -> dates.add(date(d)));
        ArrayNode places = o.putArray("birthPlaces");
        e.birthPlaces().forEach(p -> places.add(place(p)));
        o.set("nationalities", Json.strings(e.nationalities()));
        o.set("countries", Json.strings(e.countries()));
        ArrayNode addresses = o.putArray("addresses");
        e.addresses().forEach(a -> addresses.add(address(a)));
        ArrayNode docs = o.putArray("documents");
        e.documents().forEach(d -> docs.add(document(d)));
        o.set("programmes", Json.strings(e.programmes()));
        e.listedOn().ifPresent(d -> o.put("listedOn", d.toString()));
        e.lastUpdated().ifPresent(d -> o.put("lastUpdated", d.toString()));
        o.set("remarks", Json.strings(e.remarks()));
        ArrayNode links = o.putArray("links");
        e.links().forEach(l -> links.add(link(l)));
        ObjectNode props = o.putObject("properties");
        e.properties().forEach((k, v) -> props.set(k, Json.strings(v)));
        return o;
    }

    /**
     * A record with everything around it: the version it is in, the records it links to and those linking to it
     * (with their names), and the records of other lists that designate the same subject.
     */
    public static ObjectNode entityInContext(Entity e, ListVersion version, ActiveLists lists) {
        ObjectNode o = entity(e);
        o.put("version", version.id());
        ArrayNode out = o.putArray("linksTo");
        for (Link l : e.links()) {
            ObjectNode x = link(l);
            l.target().flatMap(lists::entity).ifPresent(t -> x.put("targetCaption", t.caption()));
            out.add(x);
        }
        ArrayNode in = o.putArray("linkedFrom");
        for (ListVersion.Incoming i : version.incoming(e.id())) {
            ObjectNode x = Json.object();
            x.put("type", i.link().type().label());
            x.put("from", i.from().toString());
            lists.entity(i.from()).ifPresent(f -> x.put("fromCaption", f.caption()));
            x.put("evidence", i.link().evidence());
            in.add(x);
        }
        ArrayNode others = o.putArray("otherDesignations");
        lists.subjectOf(e.id()).ifPresent(s -> addOthers(others, s, e.id(), lists));
        return o;
    }

    private static void addOthers(ArrayNode out, Subject s, EntityId self, ActiveLists lists) {
        for (EntityId other : s.others(self)) {
            ObjectNode x = Json.object();
            x.put("id", other.toString());
            lists.entity(other).ifPresent(o -> {
                x.put("caption", o.caption());
                x.set("programmes", Json.strings(o.programmes()));
            });
            ArrayNode ev = x.putArray("evidence");
            for (Evidence v : s.explain(self, other)) {
                ObjectNode y = Json.object();
                y.put("kind", v.kind().label());
                y.set("between", Json.strings(List.of(v.a().toString(), v.b().toString())));
                y.put("detail", v.detail());
                ev.add(y);
            }
            out.add(x);
        }
    }

    public static ObjectNode version(VersionInfo v) {
        ObjectNode o = Json.object();
        o.put("id", v.id());
        o.put("source", v.source());
        o.put("format", v.format().id());
        v.published().ifPresent(p -> o.put("published", p.toString()));
        o.put("sha256", v.sha256());
        o.put("loadedAt", v.loadedAt().toString());
        o.put("origin", v.origin());
        ObjectNode c = o.putObject("counts");
        c.put("entities", v.counts().entities());
        c.put("persons", v.counts().persons());
        c.put("organizations", v.counts().organizations());
        c.put("vessels", v.counts().vessels());
        c.put("aircraft", v.counts().aircraft());
        c.put("unknown", v.counts().unknown());
        c.put("names", v.counts().names());
        c.put("links", v.counts().links());
        o.set("files", Json.strings(v.files()));
        o.put("warnings", v.warnings());
        return o;
    }

    public static ObjectNode name(Name n) {
        ObjectNode x = Json.object();
        x.put("value", n.value());
        x.put("kind", n.kind().label());
        x.put("script", n.script());
        if (!n.parts().isEmpty()) {
            ArrayNode parts = x.putArray("parts");
            for (NamePart p : n.parts()) {
                parts.add(Json.object().put("type", p.type().label()).put("value", p.value()));
            }
        }
        return x;
    }

    static ObjectNode date(FuzzyDate d) {
        ObjectNode x = Json.object();
        x.put("value", d.canonical());
        x.put("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
        x.put("approximate", d.approximate());
        x.put("earliest", d.earliest().toString());
        x.put("latest", d.latest().toString());
        x.put("text", d.text());
        return x;
    }

    static ObjectNode place(Place p) {
        ObjectNode x = Json.object();
        x.put("text", p.text());
        putIfSet(x, "city", p.city());
        putIfSet(x, "region", p.region());
        p.country().ifPresent(c -> x.put("country", c));
        return x;
    }

    static ObjectNode address(Address a) {
        ObjectNode x = Json.object();
        x.put("full", a.full());
        putIfSet(x, "street", a.street());
        putIfSet(x, "city", a.city());
        putIfSet(x, "region", a.region());
        putIfSet(x, "postalCode", a.postalCode());
        a.country().ifPresent(c -> x.put("country", c));
        putIfSet(x, "note", a.note());
        return x;
    }

    static ObjectNode document(IdentityDocument d) {
        ObjectNode x = Json.object();
        x.put("type", d.type().label());
        putIfSet(x, "typeText", d.typeText());
        x.put("number", d.number());
        d.country().ifPresent(c -> x.put("country", c));
        d.issued().ifPresent(v -> x.put("issued", v.toString()));
        d.expires().ifPresent(v -> x.put("expires", v.toString()));
        putIfSet(x, "note", d.note());
        return x;
    }

    static ObjectNode link(Link l) {
        ObjectNode x = Json.object();
        x.put("type", l.type().label());
        x.put("reference", l.reference());
        l.target().ifPresent(t -> x.put("target", t.toString()));
        putIfSet(x, "evidence", l.evidence());
        return x;
    }

    private static void putIfSet(ObjectNode x, String key, String value) {
        if (!value.isEmpty()) {
            x.put(key, value);
        }
    }
}
