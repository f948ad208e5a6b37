package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.AppContext;
import org.vigil.app.json.Json;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.Parsers;
import org.vigil.lists.testing.TestData;
import org.vigil.lists.version.ImportRequest;
import org.vigil.lists.version.ImportResult;
import org.vigil.lists.version.ListStore;
import org.vigil.screening.security.Role;

/**
 * Monitored records, alerts, decisions, re-screening and webhooks through a real server: UN 2025-08-02 active (and the
 * bundled OFAC list), records stored and screened at once, UN 2026-02-27 activated by another process, the server
 * re-screens by itself, the new alerts show in the API and reach a webhook with a valid signature.
 */
class MonitoringApiTest {
    static final String SECRET = "api-test-secret-0123456789";
    static final String XSS = "<script>alert('x')</script> & \"Bob\"";
    static final String SQL = "Robert'); DROP TABLE alert;--";

    @TempDir
    static Path data;
    static TestServer server;
    static HttpServer endpoint;
    static final List<String[]> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        // UN 2025-08 loaded first, so the bundled snapshot only adds OFAC
        ListStore store = new ListStore(TestServer.config(data).listsDir(), java.time.Clock.systemUTC(),
                Parsers::forFormat);
        ImportResult old = store.importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                List.of(TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml")), "test"));
        assertThat(old.outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
        server = TestServer.start(AppContext.open(TestServer.config(data), new PrintWriter(new StringWriter())));
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/hook", ex -> {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            received.add(new String[] {ex.getRequestHeaders().getFirst("X-Vigil-Signature"),
                    ex.getRequestHeaders().getFirst("X-Vigil-Delivery"), new String(body, StandardCharsets.UTF_8)});
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        endpoint.start();
    }

    @AfterAll
    static void stop() {
        endpoint.stop(0);
        server.close();
    }

    static HttpResponse<String> send(String method, String path, Role role, String body, String type)
            throws Exception {
        HttpRequest.Builder b = server.request(path, role);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return server.send(b.build());
    }

    static HttpResponse<String> json(String method, String path, Role role, String body) throws Exception {
        return send(method, path, role, body, "application/json");
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, Role.ANALYST, null, null);
    }

    static JsonNode tree(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void assertError(HttpResponse<String> r, int status, String field, String text) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode j = tree(r);
        assertThat(j.get("error").asText()).contains(text);
        if (field != null) {
            assertThat(j.path("field").asText()).as(r.body()).isEqualTo(field);
        }
    }

    @Test
    void recordsAreStoredScreenedAtOnceAndValidated() throws Exception {
        HttpResponse<String> created = json("POST", "/api/v1/records", Role.ANALYST,
                "{\"id\":\"crud-1\",\"name\":\"Hafiz Mohammad Sayeed\",\"type\":\"person\",\"dob\":\"1950-06-05\","
                        + "\"country\":\"pk\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode c = tree(created);
        assertThat(c.get("created").asBoolean()).isTrue();
        assertThat(c.at("/record/country").asText()).isEqualTo("PK");
        assertThat(c.get("alerts").findValuesAsText("entity")).contains("un-sc:QDi.263");
        // the same record again: updated, nothing new raised
        HttpResponse<String> again = json("PUT", "/api/v1/records/crud-1", Role.ANALYST,
                "{\"name\":\"Hafiz Mohammad Sayeed\",\"type\":\"person\",\"dob\":\"1950-06-05\",\"country\":\"PK\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(tree(again).get("alerts").size()).isZero();
        JsonNode read = tree(get("/api/v1/records/crud-1"));
        assertThat(read.at("/record/name").asText()).isEqualTo("Hafiz Mohammad Sayeed");
        assertThat(read.get("alerts").findValuesAsText("entity")).contains("un-sc:QDi.263");

        assertError(json("PUT", "/api/v1/records/crud-1", Role.ANALYST, "{\"id\":\"other\",\"name\":\"X\"}"), 400,
                "id", "differs");
        assertError(json("POST", "/api/v1/records", Role.ANALYST, "{\"id\":\"c\",\"name\":\"X\",\"nickname\":\"y\"}"),
                400, "nickname", "unknown field 'nickname'");
        assertError(json("POST", "/api/v1/records", Role.ANALYST, "{\"id\":\"c\",\"name\":\"X\",\"dob\":\"1999-13\"}"),
                400, "dob", "invalid date");
        assertError(json("POST", "/api/v1/records", Role.ANALYST, "{\"id\":\"c\",\"name\":\"X\",\"country\":\"PAK\"}"),
                400, "country", "two-letter");
        assertError(json("POST", "/api/v1/records", Role.ANALYST, "{\"id\":\"c\",\"name\":\"  \"}"), 400, "name",
                "required");
        assertError(json("POST", "/api/v1/records", Role.ANALYST, "{\"name\":\"X\"}"), 400, "id", "required");
        assertError(json("POST", "/api/v1/records", Role.ANALYST, "{\"id\":\"c\",\"name\":\"X\",\"type\":\"cat\"}"),
                400, "type", "type");
        assertError(json("POST", "/api/v1/records", Role.ANALYST, "{\"id\":\"c\",\"name\":"), 400, null,
                "malformed JSON");
        assertError(send("POST", "/api/v1/records", Role.ANALYST, "id=c&name=X",
                "application/x-www-form-urlencoded"), 415, null, "JSON");
        assertThat(get("/api/v1/records/c").statusCode()).as("nothing stored half").isEqualTo(404);

        // markup and SQL metacharacters are plain text: stored as given, answered JSON-escaped
        HttpResponse<String> xss = json("POST", "/api/v1/records", Role.ANALYST,
                Json.write(Json.object().put("id", SQL).put("name", XSS)));
        assertThat(xss.statusCode()).as(xss.body()).isEqualTo(201);
        assertThat(xss.body()).doesNotContain("<script>").contains("\\u003Cscript\\u003E");
        HttpResponse<String> back = get("/api/v1/records/" + enc(SQL));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(tree(back).at("/record/name").asText()).isEqualTo(XSS);
        assertThat(tree(back).at("/record/id").asText()).isEqualTo(SQL);
        assertThat(back.body()).doesNotContain("<script>");
        assertThat(get("/api/v1/alerts?limit=1").statusCode()).as("the alert table is still there").isEqualTo(200);

        // pages
        JsonNode first = tree(get("/api/v1/records?limit=1"));
        assertThat(first.get("records").size()).isEqualTo(1);
        String next = first.get("next").asText();
        JsonNode second = tree(get("/api/v1/records?limit=1&after=" + enc(next)));
        assertThat(second.at("/records/0/id").asText()).isGreaterThan(next);
        assertError(get("/api/v1/records?limit=0"), 400, "limit", "limit");
        assertError(get("/api/v1/records?limit=2.5"), 400, "limit", "whole number");

        assertThat(send("DELETE", "/api/v1/records/" + enc(SQL), Role.ANALYST, null, null).statusCode())
                .isEqualTo(204);
        assertError(send("DELETE", "/api/v1/records/" + enc(SQL), Role.ANALYST, null, null), 404, "id",
                "no monitored record");
        assertError(get("/api/v1/records/" + enc(SQL)), 404, "id", "no monitored record");
    }

    @Test
    void anImportKeepsGoodRowsReportsBadLinesAndRefusesABadHeaderWhole() throws Exception {
        String csv = "id,name,type,dob,country\nimp-1,Ivan Petrov,person,,\nimp-2,,person,,\n"
                + "imp-3,Nordic Timber Trading AB,organization,,SE\nimp-4,Ann Lee,person,1999-13-01,\n";
        HttpResponse<String> r = send("POST", "/api/v1/records/import", Role.ANALYST, csv, "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = tree(r);
        assertThat(j.get("imported").asInt()).isEqualTo(2);
        assertThat(j.get("rejected").asInt()).isEqualTo(2);
        assertThat(j.get("errors").get(0).asText()).contains("line 3").contains("name: required");
        assertThat(j.get("errors").get(1).asText()).contains("line 5").contains("dob: invalid date");
        assertThat(get("/api/v1/records/imp-1").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/records/imp-3").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/records/imp-2").statusCode()).isEqualTo(404);

        long before = tree(get("/api/v1/records?limit=1")).get("total").asLong();
        assertError(send("POST", "/api/v1/records/import", Role.ANALYST, "id,full_name\nimp-9,X\n", "text/csv"), 400,
                "header", "unknown column 'full_name'");
        assertError(send("POST", "/api/v1/records/import", Role.ANALYST, "id,type\nimp-9,person\n", "text/csv"), 400,
                "header", "missing required column 'name'");
        assertThat(tree(get("/api/v1/records?limit=1")).get("total").asLong()).isEqualTo(before);
        assertError(send("POST", "/api/v1/records/import", Role.ANALYST, csv, "application/json"), 415, null,
                "text/csv");
        assertError(send("POST", "/api/v1/records/import", Role.ANALYST, "", "text/csv"), 400, null, "empty");

        // a body over the 1 MB JSON limit is fine for an import (blank lines are skipped)
        String big = "id,name\nbig-1,Plain Name\n" + "\n".repeat(1_500_000) + "big-2,Other Name\n";
        HttpResponse<String> large = send("POST", "/api/v1/records/import", Role.ANALYST, big, "text/csv");
        assertThat(large.statusCode()).as(large.body()).isEqualTo(200);
        assertThat(tree(large).get("imported").asInt()).isEqualTo(2);

        // bad encoding: the rows before it are kept, the error names the line
        byte[] latin1 = "id,name\nenc-1,Jos\u00e9 Garc\u00eda\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = "id,name\nenc-0,Plain Name\n".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[good.length + latin1.length - 8];
        System.arraycopy(good, 0, mixed, 0, good.length);
        System.arraycopy(latin1, 8, mixed, good.length, latin1.length - 8);
        HttpResponse<String> enc = server.send(server.request("/api/v1/records/import", Role.ANALYST)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(mixed)).build());
        assertThat(enc.statusCode()).as(enc.body()).isEqualTo(200);
        assertThat(tree(enc).get("imported").asInt()).isEqualTo(1);
        assertThat(tree(enc).get("errors").get(0).asText()).contains("request:3:").contains("not valid UTF-8")
                .contains("import stopped here");
    }

    /** A new record matching a listed person, and its alert. */
    static long alertFor(String recordId, String name) throws Exception {
        HttpResponse<String> r = json("POST", "/api/v1/records", Role.ANALYST,
                Json.write(Json.object().put("id", recordId).put("name", name)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode alerts = tree(r).get("alerts");
        assertThat(alerts.size()).as(r.body()).isGreaterThan(0);
        return alerts.get(0).get("id").asLong();
    }

    @Test
    void decisionsFollowFourEyesAndAreValidated() throws Exception {
        long fp = alertFor("dec-1", "Zaki-ur-Rehman Lakhvi");
        long tm = alertFor("dec-2", "Lashkar-e-Tayyiba");

        assertError(json("POST", "/api/v1/alerts/" + fp + "/decisions", Role.ANALYST, "{\"decision\":\"FALSE_POSITIVE\"}"),
                400, "reason", "reason is required");
        assertError(json("POST", "/api/v1/alerts/" + fp + "/decisions", Role.ANALYST,
                "{\"decision\":\"MAYBE\",\"reason\":\"r\"}"), 400, "decision", "unknown decision");
        assertError(json("POST", "/api/v1/alerts/" + fp + "/decisions", Role.ANALYST,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"r\",\"by\":\"someone\"}"), 400, "by", "unknown field");
        assertError(json("POST", "/api/v1/alerts/999999/decisions", Role.ANALYST,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"r\"}"), 404, "id", "no alert");
        assertError(get("/api/v1/alerts/abc"), 404, "id", "no alert");

        HttpResponse<String> decided = json("POST", "/api/v1/alerts/" + fp + "/decisions", Role.ANALYST,
                Json.write(Json.object().put("decision", "FALSE_POSITIVE").put("reason", XSS)));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(tree(decided).get("status").asText()).isEqualTo("FALSE_POSITIVE");
        assertThat(decided.body()).doesNotContain("<script>");
        assertError(json("POST", "/api/v1/alerts/" + fp + "/decisions", Role.REVIEWER,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"r\"}"), 409, "decision", "already decided");

        // a true match: proposed by an analyst, not confirmable by an analyst nor by its proposer, confirmed by a
        // reviewer
        HttpResponse<String> proposed = json("POST", "/api/v1/alerts/" + tm + "/decisions", Role.ANALYST,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"same organisation\"}");
        assertThat(tree(proposed).get("status").asText()).isEqualTo("PENDING_SECOND_REVIEW");
        assertError(json("POST", "/api/v1/alerts/" + tm + "/decisions", Role.ANALYST,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"confirming\"}"), 403, null, "reviewer role");
        HttpResponse<String> confirmed = json("POST", "/api/v1/alerts/" + tm + "/decisions", Role.REVIEWER,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"checked the registry\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonNode detail = tree(get("/api/v1/alerts/" + tm));
        assertThat(detail.get("status").asText()).isEqualTo("CONFIRMED_MATCH");
        assertThat(detail.get("decisions").findValuesAsText("decidedBy"))
                .containsExactly("key:test-analyst", "key:test-reviewer");
        assertThat(detail.at("/explanation/matchedName").asText()).isNotEmpty();
        assertThat(detail.at("/entityNow/listed").asBoolean()).isTrue();

        // a reviewer who proposes cannot confirm their own proposal
        long own = alertFor("dec-3", "Hafiz Muhammad Saeed");
        assertThat(json("POST", "/api/v1/alerts/" + own + "/decisions", Role.REVIEWER,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"looks right\"}").statusCode()).isEqualTo(200);
        assertError(json("POST", "/api/v1/alerts/" + own + "/decisions", Role.REVIEWER,
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"still looks right\"}"), 409, "decision", "four eyes");

        // an escalated alert goes to a reviewer
        long esc = alertFor("dec-4", "Zakiur Rehman Lakhvi");
        assertThat(tree(json("POST", "/api/v1/alerts/" + esc + "/decisions", Role.ANALYST,
                "{\"decision\":\"ESCALATE\",\"reason\":\"unsure\"}")).get("status").asText()).isEqualTo("ESCALATED");
        assertError(json("POST", "/api/v1/alerts/" + esc + "/decisions", Role.ANALYST,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"on second thoughts\"}"), 403, null, "escalated");
        assertThat(tree(json("POST", "/api/v1/alerts/" + esc + "/decisions", Role.REVIEWER,
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"born 1985, not 1960\"}")).get("status").asText())
                .isEqualTo("FALSE_POSITIVE");

        // filters
        JsonNode confirmedOnes = tree(get("/api/v1/alerts?status=confirmed_match"));
        assertThat(confirmedOnes.get("alerts").findValuesAsText("id")).contains(Long.toString(tm));
        assertThat(tree(get("/api/v1/alerts?record=dec-1")).get("alerts").findValuesAsText("record"))
                .containsOnly("dec-1");
        assertError(get("/api/v1/alerts?status=nope"), 400, "status", "unknown status");
        assertThat(server.services.audit().verify().ok()).isTrue();
    }

    @Test
    void aListActivatedElsewhereIsReScreenedByTheServerAndItsAlertsReachAWebhook() throws Exception {
        HttpResponse<String> hook = json("POST", "/api/v1/webhooks", Role.ADMIN,
                Json.write(Json.object().put("url", "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook")
                        .put("secret", SECRET)));
        assertThat(hook.statusCode()).as(hook.body()).isEqualTo(201);
        HttpResponse<String> added = json("POST", "/api/v1/records", Role.ANALYST,
                "{\"id\":\"watch-1\",\"name\":\"Dimitri Herard\",\"type\":\"person\"}");
        assertThat(tree(added).get("alerts").size()).as("not listed in 2025-08").isZero();
        json("POST", "/api/v1/records", Role.ANALYST, "{\"id\":\"watch-2\",\"name\":\"Maria Fernanda Oliveira\"}");

        ImportResult next = server.ctx.store().importFiles(ImportRequest.of("un-sc", ListFormat.UN_XML,
                List.of(TestData.unBundled()), "another process"));
        assertThat(next.outcome()).isEqualTo(ImportResult.Outcome.ACTIVATED);
        String newId = next.version().orElseThrow().id();

        JsonNode run = awaitRun(newId);
        assertThat(run.get("from").asText()).startsWith("un-sc@2025-08-02");
        assertThat(run.at("/counts/records").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode alerts = tree(get("/api/v1/alerts?record=watch-1")).get("alerts");
        assertThat(alerts.findValuesAsText("entity")).containsExactly("un-sc:HTi.008");
        assertThat(tree(get("/api/v1/alerts?record=watch-2")).get("alerts").size()).isZero();
        long alertId = alerts.get(0).get("id").asLong();

        // the webhook: signed with the secret over "t.body", the delivery id in its header
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        String[] delivery = null;
        while (delivery == null && Instant.now().isBefore(end)) {
            delivery = received.stream().filter(d -> d[2].contains("\"id\":" + alertId + ",")).findFirst()
                    .orElse(null);
            if (delivery == null) {
                Thread.sleep(100);
            }
        }
        assertThat(delivery).as("a delivery for alert " + alertId).isNotNull();
        String sig = delivery[0];
        assertThat(sig).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = sig.substring(2, sig.indexOf(','));
        assertThat(sig.substring(sig.indexOf("v1=") + 3)).isEqualTo(hmac(SECRET, t + "." + delivery[2]));
        assertThat(delivery[1]).matches("\\d+");
        JsonNode listed = tree(send("GET", "/api/v1/webhooks", Role.ADMIN, null, null));
        assertThat(listed.toString()).doesNotContain(SECRET);
    }

    static JsonNode awaitRun(String versionId) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(end)) {
            for (JsonNode r : tree(get("/api/v1/rescreens")).get("runs")) {
                if (r.get("version").asText().equals(versionId) && r.get("status").asText().equals("DONE")) {
                    return r;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no finished re-screening run for " + versionId + ": "
                + get("/api/v1/rescreens").body());
    }

    static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void webhooksAreAdminsOnlyValidatedAndTheirSecretShownOnce() throws Exception {
        assertThat(json("POST", "/api/v1/webhooks", Role.REVIEWER, "{\"url\":\"https://example.org/h\"}")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> created = json("POST", "/api/v1/webhooks", Role.ADMIN,
                "{\"url\":\"https://example.org/h\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = tree(created).get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        long id = tree(created).at("/webhook/id").asLong();
        assertThat(send("GET", "/api/v1/webhooks", Role.ADMIN, null, null).body()).doesNotContain(secret)
                .contains("https://example.org/h");
        assertError(json("POST", "/api/v1/webhooks", Role.ADMIN, "{\"url\":\"javascript:alert(1)\"}"), 400, "url",
                "http");
        assertError(json("POST", "/api/v1/webhooks", Role.ADMIN, "{\"url\":\"https://e.org\",\"secret\":\"short\"}"),
                400, "secret", "16");
        assertError(json("POST", "/api/v1/webhooks", Role.ADMIN, "{\"url\":\"https://e.org\",\"events\":[]}"), 400,
                "events", "unknown field");
        assertThat(send("DELETE", "/api/v1/webhooks/" + id, Role.ADMIN, null, null).statusCode()).isEqualTo(204);
        assertError(send("DELETE", "/api/v1/webhooks/" + id, Role.ADMIN, null, null), 404, "id", "no webhook");
    }
}
