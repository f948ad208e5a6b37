package org.vigil.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.app.json.Json;
import org.vigil.app.match.ActiveScreener;
import org.vigil.app.match.QueryInput;
import org.vigil.app.match.ResultJson;
import org.vigil.app.match.ScreenedRow;
import org.vigil.match.Query;
import org.vigil.match.ScreenOptions;
import org.vigil.match.analysis.NameAnalyzer;

/**
 * {@code POST /api/v1/screen}: one query object, answered with one result row, or {@code {"queries":[...]}} (up to
 * {@link #MAX_QUERIES}), answered with {@code {"results":[...]}}. The rows are exactly those of the CLI's JSONL output
 * ({@link ResultJson}). Every query is validated before any is screened; a bad one refuses the whole request,
 * naming the field ({@code queries[2].dob}). Each answered request is recorded in the audit log first
 * ({@link ScreeningAudit}).
 */
final class ScreenApi {
    static final int MAX_QUERIES = 1000;
    static final int MAX_LIMIT = 100;
    private static final Set<String> QUERY_FIELDS = Set.of("name", "type", "dob", "country", "gender", "id");
    private static final Set<String> OPTIONS = Set.of("threshold", "limit", "sources");
    private static final Set<String> SINGLE_FIELDS = union(QUERY_FIELDS, OPTIONS);
    private static final Set<String> BATCH_FIELDS = union(Set.of("queries"), OPTIONS);

    private final ActiveScreener active;
    private final ScreeningAudit audit;
    private final int maxBodyBytes;

    ScreenApi(ActiveScreener active, ScreeningAudit audit, int maxBodyBytes) {
        this.active = active;
        this.audit = audit;
        this.maxBodyBytes = maxBodyBytes;
    }

    void screen(Context c) {
        JsonNode body = ApiJson.body(c, maxBodyBytes);
        boolean batch = body.isObject() && body.has("queries");
        ApiJson.object(body, "", batch ? BATCH_FIELDS : SINGLE_FIELDS);
        ActiveScreener.Snapshot screener = active.snapshot();
        ScreenOptions options = options(body, screener.index().sources());
        if (!batch) {
            Parsed q = parse(body, "");
            ScreenedRow row = new ScreenedRow(1, q.id(), q.input(), q.query(),
                    screener.screen(q.query(), options).matches(), null);
            audit.record(c, List.of(screened(row)), options, screener.versionIds(), null);
            ApiJson.respond(c, ResultJson.row(row));
            return;
        }
        JsonNode queries = body.get("queries");
        if (!queries.isArray()) {
            throw ApiError.badField("queries", "queries must be an array of query objects");
        }
        if (queries.size() > MAX_QUERIES) {
            throw ApiError.badField("queries", "too many queries: " + queries.size() + "; at most " + MAX_QUERIES
                    + " per request (use a batch job for more)");
        }
        List<Parsed> parsed = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            String field = "queries[" + i + "]";
            parsed.add(parse(ApiJson.object(queries.get(i), field, QUERY_FIELDS), field + "."));
        }
        List<ScreenedRow> rows = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            Parsed q = parsed.get(i);
            rows.add(new ScreenedRow(i + 1, q.id(), q.input(), q.query(),
                    screener.screen(q.query(), options).matches(), null));
        }
        audit.record(c, rows.stream().map(ScreenApi::screened).toList(), options, screener.versionIds(), null);
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("results");
        rows.forEach(r -> results.add(ResultJson.row(r)));
        ApiJson.respond(c, out);
    }

    private static ScreeningAudit.Screened screened(ScreenedRow r) {
        return new ScreeningAudit.Screened(r.id(), List.of(r.input().name()), r.query(), r.matches());
    }

    private record Parsed(String id, QueryInput input, Query query) {
    }

    /** One query object, validated field by field so that an error names its field. */
    private static Parsed parse(JsonNode q, String prefix) {
        String id = ApiJson.text(q, "id", prefix + "id", true);
        QueryInput in = new QueryInput(ApiJson.text(q, "name", prefix + "name", false),
                ApiJson.text(q, "type", prefix + "type", false), ApiJson.text(q, "dob", prefix + "dob", false),
                ApiJson.text(q, "country", prefix + "country", false),
                ApiJson.text(q, "gender", prefix + "gender", false));
        if (in.name().isEmpty()) {
            throw ApiError.badField(prefix + "name", prefix + "name is required");
        }
        if (in.name().length() > NameAnalyzer.MAX_CHARS) {
            throw ApiError.badField(prefix + "name", prefix + "name is longer than " + NameAnalyzer.MAX_CHARS
                    + " characters (" + in.name().length() + ")");
        }
        check(prefix + "type", new QueryInput("x", in.type(), "", "", ""));
        check(prefix + "dob", new QueryInput("x", "", in.dob(), "", ""));
        check(prefix + "country", new QueryInput("x", "", "", in.country(), ""));
        check(prefix + "gender", new QueryInput("x", "", "", "", in.gender()));
        check(prefix + "name", in);
        return new Parsed(id, in, in.toQuery());
    }

    private static void check(String field, QueryInput in) {
        try {
            in.toQuery();
        } catch (IllegalArgumentException e) {
            throw ApiError.badField(field, field + ": " + e.getMessage());
        }
    }

    private static ScreenOptions options(JsonNode body, List<String> available) {
        double threshold = ApiJson.number(body, "threshold", 0, 1, ScreenOptions.DEFAULT_THRESHOLD);
        int limit = ApiJson.integer(body, "limit", 1, MAX_LIMIT, ScreenOptions.DEFAULT_LIMIT);
        Set<String> sources = new LinkedHashSet<>();
        JsonNode s = body.get("sources");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) {
                throw ApiError.badField("sources", "sources must be an array of list source ids, e.g. [\"un-sc\"]");
            }
            for (JsonNode x : s) {
                if (!x.isTextual() || !available.contains(x.asText())) {
                    throw ApiError.badField("sources", "unknown source " + ApiJson.abbreviate(x.toString())
                            + "; active: " + String.join(", ", available));
                }
                sources.add(x.asText());
            }
        }
        return new ScreenOptions(threshold, limit, sources);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
