package org.vigil.app.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.vigil.app.json.Json;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.Schema;
import org.vigil.match.Explanation;
import org.vigil.match.Match;
import org.vigil.match.Query;

/**
 * The JSON of a screened row, as one line of a JSONL result file and as {@code vigil screen --json}:
 * {@code {"row":1,"id":null,"query":{...},"matches":[{"id":..,"name":..,"matchedName":..,"matchedKind":..,
 * "score":..,"explanation":[token alignments..., attribute effects...]}]}} plus {@code "error"} for a row that could
 * not be screened.
 */
public final class ResultJson {
    private ResultJson() {
    }

    public static ObjectNode row(ScreenedRow r) {
        ObjectNode o = Json.object();
        o.put("row", r.row());
        o.put("id", r.id());
        o.set("query", query(r));
        if (r.error() != null) {
            o.put("error", r.error());
        }
        ArrayNode ms = o.putArray("matches");
        for (Match m : r.matches()) {
            ms.add(match(m));
        }
        return o;
    }

    /** The query as screened (normalised: type label, canonical date, country code), or as given if invalid. */
    static ObjectNode query(ScreenedRow r) {
        ObjectNode q = Json.object();
        QueryInput in = r.input();
        Query v = r.query();
        if (v == null) {
            q.put("name", in.name());
            q.put("type", emptyToNull(in.type()));
            q.put("dob", emptyToNull(in.dob()));
            q.put("country", emptyToNull(in.country()));
            if (!in.gender().isEmpty()) {
                q.put("gender", in.gender());
            }
            return q;
        }
        q.put("name", v.name());
        q.put("type", v.type() == Schema.UNKNOWN ? null : v.type().label());
        q.put("dob", v.birthDate().map(d -> d.canonical()).orElse(null));
        q.put("country", v.country().orElse(null));
        if (v.gender() != Gender.UNKNOWN) {
            q.put("gender", v.gender().label());
        }
        return q;
    }

    static ObjectNode match(Match m) {
        ObjectNode o = Json.object();
        o.put("id", m.id().toString());
        o.put("name", m.name());
        o.put("matchedName", m.matchedName());
        o.put("matchedKind", m.matchedKind().name().toLowerCase(Locale.ROOT));
        o.put("score", round(m.score()));
        o.set("explanation", explanation(m.explanation()));
        return o;
    }

    /** Token alignments first, then the attributes that moved the score. */
    static ArrayNode explanation(Explanation e) {
        ArrayNode a = Json.array();
        for (Explanation.TokenAlignment t : e.tokens()) {
            a.addObject().put("query", t.query()).put("listed", t.listed()).put("rule", t.rule())
                    .put("similarity", round(t.similarity())).put("weight", round(t.weight()));
        }
        for (Explanation.AttributeEffect x : e.attributes()) {
            a.addObject().put("attribute", x.attribute()).put("delta", round(x.delta())).put("reason", x.reason());
        }
        return a;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
