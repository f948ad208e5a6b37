package org.vigil.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.app.json.Json;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.match.QueryInput;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.Schema;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.analysis.NameAnalyzer;

/**
 * {@code POST /match/{dataset}}: the subset of the OpenSanctions/yente matching API that its clients use. Request
 * {@code {"queries":{"q1":{"schema":"Person","properties":{"name":[..],"birthDate":[..],"nationality":[..]}}}}};
 * response {@code {"responses":{"q1":{"status":200,"results":[{id, caption, schema, score, match, datasets,
 * properties}],"total":{"value":N,"relation":"eq"}}}}}. Dataset {@code default} is every active list, otherwise a
 * list source id. Each name is screened (with the first birth date and the first nationality or country); a record
 * found by several names keeps its best score. Other FollowTheMoney properties are accepted and ignored. Each
 * answered request is recorded in the audit log first ({@link ScreeningAudit}); the recorded threshold is the cutoff
 * screened at, {@code matchThreshold} the one that sets {@code match}.
 */
final class MatchApi {
    static final int MAX_QUERIES = 1000;
    static final int MAX_NAMES = 20;
    static final double DEFAULT_CUTOFF = 0.70;
    static final int DEFAULT_LIMIT = 5;

    private final ActiveScreener active;
    private final ScreeningAudit audit;
    private final int maxBodyBytes;

    MatchApi(ActiveScreener active, ScreeningAudit audit, int maxBodyBytes) {
        this.active = active;
        this.audit = audit;
        this.maxBodyBytes = maxBodyBytes;
    }

