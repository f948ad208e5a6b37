package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.app.web.ApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.json.Json;
import org.vigil.screening.audit.AuditEntry;

/**
 * Hostile and broken input over HTTP, on every screening endpoint (ApiTest covers {@code /api/v1/screen} field by
 * field; this adds {@code /match} and {@code /reconcile}, bodies without a length, markup and SQL in every place a
 * request can carry text), and that a refused request leaves nothing behind in any table.
 */
class BadInputTest {
    @TempDir
    static Path data;
    static TestServer server;

    static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final String SQL = "Robert'); DROP TABLE audit_log; -- \" OR 1=1 /* ; DELETE FROM api_key";

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return server.post(path, body, "application/json");
    }

    /** Row count of every table of the schema, by table name. */
    static Map<String, Long> rowCounts() {
        return server.services.database().jdbi().withHandle(h -> {
            List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')")
                    .mapTo(String.class).list();
            Map<String, Long> out = new TreeMap<>();
            for (String t : tables) {
                if (!t.matches("[a-z_0-9]+")) {
                    continue;
                }
                // a name read from the catalogue and checked above, never request input
                out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
            }
            return out;
        });
    }

    static String manyScreenQueries(int n) {
        StringBuilder b = new StringBuilder("{\"queries\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\"}");
        }
        return b.append("]}").toString();
    }

    static String manyMatchQueries(int n) {
        StringBuilder b = new StringBuilder("{\"queries\":{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"properties\":{\"name\":[\"n")
                    .append(i).append("\"]}}");
        }
        return b.append("}}").toString();
    }

    static String manyReconcileQueries(int n) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"n").append(i).append("\"}");
        }
        return b.append("}").toString();
    }

    static HttpResponse<String> reconcileForm(String queries) throws Exception {
        return server.post("/reconcile", "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
    }

    @Test
    void theMatchEndpointRefusesBrokenBodiesLikeTheScreenEndpoint() throws Exception {
        assertError(post("/match/default", "{\"queries\":{\"a\":"), 400, null, "malformed JSON");
        assertError(post("/match/default", ""), 400, null, "empty request body");
        assertError(post("/match/default", "{\"queries\":{},\"queries\":{}}"), 400, null, "Duplicate field");
        assertError(server.post("/match/default", "{\"queries\":{}}", "text/plain"), 415, null, "application/json");
        assertError(post("/match/default", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"propertis\":{}}}}"), 400,
                "queries.a.propertis", "unknown field 'propertis'");
        assertError(post("/match/default", "{\"queries\":{\"a\":{\"properties\":{\"name\":[42]}}}}"), 400,
                "queries.a.properties.name", "must be an array of strings");
        assertError(post("/match/default", "{\"queries\":{\"a\":{\"properties\":{\"name\":[\"" + "a".repeat(1001)
                + "\"]}}}}"), 400, "queries.a.properties.name", "longer than 1000 characters");
    }

    @Test
    void tenThousandQueriesAreRefusedNamingTheLimitOnEveryEndpoint() throws Exception {
        assertError(post("/api/v1/screen", manyScreenQueries(10_000)), 400, "queries",
                "too many queries: 10000; at most 1000");
        assertError(post("/match/default", manyMatchQueries(10_000)), 400, "queries",
                "too many queries: 10000; at most 1000");
        assertError(reconcileForm(manyReconcileQueries(10_000)), 400, "queries",
                "too many queries: 10000; at most 1000");
        assertError(post("/reconcile", "{\"queries\":" + manyReconcileQueries(10_000) + "}"), 400, "queries",
                "at most 1000");
        // exactly the limit is answered
        HttpResponse<String> ok = post("/api/v1/screen", manyScreenQueries(1000));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(ok.body()).get("results").size()).isEqualTo(1000);
    }

    @Test
    void oversizedBodiesAre413WithOrWithoutAContentLength() throws Exception {
        String huge = "{\"queries\":{\"a\":{\"properties\":{\"name\":[\"" + "a".repeat(WebServer.MAX_BODY_BYTES)
                + "\"]}}}}";
        // repeated: the client is still sending when the answer is ready, and must get the 413, not a broken pipe
        for (int i = 0; i < 5; i++) {
            assertError(post("/match/default", huge), 413, null, "larger than 1000000 bytes");
            assertError(post("/reconcile", huge), 413, null, "larger than 1000000 bytes");
        }
        assertError(reconcileForm("{\"q\":{\"query\":\"" + "a".repeat(WebServer.MAX_BODY_BYTES) + "\"}}"), 413,
                null, "larger than 1000000 bytes");
        // streamed without Content-Length (chunked): the limit holds while reading
        byte[] bytes = ("{\"name\":\"x\",\"id\":\"" + "a".repeat(2 * WebServer.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = server.send(server.request("/api/v1/screen")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());
        assertThat(chunked.request().headers().firstValue("Content-Length")).isEmpty();
        assertError(chunked, 413, null, "larger than 1000000 bytes");
    }

    @Test
    void aMissingContentTypeIs415() throws Exception {
        for (String path : List.of("/api/v1/screen", "/match/default", "/reconcile")) {
            HttpResponse<String> r = server.send(server.request(path)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("application/json"));
        }
    }

    @Test
    void markupComesBackEscapedFromEveryEndpoint() throws Exception {
        // JSON: the query key and name are echoed, never as markup
        HttpResponse<String> rec = reconcileForm(Json.write(Json.object().set(XSS, Json.object().put("query", XSS))));
        assertThat(rec.statusCode()).as(rec.body()).isEqualTo(200);
        assertThat(rec.body()).doesNotContain("<script").doesNotContain("<img");
        assertThat(Json.MAPPER.readTree(rec.body()).has(XSS)).isTrue();

        HttpResponse<String> match = post("/match/default", Json.write(Json.object().set("queries",
                Json.object().set(XSS, Json.MAPPER.readTree("{\"properties\":{\"name\":[\"x\"]}}")))));
        assertThat(match.statusCode()).as(match.body()).isEqualTo(200);
        assertThat(match.body()).doesNotContain("<script").doesNotContain("<img");
        assertThat(Json.MAPPER.readTree(match.body()).get("responses").has(XSS)).isTrue();

        // errors that quote the input
        for (HttpResponse<String> r : List.of(
                post("/match/" + URLEncoder.encode(XSS, StandardCharsets.UTF_8), "{\"queries\":{}}"),
                post("/api/v1/screen", Json.write(Json.object().put("name", "x").put("country", XSS))),
                reconcileForm("{\"q\":{\"query\":\"x\",\"type\":" + Json.write(Json.object().textNode(XSS)) + "}}"),
                server.get("/api/v1/entities/" + URLEncoder.encode("un-sc:" + XSS, StandardCharsets.UTF_8)))) {
            assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
            assertThat(r.body()).as(r.uri().toString()).doesNotContain("<script").doesNotContain("<img");
            Json.MAPPER.readTree(r.body());
        }

        // console pages that do not exist get the HTML error page (WebServerTest checks its escaping)
        HttpResponse<String> page = server.get("/no-such-page/" + URLEncoder.encode(XSS, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).as(page.body()).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/html"));
        assertThat(page.body()).doesNotContain("<script").doesNotContain("<img").contains("<h1>404</h1>");
        HttpResponse<String> entity = server.get("/entities/" + URLEncoder.encode(XSS, StandardCharsets.UTF_8));
        assertThat(entity.statusCode()).isBetween(400, 404);
        assertThat(entity.body()).doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void sqlMetacharactersAreJustTextEverywhere() throws Exception {
        Map<String, Long> before = rowCounts();
        HttpResponse<String> screened = post("/api/v1/screen",
                Json.write(Json.object().put("name", SQL).put("id", SQL)));
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(screened.body()).get("id").asText()).isEqualTo(SQL);
        HttpResponse<String> rec = reconcileForm(Json.write(Json.object().set(SQL, Json.object().put("query", SQL))));
        assertThat(rec.statusCode()).as(rec.body()).isEqualTo(200);

        // as ids, keys and user names: refused or not found, never a server error
        for (HttpResponse<String> r : List.of(
                server.get("/api/v1/entities/" + URLEncoder.encode(SQL, StandardCharsets.UTF_8).replace("+", "%20")),
                server.get("/api/v1/entities/" + URLEncoder.encode("un-sc:QDi.263' OR '1'='1",
                        StandardCharsets.UTF_8).replace("+", "%20")),
                server.get("/api/v1/lists/changes?since=" + URLEncoder.encode(SQL, StandardCharsets.UTF_8)),
                post("/match/" + URLEncoder.encode(SQL, StandardCharsets.UTF_8).replace("+", "%20"),
                        "{\"queries\":{}}"),
                server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/lists"))
                        .header("Authorization", "Bearer vk_' OR '1'='1").build()),
                server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/lists"))
                        .header("X-API-Key", SQL).build()))) {
            assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isBetween(400, 499);
        }
        var loginForm = server.http.send(java.net.http.HttpRequest.newBuilder(server.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginForm.statusCode()).isEqualTo(200);

        // exactly two audit rows were added, holding the text as given; nothing else changed; the chain verifies
        Map<String, Long> after = rowCounts();
        assertThat(after.get("audit_log")).isEqualTo(before.get("audit_log") + 2);
        after.remove("audit_log");
        before.remove("audit_log");
        assertThat(after).isEqualTo(before);
        List<AuditEntry> rows = server.services.audit().read(1, 100_000);
        JsonNode first = Json.MAPPER.readTree(rows.get(rows.size() - 2).details());
        assertThat(first.at("/queries/0/name").asText()).isEqualTo(SQL);
        assertThat(first.at("/queries/0/ref").asText()).isEqualTo(SQL);
        assertThat(Json.MAPPER.readTree(rows.get(rows.size() - 1).details()).at("/queries/0/ref").asText())
                .isEqualTo(SQL);
        assertThat(server.services.audit().verify().ok()).isTrue();
        assertThat(server.services.apiKeys().authenticate(server.key(org.vigil.screening.security.Role.ANALYST)))
                .isPresent();
    }

    @Test
    void aRefusedRequestLeavesNothingBehindInAnyTable() throws Exception {
        Map<String, Long> before = rowCounts();
        assertThat(before).containsKeys("audit_log", "audit_head", "api_key");
        StringBuilder lastBad = new StringBuilder("{\"queries\":[");
        for (int i = 0; i < 999; i++) {
            lastBad.append("{\"name\":\"Hafiz Saeed ").append(i).append("\"},");
        }
        lastBad.append("{\"name\":\"x\",\"dob\":\"32 Dec\"}]}");
        List<HttpResponse<String>> refused = List.of(
                post("/api/v1/screen", lastBad.toString()),
                post("/api/v1/screen", manyScreenQueries(10_000)),
                post("/api/v1/screen", "{\"name\":\"Hafiz Saeed\",\"threshold\":2}"),
                post("/api/v1/screen", "{\"name\":\"Hafiz Saeed\""),
                post("/api/v1/screen", "{\"name\":\"x\",\"id\":\"" + "a".repeat(WebServer.MAX_BODY_BYTES) + "\"}"),
                post("/match/default", "{\"queries\":{\"ok\":{\"properties\":{\"name\":[\"Hafiz Saeed\"]}},"
                        + "\"bad\":{\"properties\":{\"name\":[\"x\"],\"birthDate\":[\"soon\"]}}}}"),
                post("/match/nowhere", "{\"queries\":{\"ok\":{\"properties\":{\"name\":[\"Hafiz Saeed\"]}}}}"),
                reconcileForm("{\"q0\":{\"query\":\"Hafiz Saeed\"},\"q1\":{\"query\":\"x\","
                        + "\"properties\":[{\"pid\":\"hair\",\"v\":\"red\"}]}}"),
                server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/screen"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hafiz Saeed\"}")).build()));
        for (HttpResponse<String> r : refused) {
            assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
        }
        assertThat(rowCounts()).isEqualTo(before);
    }
}
