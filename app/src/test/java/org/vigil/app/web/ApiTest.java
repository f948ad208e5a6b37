package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.AppContext;
import org.vigil.app.config.VigilConfig;
import org.vigil.app.json.Json;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.version.ImportRequest;

/**
 * The JSON API on a real server: screening (single and batch), the yente-compatible match endpoint, list changes, the
 * OpenAPI document against the routes, and every kind of bad request.
 */
class ApiTest {
    @TempDir
    static Path data;
    static TestServer server;
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        VigilConfig cfg = VigilConfig.load(Optional.empty(), Optional.of(data), Map.of());
        AppContext ctx = AppContext.open(cfg, new PrintWriter(new StringWriter()));
        // an older UN version: stored (refused activation, being older), so that changes since it can be asked for
        ctx.store().importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                List.of(TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml")), "test"));
        server = TestServer.start(ctx);
        app = server.app;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(server.request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, "application/json");
    }

    static HttpResponse<String> post(String path, String body, String type) throws Exception {
        return http.send(server.request(path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    /** A 4xx JSON error naming the field, with the message containing {@code text}. */
    static void assertError(HttpResponse<String> r, int status, String field, String text) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        JsonNode j = json(r);
        assertThat(j.get("error").asText()).contains(text);
        if (field == null) {
            assertThat(j.has("field")).isFalse();
        } else {
            assertThat(j.path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void oneQueryIsAnsweredWithTheCliRowShape() throws Exception {
        HttpResponse<String> r = post("/api/v1/screen",
                "{\"name\":\"Hafiz Mohammad Sayeed\",\"dob\":\"1950\",\"country\":\"pk\",\"id\":\"c-1\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = json(r);
        assertThat(j.get("row").asInt()).isEqualTo(1);
        assertThat(j.get("id").asText()).isEqualTo("c-1");
        assertThat(j.at("/query/dob").asText()).isEqualTo("1950");
        assertThat(j.at("/query/country").asText()).isEqualTo("PK");
        assertThat(j.at("/matches/0/id").asText()).isEqualTo("un-sc:QDi.263");
        assertThat(j.at("/matches/0/name").asText()).isEqualTo("HAFIZ MUHAMMAD SAEED");
        assertThat(j.at("/matches/0/score").asDouble()).isGreaterThan(0.95);
        JsonNode explanation = j.at("/matches/0/explanation");
        assertThat(explanation.isArray()).isTrue();
        assertThat(explanation.findValuesAsText("rule")).isNotEmpty();
        assertThat(explanation.findValuesAsText("attribute")).contains("birthDate");
        assertThat(j.fieldNames()).toIterable().containsExactly("row", "id", "query", "matches");
    }

    @Test
    void aBatchOfThreeKeepsOrderAndOptions() throws Exception {
        HttpResponse<String> r = post("/api/v1/screen", """
                {"queries":[{"name":"Lashkar-e-Toiba","type":"organization","id":"a"},
                            {"name":"George Bush","id":7},
                            {"name":"Zakiur Rehman Lakhvi"}],
                 "threshold":0.8,"limit":3,"sources":["un-sc"]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode results = json(r).get("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).at("/matches/0/id").asText()).isEqualTo("un-sc:QDe.118");
        assertThat(results.get(0).get("id").asText()).isEqualTo("a");
        assertThat(results.get(1).get("row").asInt()).isEqualTo(2);
        assertThat(results.get(1).get("id").asText()).isEqualTo("7");
        assertThat(results.get(1).get("matches").size()).isZero();
        assertThat(results.get(2).at("/matches/0/id").asText()).isEqualTo("un-sc:QDi.264");
        for (JsonNode row : results) {
            assertThat(row.get("matches").size()).isLessThanOrEqualTo(3);
            row.get("matches").forEach(m -> assertThat(m.get("id").asText()).startsWith("un-sc:"));
        }
    }

    @Test
    void badRequestsAreClearJsonErrorsNamingTheField() throws Exception {
        assertError(post("/api/v1/screen", "{\"name\":\"x\""), 400, null, "malformed JSON");
        assertError(post("/api/v1/screen", "{\"name\":\"x\"} trailing"), 400, null, "malformed JSON");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"name\":\"y\"}"), 400, null, "Duplicate field");
        assertError(post("/api/v1/screen", ""), 400, null, "empty request body");
        assertError(post("/api/v1/screen", "[1]"), 400, null, "must be a JSON object");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"nmae\":\"y\"}"), 400, "nmae", "unknown field 'nmae'");
        assertError(post("/api/v1/screen", "{\"queries\":[{\"name\":\"x\",\"dbo\":\"1950\"}]}"), 400,
                "queries[0].dbo", "unknown field 'dbo' in queries[0]");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"dob\":\"1950-13\"}"), 400, "dob", "invalid dob");
        assertError(post("/api/v1/screen", "{\"queries\":[{\"name\":\"x\"},{\"name\":\"y\",\"dob\":\"yesterday\"}]}"),
                400, "queries[1].dob", "invalid dob 'yesterday'");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"type\":\"cat\"}"), 400, "type", "unknown type 'cat'");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"country\":\"Atlantis\"}"), 400, "country",
                "unknown country");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"gender\":\"x\"}"), 400, "gender", "invalid gender");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"threshold\":1.5}"), 400, "threshold",
                "threshold must be a number from 0 to 1");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"threshold\":\"0.8\"}"), 400, "threshold", "threshold");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"limit\":0}"), 400, "limit", "limit");
        assertError(post("/api/v1/screen", "{\"name\":\"x\",\"sources\":[\"xx-none\"]}"), 400, "sources",
                "unknown source \"xx-none\"");
        assertError(post("/api/v1/screen", "{\"name\":42}"), 400, "name", "must be a string");
        assertError(post("/api/v1/screen", "{\"type\":\"person\"}"), 400, "name", "name is required");
        assertError(post("/api/v1/screen", "{\"name\":\"" + "a".repeat(1001) + "\"}"), 400, "name",
                "longer than 1000 characters");
        assertError(post("/api/v1/screen", "{\"queries\":{}}"), 400, "queries", "must be an array");
        assertError(post("/api/v1/screen", "{\"name\":\"x\"}", "text/plain"), 415, null, "application/json");

        StringBuilder many = new StringBuilder("{\"queries\":[");
        for (int i = 0; i < 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\"}");
        }
        assertError(post("/api/v1/screen", many.append("]}").toString()), 400, "queries",
                "too many queries: 10000; at most 1000");

        String huge = "{\"name\":\"x\",\"id\":\"" + "a".repeat(WebServer.MAX_BODY_BYTES) + "\"}";
        assertError(post("/api/v1/screen", huge), 413, null, "larger than 1000000 bytes");
    }

    @Test
    void markupInANameComesBackJsonEscapedNeverAsHtml() throws Exception {
        String xss = "<script>alert('x')</script> & Lashkar-e-Toiba";
        HttpResponse<String> r = post("/api/v1/screen", Json.write(Json.object().put("name", xss)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        assertThat(r.body()).doesNotContain("<script").doesNotContain("</script>").doesNotContain("&")
                .contains("\\u003Cscript\\u003E");
        assertThat(json(r).at("/query/name").asText()).isEqualTo(xss);

        HttpResponse<String> bad = post("/api/v1/screen", "{\"name\":\"x\",\"<img src=x onerror=alert(1)>\":1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("<img");
        assertThat(json(bad).get("field").asText()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void apiResponsesCarryTheContentTypeAndSecurityHeaders() throws Exception {
        List<HttpResponse<String>> rs = List.of(post("/api/v1/screen", "{\"name\":\"Hafiz Saeed\"}"),
                post("/api/v1/screen", "{oops"), get("/api/v1/lists/changes?since=@previous"),
                post("/match/default", "{\"queries\":{}}"), get("/openapi.json"), get("/api/v1/nothing"));
        for (HttpResponse<String> r : rs) {
            assertThat(r.headers().firstValue("Content-Type")).as(r.uri().toString())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(r.headers().firstValue("Content-Security-Policy")).contains(WebServer.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
            Json.MAPPER.readTree(r.body());
        }
    }

    @Test
    void yenteMatchFindsLashkarAndSaeed() throws Exception {
        HttpResponse<String> r = post("/match/default?threshold=0.9", """
                {"queries":{
                  "q1":{"schema":"Person","properties":{"name":["Hafiz Saeed","Hafiz Mohammad Sayeed"],
                        "birthDate":["1950"],"nationality":["pk"],"idNumber":["ignored"]}},
                  "q2":{"schema":"Organization","properties":{"name":["Lashkar-e-Toiba"]}},
                  "q3":{"schema":"Person","properties":{"name":["George Bush"]}}}}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = json(r);
        JsonNode q1 = j.at("/responses/q1");
        assertThat(q1.get("status").asInt()).isEqualTo(200);
        JsonNode top = q1.at("/results/0");
        assertThat(top.get("id").asText()).isEqualTo("un-sc:QDi.263");
        assertThat(top.get("caption").asText()).isEqualTo("HAFIZ MUHAMMAD SAEED");
        assertThat(top.get("schema").asText()).isEqualTo("Person");
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(top.get("score").asDouble()).isGreaterThan(0.9);
        assertThat(top.get("datasets").toString()).isEqualTo("[\"un-sc\"]");
        assertThat(top.at("/properties/name/0").asText()).isEqualTo("HAFIZ MUHAMMAD SAEED");
        assertThat(top.at("/properties/birthDate").toString()).contains("1950");
        assertThat(q1.at("/total/value").asInt()).isEqualTo(q1.get("results").size());
        assertThat(q1.get("results").findValuesAsText("id")).doesNotHaveDuplicates();
        q1.get("results").forEach(x -> assertThat(x.get("match").asBoolean())
                .isEqualTo(x.get("score").asDouble() >= 0.9));
        assertThat(j.at("/responses/q2/results").findValuesAsText("id")).contains("un-sc:QDe.118",
                "us-ofac-sdn:7140");
        assertThat(j.at("/responses/q2/results/0/schema").asText()).isEqualTo("Organization");
        assertThat(j.at("/responses/q3/total/value").asInt()).isZero();

        JsonNode un = json(post("/match/us-ofac-sdn", "{\"queries\":{\"a\":{\"schema\":\"Organization\","
                + "\"properties\":{\"name\":[\"Lashkar-e-Toiba\"]}}}}"));
        assertThat(un.at("/responses/a/results").findValuesAsText("id")).isNotEmpty()
                .allSatisfy(id -> assertThat(id).startsWith("us-ofac-sdn:"));

        assertError(post("/match/nope", "{\"queries\":{}}"), 404, "dataset", "unknown dataset 'nope'");
        assertError(post("/match/default", "{\"queries\":{\"a\":{\"schema\":\"Cat\",\"properties\":{\"name\":[\"x\"]}}}}"),
                400, "queries.a.schema", "unsupported schema 'Cat'");
        assertError(post("/match/default", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{}}}}"),
                400, "queries.a.properties.name", "at least one name");
        assertError(post("/match/default", "{\"queries\":{\"a\":{\"properties\":{\"name\":[\"x\"],"
                + "\"birthDate\":[\"soon\"]}}}}"), 400, "queries.a.properties", "invalid dob 'soon'");
        assertError(post("/match/default?limit=x", "{\"queries\":{}}"), 400, "limit", "limit must be a number");
        assertError(post("/match/default", "{\"query\":{}}"), 400, "query", "unknown field 'query'");
    }

    @Test
    void changesSinceAStoredVersionAreTheFieldLevelDelta() throws Exception {
        HttpResponse<String> r = get("/api/v1/lists/changes?since=un-sc@2025-08-02");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode c = json(r).at("/changes/0");
        assertThat(json(r).get("changes").size()).isEqualTo(1);
        assertThat(c.get("source").asText()).isEqualTo("un-sc");
        assertThat(c.get("from").asText()).isEqualTo("un-sc@2025-08-02-74a81264");
        assertThat(c.get("to").asText()).isEqualTo("un-sc@2026-02-27-66b392a4");
        assertThat(c.at("/summary/added").asInt()).isEqualTo(127);
        assertThat(c.at("/summary/removed").asInt()).isEqualTo(3);
        assertThat(c.at("/summary/changed").asInt()).isEqualTo(15);
        assertThat(c.get("removed").findValuesAsText("id")).contains("un-sc:QDi.317");
        assertThat(c.get("changed").findValuesAsText("field")).contains("names");

        JsonNode prev = json(get("/api/v1/lists/changes?since=@previous"));
        assertThat(prev.at("/changes/0/from").asText()).isEqualTo("un-sc@2025-08-02-74a81264");
        assertThat(prev.get("noEarlierVersion").toString()).isEqualTo("[\"us-ofac-sdn\"]");

        assertError(get("/api/v1/lists/changes?since=un-sc@1999-01-01"), 400, "since",
                "unknown list version 'un-sc@1999-01-01'");
        assertError(get("/api/v1/lists/changes?since=nonsense"), 400, "since", "unknown list version");
        assertError(get("/api/v1/lists/changes"), 400, "since", "since is required");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheApiRoutes() throws Exception {
        HttpResponse<String> r = get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m ->
                documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        Set<String> served = new TreeSet<>();
        Set<HandlerType> methods = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                HandlerType.DELETE);
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            String path = e.endpoint.path;
            boolean api = path.startsWith("/api/") || path.startsWith("/match/") || path.equals("/health")
                    || path.equals("/openapi.json") || path.equals("/reconcile");
            if (api && methods.contains(e.endpoint.method)) {
                served.add(e.endpoint.method.name() + " " + path);
            }
        }
        assertThat(served).contains("POST /api/v1/screen", "GET /api/v1/lists/changes", "POST /match/{dataset}",
                "GET /reconcile", "POST /reconcile");
        assertThat(documented).isEqualTo(served);
        // every $ref resolves
        for (String ref : doc.findValuesAsText("$ref")) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }
}
