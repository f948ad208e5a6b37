package org.vigil.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.app.json.Json;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.match.QueryInput;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.Schema;
import org.vigil.match.Match;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.analysis.NameAnalyzer;

/**
 * The OpenRefine reconciliation service (Reconciliation Service API 0.2), so that an analyst can reconcile a
 * spreadsheet column of names against the active lists. {@code GET /reconcile} is the service manifest;
 * {@code POST /reconcile} (or {@code GET} with a {@code queries} parameter) takes a query batch
 * {@code {"q0":{"query":"Hafiz Saeed","type":"Person","limit":5,"properties":[{"pid":"dob","v":"1950"}]}}} as the
 * form field {@code queries} (what OpenRefine sends) or as the JSON body {@code {"queries":{...}}}, and answers
 * {@code {"q0":{"result":[{"id","name","description","type":[{"id","name"}],"score":0..100,"match"}]}}}. Candidates are
 * returned from a score of {@link #CUTOFF}; {@code match} is true at the default screening threshold. Queries are
 * validated before any is screened (errors name the field, e.g. {@code queries.q3.properties[0].v}); an answered
 * batch is recorded in the audit log like any other screening.
 */
final class ReconcileApi {
    static final String PATH = "/reconcile";
    static final int MAX_QUERIES = 1000;
    static final int DEFAULT_LIMIT = 5;
    static final double CUTOFF = 0.70;
    static final double MATCH_THRESHOLD = ScreenOptions.DEFAULT_THRESHOLD;
    static final String IDENTIFIER_SPACE = "urn:vigil:entity";
    static final String SCHEMA_SPACE = "urn:vigil:schema";
    private static final Set<String> QUERY_FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");
    /** Property ids a query may carry, with the query field each sets. */
    private static final Map<String, String> PROPERTIES = Map.of("dob", "dob", "birthDate", "dob",
            "country", "country", "nationality", "country", "gender", "gender");

    private final ActiveScreener active;
    private final ScreeningAudit audit;
    private final int maxBodyBytes;

    private ReconcileApi(ActiveScreener active, ScreeningAudit audit, int maxBodyBytes) {
        this.active = active;
        this.audit = audit;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Registers {@code GET} and {@code POST /reconcile}, for analysts (OpenRefine sends an API key, see docs). */
    static void register(RoutesConfig routes, ActiveScreener active, ScreeningAudit audit, int maxBodyBytes) {
        ReconcileApi api = new ReconcileApi(active, audit, maxBodyBytes);
        routes.get(PATH, api::get, Access.ANALYST);
        routes.post(PATH, api::post, Access.ANALYST);
    }

    private void get(Context c) {
        String queries = c.queryParam("queries");
        if (queries == null) {
            ApiJson.respond(c, manifest(c));
            return;
        }
        reconcile(c, parseQueries(queries));
    }

    private void post(Context c) {
        String type = c.contentType() == null ? "" : c.contentType().toLowerCase(Locale.ROOT).strip();
        JsonNode batch;
        if (type.startsWith("application/json")) {
            JsonNode body = ApiJson.object(ApiJson.body(c, maxBodyBytes), "", Set.of("queries"));
            batch = body.get("queries");
            if (batch == null) {
                throw ApiError.badField("queries", "queries is required: {\"queries\":{\"q0\":{\"query\":\"...\"}}}");
            }
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> form = form(c);
            String queries = form.get("queries");
            if (queries == null) {
                throw ApiError.badField("queries", "the form field queries is required (a JSON object of queries)");
            }
            batch = parseQueries(queries);
        } else {
            throw new ApiError(415, null, "send the queries as the form field 'queries' "
                    + "(application/x-www-form-urlencoded) or as JSON {\"queries\":{...}} (application/json)");
        }
        reconcile(c, batch);
    }

    /** The manifest: names the service, its id spaces, the types it reconciles to and where an entity is shown. */
    private static ObjectNode manifest(Context c) {
        ObjectNode m = Json.object();
        m.set("versions", Json.strings(List.of("0.1", "0.2")));
        m.put("name", "Vigil sanctions screening");
        m.put("identifierSpace", IDENTIFIER_SPACE);
        m.put("schemaSpace", SCHEMA_SPACE);
        ArrayNode types = m.putArray("defaultTypes");
        types.add(type(Schema.PERSON));
        types.add(type(Schema.ORGANIZATION));
        m.putObject("view").put("url", c.scheme() + "://" + c.host() + "/entities/{{id}}");
        return m;
    }

    private static ObjectNode type(Schema s) {
        String id = typeId(s);
        return Json.object().put("id", id).put("name", id);
    }

    private static String typeId(Schema s) {
        return switch (s) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
            case UNKNOWN -> "Thing";
        };
    }