    void match(Context c) {
        ActiveScreener.Snapshot screener = active.snapshot();
        String dataset = c.pathParam("dataset");
        Set<String> sources;
        if (dataset.equals("default")) {
            sources = Set.of();
        } else if (screener.index().sources().contains(dataset)) {
            sources = Set.of(dataset);
        } else {
            throw new ApiError(404, "dataset", "unknown dataset '" + ApiJson.abbreviate(dataset)
                    + "'; available: default, " + String.join(", ", screener.index().sources()));
        }
        double threshold = ApiJson.queryNumber(c, "threshold", 0, 1, ScreenOptions.DEFAULT_THRESHOLD);
        double cutoff = ApiJson.queryNumber(c, "cutoff", 0, 1, Math.min(DEFAULT_CUTOFF, threshold));
        int limit = (int) ApiJson.queryNumber(c, "limit", 1, ScreenApi.MAX_LIMIT, DEFAULT_LIMIT);
        ScreenOptions options = new ScreenOptions(cutoff, limit, sources);

        JsonNode body = ApiJson.object(ApiJson.body(c, maxBodyBytes), "", Set.of("queries"));
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isObject()) {
            throw ApiError.badField("queries", "queries must be an object of named entity examples, e.g. "
                    + "{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"...\"]}}}");
        }
        if (queries.size() > MAX_QUERIES) {
            throw ApiError.badField("queries", "too many queries: " + queries.size() + "; at most " + MAX_QUERIES);
        }
        Map<String, List<Query>> parsed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parsed.put(e.getKey(), parse(e.getValue(), "queries." + e.getKey()));
        }
        Map<String, List<Match>> found = new LinkedHashMap<>();
        List<ScreeningAudit.Screened> screened = new ArrayList<>();
        for (Map.Entry<String, List<Query>> e : parsed.entrySet()) {
            List<Match> matches = best(screener, e.getValue(), options);
            found.put(e.getKey(), matches);
            screened.add(new ScreeningAudit.Screened(e.getKey(), e.getValue().stream().map(Query::name).toList(),
                    e.getValue().get(0), matches));
        }
        audit.record(c, screened, options, screener.versionIds(), Json.object().put("matchThreshold", threshold));
        ObjectNode out = Json.object();
        ObjectNode responses = out.putObject("responses");
        for (Map.Entry<String, List<Match>> e : found.entrySet()) {
            List<Match> matches = e.getValue();
            ObjectNode r = responses.putObject(e.getKey());
            r.put("status", 200);
            ArrayNode results = r.putArray("results");
            matches.forEach(m -> results.add(result(m, threshold)));
            r.putObject("total").put("value", matches.size()).put("relation", "eq");
        }
        out.put("limit", limit);
        ApiJson.respond(c, out);
    }

    /** Every name's matches, one per record (its best), best first, at most the limit. */
    private static List<Match> best(ActiveScreener.Snapshot screener, List<Query> queries, ScreenOptions options) {
        Map<String, Match> byId = new LinkedHashMap<>();
        for (Query q : queries) {
            for (Match m : screener.screen(q, options).matches()) {
                byId.merge(m.id().toString(), m, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Match> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparingDouble(Match::score).reversed());
        return all.subList(0, Math.min(options.limit(), all.size()));
    }

    private static List<Query> parse(JsonNode example, String field) {
        ApiJson.object(example, field, Set.of("id", "schema", "properties"));
        String schema = ApiJson.text(example, "schema", field + ".schema", false);
        String type = "";
        if (schema != null) {
            try {
                Schema s = Schema.parse(schema);
                type = s == Schema.UNKNOWN ? "" : s.label();
            } catch (IllegalArgumentException e) {
                throw ApiError.badField(field + ".schema", "unsupported schema '" + ApiJson.abbreviate(schema)
                        + "'; expected Person, Organization, Company, LegalEntity, Vessel, Airplane or Thing");
            }
        }
        JsonNode props = example.get("properties");
        if (props == null || !props.isObject()) {
            throw ApiError.badField(field + ".properties", field + ".properties must be an object of value arrays");
        }
        List<String> names = values(props, "name", field);
        if (names.isEmpty()) {
            throw ApiError.badField(field + ".properties.name", field + ".properties.name needs at least one name");
        }
        if (names.size() > MAX_NAMES) {
            throw ApiError.badField(field + ".properties.name", "at most " + MAX_NAMES + " names per query");
        }
        String dob = first(values(props, "birthDate", field));
        List<String> countries = new ArrayList<>(values(props, "nationality", field));
        countries.addAll(values(props, "country", field));
        String country = first(countries);
        String gender = first(values(props, "gender", field));
        List<Query> out = new ArrayList<>();
        for (String name : names) {
            if (name.length() > NameAnalyzer.MAX_CHARS) {
                throw ApiError.badField(field + ".properties.name", "a name is longer than "
                        + NameAnalyzer.MAX_CHARS + " characters");
            }
            try {
                out.add(new QueryInput(name, type, dob, country, gender).toQuery());
            } catch (IllegalArgumentException e) {
                throw ApiError.badField(field + ".properties", field + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static List<String> values(JsonNode props, String key, String field) {
        JsonNode v = props.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isTextual()) {
                    throw ApiError.badField(field + ".properties." + key, field + ".properties." + key
                            + " must be an array of strings");
                }
                if (!x.asText().isBlank()) {
                    out.add(x.asText());
                }
            }
        } else {
            throw ApiError.badField(field + ".properties." + key, field + ".properties." + key
                    + " must be an array of strings");
        }
        return out;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }

    private static ObjectNode result(Match m, double threshold) {
        Entity e = m.entity();
        ObjectNode r = Json.object();
        r.put("id", e.id().toString());
        r.put("caption", e.caption());
        r.put("schema", ftmSchema(e.schema()));
        r.put("score", Math.round(m.score() * 1000) / 1000.0);
        r.put("match", m.score() >= threshold);
        r.set("datasets", Json.strings(List.of(e.id().source())));
        ObjectNode p = r.putObject("properties");
        Set<String> aliases = new LinkedHashSet<>();
        for (Name n : e.names()) {
            if (!n.value().equals(e.caption())) {
                aliases.add(n.value());
            }
        }
        p.set("name", Json.strings(List.of(e.caption())));
        putAll(p, "alias", aliases);
        putAll(p, "birthDate", e.birthDates().stream().map(d -> d.canonical()).toList());
        putAll(p, "nationality", e.nationalities());
        putAll(p, "country", e.countries());
        putAll(p, "program", e.programmes());
        return r;
    }

    private static void putAll(ObjectNode p, String key, java.util.Collection<String> values) {
        if (!values.isEmpty()) {
            p.set(key, Json.strings(values));
        }
    }

    private static String ftmSchema(Schema s) {
        return switch (s) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
            case UNKNOWN -> "LegalEntity";
        };
    }
}
