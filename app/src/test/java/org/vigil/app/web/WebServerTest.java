package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.AppContext;
import org.vigil.app.config.VigilConfig;
import org.vigil.app.json.Json;

/** The minimal web pages and list API: content, escaping, security headers, errors. */
class WebServerTest {
    @TempDir
    static Path data;
    static TestServer server;
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        VigilConfig cfg = VigilConfig.load(Optional.empty(), Optional.of(data), java.util.Map.of());
        AppContext ctx = AppContext.open(cfg, new PrintWriter(new StringWriter()));
        server = TestServer.start(ctx);
        app = server.app;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return server.get(path);
    }

    @Test
    void theIndexListsTheActiveVersionsWithSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/html").contains("utf-8"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(WebServer.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.body()).contains("un-sc@2026-02-27-66b392a4").contains("us-ofac-sdn").doesNotContain("<script");
    }

    @Test
    void entityPagesAndTheApiShowTheRecordWithItsLinks() throws Exception {
        HttpResponse<String> page = get("/entities/un-sc:QDe.118");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("LASHKAR-E-TAYYIBA").contains("Jamaat-ud-Dawa")
                .contains("href=\"/entities/un-sc%3AQDi.263\"").contains("us-ofac-sdn:7140");

        HttpResponse<String> api = get("/api/v1/entities/un-sc:QDi.263");
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        JsonNode j = Json.MAPPER.readTree(api.body());
        assertThat(j.get("caption").asText()).isEqualTo("HAFIZ MUHAMMAD SAEED");
        assertThat(j.at("/documents/0/number").asText()).isEqualTo("3520025509842-7");
        assertThat(j.at("/linksTo/0/target").asText()).isEqualTo("un-sc:QDe.118");

        JsonNode lists = Json.MAPPER.readTree(get("/api/v1/lists").body());
        assertThat(lists.get("lists").size()).isEqualTo(2);
    }

    @Test
    void markupInRequestsIsEscapedAndErrorsAreClear() throws Exception {
        String xss = "<script>alert(1)</script>";
        HttpResponse<String> bad = get("/entities/" + URLEncoder.encode(xss, StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain(xss).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        HttpResponse<String> missing = get("/entities/" + URLEncoder.encode("un-sc:" + xss, StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain(xss);

        HttpResponse<String> apiMissing = get("/api/v1/entities/un-sc:QDi.999");
        assertThat(apiMissing.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(apiMissing.body()).get("error").asText())
                .isEqualTo("no record un-sc:QDi.999 in the active lists");

        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
    }
}