    /** The url-encoded form, read with the body size limit (Jetty's own form limit is much smaller). */
    private Map<String, String> form(Context c) {
        byte[] bytes = ApiJson.bodyBytes(c, maxBodyBytes, "request body");
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key;
            String value;
            try {
                key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, null, "malformed form body: " + e.getMessage());
            }
            if (!key.equals("queries") && !key.equals(Auth.CSRF_FIELD)) {
                throw ApiError.badField(ApiJson.abbreviate(key), "unknown form field '" + ApiJson.abbreviate(key)
                        + "'; expected queries");
            }
            if (out.put(key, value) != null) {
                throw ApiError.badField(key, "the form field " + key + " is given twice");
            }
        }
        return out;
    }


    private static JsonNode parseQueries(String text) {
        return ApiJson.parse(text.getBytes(StandardCharsets.UTF_8), "queries");
    }

    private record Parsed(String key, Query query, int limit) {
    }

    private void reconcile(Context c, JsonNode batch) {
        if (batch == null || !batch.isObject()) {
            throw ApiError.badField("queries", "queries must be a JSON object of named queries, e.g. "
                    + "{\"q0\":{\"query\":\"Hafiz Saeed\",\"type\":\"Person\"}}");
        }
        if (batch.size() > MAX_QUERIES) {
            throw ApiError.badField("queries", "too many queries: " + batch.size() + "; at most " + MAX_QUERIES
                    + " per request");
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = batch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parsed.add(parse(e.getKey(), e.getValue(), "queries." + e.getKey()));
        }
        ActiveScreener.Snapshot screener = active.snapshot();
        int largestLimit = 1;
        List<ScreeningAudit.Screened> screened = new ArrayList<>();
        for (Parsed p : parsed) {
            ScreenOptions options = new ScreenOptions(CUTOFF, p.limit(), Set.of());
            screened.add(new ScreeningAudit.Screened(p.key(), List.of(p.query().name()), p.query(),
                    screener.screen(p.query(), options).matches()));
            largestLimit = Math.max(largestLimit, p.limit());
        }
        audit.record(c, screened, new ScreenOptions(CUTOFF, largestLimit, Set.of()), screener.versionIds(),
                Json.object().put("matchThreshold", MATCH_THRESHOLD));
        ObjectNode out = Json.object();
        for (ScreeningAudit.Screened s : screened) {
            ArrayNode results = out.putObject(s.ref()).putArray("result");
            s.matches().forEach(m -> results.add(candidate(m)));
        }
        ApiJson.respond(c, out);
    }

    private static Parsed parse(String key, JsonNode q, String field) {
        ApiJson.object(q, field, QUERY_FIELDS);
        String name = ApiJson.text(q, "query", field + ".query", false);
        if (name == null || name.isBlank()) {
            throw ApiError.badField(field + ".query", field + ".query is required: the name to reconcile");
        }
        if (name.length() > NameAnalyzer.MAX_CHARS) {
            throw ApiError.badField(field + ".query", field + ".query is longer than " + NameAnalyzer.MAX_CHARS
                    + " characters (" + name.length() + ")");
        }
        String type = type(q.get("type"), field + ".type");
        int limit = ApiJson.integer(q, "limit", 1, ScreenApi.MAX_LIMIT, DEFAULT_LIMIT, field + ".limit");
        JsonNode ts = q.get("type_strict");
        if (ts != null && !ts.isNull() && !(ts.isTextual() && Set.of("any", "all", "should").contains(ts.asText()))) {
            throw ApiError.badField(field + ".type_strict", field + ".type_strict must be any, all or should");
        }
        Map<String, String> props = properties(q.get("properties"), field + ".properties");
        QueryInput in = new QueryInput(name, type, props.getOrDefault("dob", ""), props.getOrDefault("country", ""),
                props.getOrDefault("gender", ""));
        check(field + ".query", in);
        return new Parsed(key, in.toQuery(), limit);
    }

    private static void check(String field, QueryInput in) {
        try {
            in.toQuery();
        } catch (IllegalArgumentException e) {
            throw ApiError.badField(field, field + ": " + e.getMessage());
        }
    }

    /** The query's type: a type id (Person, Organization, ...), or an array of them (the first is used). */
    private static String type(JsonNode t, String field) {
        if (t == null || t.isNull()) {
            return "";
        }
        JsonNode first = t.isArray() ? t.path(0) : t;
        if (t.isArray() && t.isEmpty()) {
            return "";
        }
        if (!first.isTextual()) {
            throw ApiError.badField(field, field + " must be a type id such as Person or Organization");
        }
        try {
            Schema s = Schema.parse(first.asText());
            return s == Schema.UNKNOWN ? "" : s.label();
        } catch (IllegalArgumentException e) {
            throw ApiError.badField(field, "unknown type '" + ApiJson.abbreviate(first.asText())
                    + "'; expected Person or Organization (or Vessel, Airplane)");
        }
    }

    /**
     * The query's properties {@code [{"pid":"dob","v":"1950"}]}: {@code dob}/{@code birthDate}, {@code country}/
     * {@code nationality} and {@code gender}. A value may be a string, a number (a year), an array (the first value is
     * used) or an object with an {@code id}. Each value is validated here, so that an error names its place. Returns
     * the query field (dob, country, gender) to its value.
     */
    private static Map<String, String> properties(JsonNode props, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (props == null || props.isNull()) {
            return out;
        }
        if (!props.isArray()) {
            throw ApiError.badField(field, field + " must be an array of {\"pid\":..., \"v\":...}");
        }
        for (int i = 0; i < props.size(); i++) {
            String f = field + "[" + i + "]";
            JsonNode p = ApiJson.object(props.get(i), f, Set.of("pid", "v"));
            String pid = ApiJson.text(p, "pid", f + ".pid", false);
            if (pid == null || !PROPERTIES.containsKey(pid)) {
                throw ApiError.badField(f + ".pid", "unsupported property " + (pid == null ? "(none)" : "'"
                        + ApiJson.abbreviate(pid) + "'") + "; supported: dob (birthDate), country (nationality), "
                        + "gender");
            }
            String value = value(p.get("v"), f + ".v");
            String target = PROPERTIES.get(pid);
            if (value.isBlank() || out.containsKey(target)) {
                continue; // a blank cell says nothing; with several values the first is used
            }
            check(f + ".v", switch (target) {
                case "dob" -> new QueryInput("x", "", value, "", "");
                case "country" -> new QueryInput("x", "", "", value, "");
                default -> new QueryInput("x", "", "", "", value);
            });
            out.put(target, value);
        }
        return out;
    }

    private static String value(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            return "";
        }
        JsonNode x = v.isArray() ? (v.isEmpty() ? null : v.get(0)) : v;
        if (x == null || x.isNull()) {
            return "";
        }
        if (x.isObject() && x.get("id") != null && x.get("id").isTextual()) {
            return x.get("id").asText();
        }
        if (x.isTextual() || x.isIntegralNumber()) {
            return x.asText();
        }
        throw ApiError.badField(field, field + " must be a string, a whole number or {\"id\":...}");
    }

    private static ObjectNode candidate(Match m) {
        Entity e = m.entity();
        ObjectNode r = Json.object();
        r.put("id", e.id().toString());
        r.put("name", e.caption());
        List<String> about = new ArrayList<>();
        about.add(e.id().source());
        about.addAll(e.programmes());
        if (!m.matchedName().equals(e.caption())) {
            about.add("matched \"" + m.matchedName() + "\"");
        }
        r.put("description", String.join(" · ", about));
        r.putArray("type").add(type(e.schema()));
        r.put("score", Math.round(m.score() * 1000) / 10.0);
        r.put("match", m.score() >= MATCH_THRESHOLD);
        return r;
    }
}
