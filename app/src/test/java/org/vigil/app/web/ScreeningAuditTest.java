package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.vigil.screening.security.Role;

/**
 * Every answered screening request leaves exactly one audit row, written before the answer: who asked, through which
 * endpoint, each query as screened, what matched with which score, the threshold and the list versions.
 */
class ScreeningAuditTest {
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

    static long lastSeq() {
        return server.services.database().jdbi().withHandle(h ->
                h.createQuery("SELECT last_seq FROM audit_head").mapTo(Long.class).one());
    }

    /**
     * The rows of request handling appended after {@code seq}: the server's background work (re-screening after a
     * list activation, by actor {@code system:...}) may append rows of its own in between.
     */
    static List<AuditEntry> after(long seq) {
        return server.services.audit().read(seq + 1, 10_000).stream()
                .filter(e -> !e.actor().startsWith("system:")).toList();
    }

    static HttpResponse<String> post(String path, String body, Role role) throws Exception {
        return server.send(server.request(path, role).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aSingleScreeningIsRecordedWithQueryMatchesThresholdAndListVersions() throws Exception {
        long before = lastSeq();
        HttpResponse<String> r = post("/api/v1/screen",
                "{\"name\":\"Hafiz Mohammad Sayeed\",\"dob\":\"1950\",\"country\":\"pk\",\"type\":\"person\","
                        + "\"id\":\"cust-42\",\"threshold\":0.85}", Role.ANALYST);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<AuditEntry> rows = after(before);
        assertThat(rows).hasSize(1);
        AuditEntry e = rows.get(0);
        assertThat(e.actor()).isEqualTo("key:test-analyst");
        assertThat(e.action()).isEqualTo("screen");
        assertThat(e.subject()).isEqualTo("POST /api/v1/screen");
        JsonNode d = Json.MAPPER.readTree(e.details());
        assertThat(d.get("queryCount").asInt()).isEqualTo(1);
        assertThat(d.get("threshold").asDouble()).isEqualTo(0.85);
        assertThat(d.get("listVersions").toString()).contains("un-sc@2026-02-27-66b392a4", "us-ofac-sdn@");
        JsonNode q = d.at("/queries/0");
        assertThat(q.get("ref").asText()).isEqualTo("cust-42");
        assertThat(q.get("name").asText()).isEqualTo("Hafiz Mohammad Sayeed");
        assertThat(q.get("type").asText()).isEqualTo("person");
        assertThat(q.get("dob").asText()).isEqualTo("1950");
        assertThat(q.get("country").asText()).isEqualTo("PK");
        // the recorded matches are exactly the answered ones, ids and scores
        JsonNode answered = Json.MAPPER.readTree(r.body()).get("matches");
        assertThat(q.get("matches").size()).isEqualTo(answered.size()).isPositive();
        for (int i = 0; i < answered.size(); i++) {
            assertThat(q.at("/matches/" + i + "/id").asText()).isEqualTo(answered.at("/" + i + "/id").asText());
            assertThat(q.at("/matches/" + i + "/score").asDouble()).isEqualTo(answered.at("/" + i + "/score")
                    .asDouble());
        }
        assertThat(server.services.audit().verify().ok()).isTrue();
    }

    @Test
    void aBatchIsOneRowWithEveryQueryAndAConsoleUserIsTheActor() throws Exception {
        TestServer.Browser reviewer = server.login("reviewer1");
        long before = lastSeq();
        HttpResponse<String> r = reviewer.client.send(HttpRequest.newBuilder(server.uri("/api/v1/screen"))
                .header("Content-Type", "application/json").header(Auth.CSRF_HEADER, reviewer.csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"queries\":[{\"name\":\"Lashkar-e-Toiba\"},"
                        + "{\"name\":\"George Bush\",\"id\":7},{\"name\":\"Zakiur Rehman Lakhvi\"}],"
                        + "\"sources\":[\"un-sc\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<AuditEntry> rows = after(before);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).actor()).isEqualTo("user:reviewer1");
        JsonNode d = Json.MAPPER.readTree(rows.get(0).details());
        assertThat(d.get("queryCount").asInt()).isEqualTo(3);
        assertThat(d.get("sources").toString()).isEqualTo("[\"un-sc\"]");
        assertThat(d.at("/queries/0/matches/0/id").asText()).isEqualTo("un-sc:QDe.118");
        assertThat(d.at("/queries/1/ref").asText()).isEqualTo("7");
        assertThat(d.at("/queries/1/matches").size()).isZero();
        assertThat(d.at("/queries/2/matches/0/id").asText()).isEqualTo("un-sc:QDi.264");
    }

    @Test
    void theYenteMatchEndpointIsRecordedWithItsCutoffAndMatchThreshold() throws Exception {
        long before = lastSeq();
        HttpResponse<String> r = post("/match/un-sc?threshold=0.9", "{\"queries\":{\"q1\":{\"schema\":\"Person\","
                + "\"properties\":{\"name\":[\"Hafiz Saeed\",\"Hafiz Mohammad Sayeed\"],\"birthDate\":[\"1950\"]}}}}",
                Role.ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<AuditEntry> rows = after(before);
        assertThat(rows).hasSize(1);
        AuditEntry e = rows.get(0);
        assertThat(e.actor()).isEqualTo("key:test-admin");
        assertThat(e.subject()).isEqualTo("POST /match/un-sc");
        JsonNode d = Json.MAPPER.readTree(e.details());
        assertThat(d.get("threshold").asDouble()).isEqualTo(0.7);
        assertThat(d.get("matchThreshold").asDouble()).isEqualTo(0.9);
        assertThat(d.get("sources").toString()).isEqualTo("[\"un-sc\"]");
        assertThat(d.at("/queries/0/ref").asText()).isEqualTo("q1");
        assertThat(d.at("/queries/0/names").toString()).isEqualTo("[\"Hafiz Saeed\",\"Hafiz Mohammad Sayeed\"]");
        assertThat(d.at("/queries/0/type").asText()).isEqualTo("person");
        assertThat(d.at("/queries/0/dob").asText()).isEqualTo("1950");
        assertThat(d.at("/queries/0/matches/0/id").asText()).isEqualTo("un-sc:QDi.263");
    }

    @Test
    void refusedRequestsAreNotRecorded() throws Exception {
        long before = lastSeq();
        assertThat(post("/api/v1/screen", "{\"name\":\"x\",\"dob\":\"never\"}", Role.ANALYST).statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/screen", "{\"queries\":[{\"name\":\"Hafiz Saeed\"},{\"nmae\":\"y\"}]}",
                Role.ANALYST).statusCode()).isEqualTo(400);
        assertThat(post("/match/default", "{\"queries\":{\"a\":{\"properties\":{\"name\":[\"Hafiz Saeed\"]}},"
                + "\"b\":{\"schema\":\"Cat\",\"properties\":{\"name\":[\"x\"]}}}}", Role.ANALYST).statusCode())
                .isEqualTo(400);
        assertThat(lastSeq()).isEqualTo(before);
    }
}
