package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.app.web.ApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.json.Json;
import org.vigil.screening.audit.AuditEntry;

/**
 * The OpenRefine reconciliation service on a real server: the manifest, a query batch sent the way OpenRefine sends
 * it (form field {@code queries}) and as JSON, the candidate shape, properties, the audit row, and bad batches.
 */
class ReconcileApiTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> form(String queries) throws Exception {
        return server.post("/reconcile", "queries=" + TestServer.enc(queries), "application/x-www-form-urlencoded");
    }

    static HttpResponse<String> json(String body) throws Exception {
        return server.post("/reconcile", body, "application/json");
    }

    static JsonNode tree(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void theManifestNamesTheServiceTypesAndEntityView() throws Exception {
        JsonNode m = tree(server.get("/reconcile"));
        assertThat(m.get("versions").toString()).contains("0.2");
        assertThat(m.get("name").asText()).isEqualTo("Vigil sanctions screening");
        assertThat(m.get("identifierSpace").asText()).isEqualTo(ReconcileApi.IDENTIFIER_SPACE);
        assertThat(m.get("schemaSpace").asText()).isEqualTo(ReconcileApi.SCHEMA_SPACE);
        assertThat(m.get("defaultTypes").findValuesAsText("id")).containsExactly("Person", "Organization");
        String view = m.at("/view/url").asText();
        assertThat(view).isEqualTo("http://127.0.0.1:" + server.app.port() + "/entities/{{id}}");
        // the view URL leads to the entity page
        assertThat(server.get(view.replace("http://127.0.0.1:" + server.app.port(), "")
                .replace("{{id}}", "un-sc:QDi.263")).body()).contains("HAFIZ MUHAMMAD SAEED");
    }

    @Test
    void aFormBatchAsOpenRefineSendsItIsReconciled() throws Exception {
        JsonNode r = tree(form("""
                {"q0":{"query":"Hafiz Mohammad Sayeed","type":"Person","limit":3,"type_strict":"should",
                       "properties":[{"pid":"dob","v":"1950"},{"pid":"country","v":"PK"}]},
                 "q1":{"query":"Lashkar-e-Toiba","type":"Organization"},
                 "q2":{"query":"George Bush"}}"""));
        assertThat(r.fieldNames()).toIterable().containsExactly("q0", "q1", "q2");
        // listed by the UN and by OFAC: both come first, in either order
        assertThat(List.of(r.at("/q0/result/0/id").asText(), r.at("/q0/result/1/id").asText()))
                .containsExactlyInAnyOrder("un-sc:QDi.263", "us-ofac-sdn:10689");
        JsonNode top = r.at("/q0/result/0/id").asText().startsWith("un-sc") ? r.at("/q0/result/0")
                : r.at("/q0/result/1");
        assertThat(top.get("name").asText()).isEqualTo("HAFIZ MUHAMMAD SAEED");
        assertThat(top.get("score").asDouble()).isBetween(95.0, 100.0);
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(top.get("type").toString()).isEqualTo("[{\"id\":\"Person\",\"name\":\"Person\"}]");
        assertThat(top.get("description").asText()).startsWith("un-sc · Al-Qaida");
        assertThat(r.at("/q0/result").size()).isBetween(1, 3);
        for (JsonNode c : r.at("/q0/result")) {
            assertThat(c.get("match").asBoolean()).isEqualTo(c.get("score").asDouble() >= 80);
            assertThat(c.get("score").asDouble()).isGreaterThanOrEqualTo(70);
        }
        assertThat(r.at("/q1/result").findValuesAsText("id")).contains("un-sc:QDe.118", "us-ofac-sdn:7140");
        assertThat(r.at("/q1/result/0/type/0/id").asText()).isEqualTo("Organization");
        assertThat(r.at("/q2/result").size()).isZero();
    }

    @Test
    void jsonAndGetQueriesAnswerTheSameAsTheForm() throws Exception {
        String batch = "{\"a\":{\"query\":\"Zakiur Rehman Lakhvi\",\"properties\":[{\"pid\":\"birthDate\",\"v\":1960}]}}";
        JsonNode viaForm = tree(form(batch));
        JsonNode viaJson = tree(json("{\"queries\":" + batch + "}"));
        JsonNode viaGet = tree(server.get("/reconcile?queries=" + TestServer.enc(batch)));
        assertThat(viaForm.at("/a/result/0/id").asText()).isEqualTo("un-sc:QDi.264");
        assertThat(viaJson).isEqualTo(viaForm);
        assertThat(viaGet).isEqualTo(viaForm);
        // a client that sends the form's text unencoded, in UTF-8, is understood too
        JsonNode raw = tree(server.post("/reconcile", "queries={\"q\":{\"query\":\"حافظ محمد سعید\"}}",
                "application/x-www-form-urlencoded"));
        assertThat(raw.at("/q/result").findValuesAsText("id")).contains("un-sc:QDi.263");
    }

    @Test
    void anAnsweredBatchIsOneAuditRow() throws Exception {
        long before = server.services.database().jdbi().withHandle(h ->
                h.createQuery("SELECT last_seq FROM audit_head").mapTo(Long.class).one());
        tree(form("{\"q0\":{\"query\":\"Hafiz Saeed\",\"type\":\"Person\"},\"q1\":{\"query\":\"Jamaat-ud-Dawa\"}}"));
        List<AuditEntry> rows = server.services.audit().read(before + 1, 100);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).subject()).isEqualTo("POST /reconcile");
        assertThat(rows.get(0).actor()).isEqualTo("key:test-analyst");
        JsonNode d = Json.MAPPER.readTree(rows.get(0).details());
        assertThat(d.get("queryCount").asInt()).isEqualTo(2);
        assertThat(d.at("/queries/0/ref").asText()).isEqualTo("q0");
        assertThat(d.at("/queries/0/type").asText()).isEqualTo("person");
        assertThat(d.at("/queries/1/matches").findValuesAsText("id")).contains("un-sc:QDe.118");
        assertThat(d.get("matchThreshold").asDouble()).isEqualTo(0.8);
        // the manifest is not a screening
        server.get("/reconcile");
        assertThat(server.services.audit().read(before + 2, 100)).isEmpty();
    }

    @Test
    void badBatchesAreClearErrorsNamingTheField() throws Exception {
        assertError(form("{\"q0\":{\"query\":\"x\""), 400, "queries", "malformed JSON in queries");
        assertError(form("[]"), 400, "queries", "must be a JSON object");
        assertError(form("{\"q0\":{\"qurey\":\"x\"}}"), 400, "queries.q0.qurey", "unknown field 'qurey'");
        assertError(form("{\"q0\":{\"type\":\"Person\"}}"), 400, "queries.q0.query", "query is required");
        assertError(form("{\"q0\":{\"query\":\"x\",\"type\":\"Cat\"}}"), 400, "queries.q0.type",
                "unknown type 'Cat'");
        assertError(form("{\"q0\":{\"query\":\"x\",\"limit\":0}}"), 400, "queries.q0.limit",
                "from 1 to 100");
        assertError(form("{\"q0\":{\"query\":\"x\",\"properties\":[{\"pid\":\"dob\",\"v\":\"soon\"}]}}"), 400,
                "queries.q0.properties[0].v", "invalid dob 'soon'");
        assertError(form("{\"q0\":{\"query\":\"x\",\"properties\":[{\"pid\":\"country\",\"v\":\"PK\"},"
                + "{\"pid\":\"shoe-size\",\"v\":\"9\"}]}}"), 400, "queries.q0.properties[1].pid",
                "unsupported property 'shoe-size'");
        assertError(form("{\"q0\":{\"query\":\"x\",\"properties\":[{\"pid\":\"country\",\"v\":\"Atlantis\"}]}}"),
                400, "queries.q0.properties[0].v", "unknown country");
        assertError(server.post("/reconcile", "", "application/x-www-form-urlencoded"), 400, "queries",
                "queries is required");
        assertError(server.post("/reconcile", "queries=%7B%7D&extra=1", "application/x-www-form-urlencoded"),
                400, "extra", "unknown form field 'extra'");
        assertError(json("{\"queries\":{},\"callback\":\"f\"}"), 400, "callback", "unknown field 'callback'");
        assertError(server.post("/reconcile", "queries={}", "text/plain"), 415, null, "form field 'queries'");
    }
}
