package org.vigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.screening.security.Role;

/**
 * Every route against every caller: no credentials, a wrong API key, an API key of each role and a console session of
 * each role. The routes come from the router itself, so a new route is covered the day it is added; a route without
 * an {@link Access} rule fails this test.
 */
class AuthorizationTest {
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

    record Route(HandlerType method, String path, Access access) {
        /** The path with its parameters filled in with harmless values. */
        String concrete() {
            return path.replaceAll("\\{[^}]*}", "x1").replaceAll("<[^>]*>", "x1");
        }
    }

    static List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (ParsedEndpoint e : server.app.unsafe.internalRouter.allHttpHandlers()) {
            if (!e.endpoint.method.isHttpMethod()) {
                continue; // before/after filters
            }
            io.javalin.security.Roles meta = e.endpoint.metadata(io.javalin.security.Roles.class);
            Set<RouteRole> roles = meta == null ? Set.of() : meta.getRoles();
            assertThat(roles).as("access rule of %s %s", e.endpoint.method, e.endpoint.path).hasSize(1);
            assertThat(roles.iterator().next()).isInstanceOf(Access.class);
            out.add(new Route(e.endpoint.method, e.endpoint.path, (Access) roles.iterator().next()));
        }
        return out;
    }

    static HttpRequest.Builder method(HttpRequest.Builder b, HandlerType m) {
        if (m.equals(HandlerType.GET)) {
            return b.GET();
        }
        if (m.equals(HandlerType.DELETE)) {
            return b.DELETE();
        }
        return b.method(m.name(), HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
    }

    static boolean allowed(int status) {
        return status != 401 && status != 403 && !(status == 303);
    }

    @Test
    void everyRouteHasAnAccessRuleAndTheRulesHoldForEveryCaller() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).extracting(Route::path).contains("/api/v1/screen", "/login", "/health");
        List<String> failures = new ArrayList<>();
        java.util.Map<Role, TestServer.Browser> browsers = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            browsers.put(role, server.login(role.label() + "1"));
        }
        for (Route r : routes) {
            if (r.access() == Access.PUBLIC || r.path().equals("/logout")) {
                continue;
            }
            // no credentials: 401 for the API, a redirect to the login page for console pages
            HttpResponse<String> anon = server.send(method(HttpRequest.newBuilder(server.uri(r.concrete())),
                    r.method()).build());
            if (anon.statusCode() != 401 && anon.statusCode() != 303 && anon.statusCode() != 403) {
                failures.add(r + " without credentials: " + anon.statusCode());
            }
            HttpResponse<String> wrong = server.send(method(HttpRequest.newBuilder(server.uri(r.concrete()))
                    .header("Authorization", "Bearer vk_not-a-real-key"), r.method()).build());
            if (wrong.statusCode() != 401) {
                failures.add(r + " with a wrong API key: " + wrong.statusCode());
            }
            for (Role role : Role.values()) {
                boolean expected = role.atLeast(r.access().role().orElseThrow());
                HttpResponse<String> res = server.send(method(server.request(r.concrete(), role), r.method())
                        .build());
                if (allowed(res.statusCode()) != expected) {
                    failures.add(r + " with a " + role.label() + " key: " + res.statusCode() + " " + res.body());
                }
                TestServer.Browser b = browsers.get(role);
                HttpResponse<String> page = r.method().equals(HandlerType.GET) ? b.get(r.concrete())
                        : r.method().equals(HandlerType.POST) ? b.postForm(r.concrete(), "")
                        : b.send(r.method().name(), r.concrete());
                if (allowed(page.statusCode()) != expected) {
                    failures.add(r + " as console " + role.label() + ": " + page.statusCode());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void publicRoutesNeedNoLogin() throws Exception {
        for (Route r : routes()) {
            if (r.access() == Access.PUBLIC && r.method().equals(HandlerType.GET)) {
                HttpResponse<String> res = server.send(HttpRequest.newBuilder(server.uri(r.concrete())).build());
                assertThat(res.statusCode()).as(r.toString()).isLessThan(400);
            }
        }
    }

    @Test
    void consolePostsWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
        TestServer.Browser b = server.login("analyst1");
        assertThat(b.csrf).isNotBlank();
        HttpResponse<String> noToken = b.client.send(HttpRequest.newBuilder(server.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = b.client.send(HttpRequest.newBuilder(server.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(403);
        // with the token, logging out ends the session: the next page asks for a login again
        assertThat(b.postForm("/logout", "").statusCode()).isEqualTo(303);
        HttpResponse<String> after = b.get("/");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
    }

    @Test
    void loginFailuresAreAuditedWithoutThePasswordAndAnswerTheSameForUnknownUsers() throws Exception {
        var client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String form = client.send(HttpRequest.newBuilder(server.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = TestServer.hidden(form, "_csrf");
        for (String user : List.of("analyst1", "nobody")) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username=" + user
                            + "&password=wrong-password-123")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Wrong username or password.");
            token = TestServer.hidden(r.body(), "_csrf");
        }
        var rows = server.services.audit().read(1, 10_000);
        assertThat(rows).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("auth.login.failed");
            assertThat(e.subject()).isEqualTo("user:analyst1");
        });
        assertThat(rows).noneSatisfy(e -> assertThat(e.details()).contains("wrong-password-123"));
        assertThat(server.services.audit().verify().ok()).isTrue();
    }

    @Test
    void aLoginFormWithoutItsCookieTokenIsRefused() throws Exception {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=abc&username=analyst1&password="
                        + TestServer.enc(TestServer.PASSWORD))).build());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void aRevokedKeyStopsWorking() throws Exception {
        var created = server.services.apiKeys().create("test", "short-lived", Role.ANALYST);
        HttpRequest req = HttpRequest.newBuilder(server.uri("/api/v1/lists"))
                .header("X-API-Key", created.plainText()).build();
        assertThat(server.send(req).statusCode()).isEqualTo(200);
        server.services.apiKeys().revoke("test", created.key().id());
        assertThat(server.send(req).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheNextPathsOnThisSiteAreFollowedAfterLogin() {
        assertThat(LoginPages.safeNext("/alerts?status=open")).contains("/alerts?status=open");
        assertThat(LoginPages.safeNext("//evil.example/")).isEmpty();
        assertThat(LoginPages.safeNext("https://evil.example/")).isEmpty();
        assertThat(LoginPages.safeNext("/\\evil.example")).isEmpty();
    }
}
