package org.vigil.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.lists.delta.Delta;
import org.vigil.lists.delta.EntityChange;
import org.vigil.lists.delta.FieldChange;
import org.vigil.lists.model.Entity;

/** The JSON form of a {@link Delta}: {@code added}, {@code removed}, {@code changed} with field-level changes. */
public final class DeltaJson {
    private DeltaJson() {
    }

    public static ObjectNode delta(Delta d) {
        ObjectNode o = Json.object();
        o.put("from", d.from());
        o.put("to", d.to());
        ObjectNode s = o.putObject("summary");
        s.put("added", d.added().size());
        s.put("removed", d.removed().size());
        s.put("changed", d.changed().size());
        s.put("unchanged", d.unchanged());
        ArrayNode added = o.putArray("added");
        d.added().forEach(e -> added.add(brief(e)));
        ArrayNode removed = o.putArray("removed");
        d.removed().forEach(e -> removed.add(brief(e)));
        ArrayNode changed = o.putArray("changed");
        for (EntityChange c : d.changed()) {
            ObjectNode x = brief(c.after());
            ArrayNode fields = x.putArray("fields");
            for (FieldChange f : c.fields()) {
                ObjectNode y = Json.object();
                y.put("field", f.field());
                y.set("added", Json.strings(f.added()));
                y.set("removed", Json.strings(f.removed()));
                fields.add(y);
            }
            changed.add(x);
        }
        return o;
    }

    private static ObjectNode brief(Entity e) {
        ObjectNode x = Json.object();
        x.put("id", e.id().toString());
        x.put("name", e.caption());
        x.put("schema", e.schema().label());
        return x;
    }
}
