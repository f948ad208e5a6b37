package org.vigil.app.web;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.app.AppContext;
import org.vigil.app.Services;
import org.vigil.app.config.VigilConfig;
import org.vigil.screening.batch.BatchSettings;
import org.vigil.screening.db.Database;
import org.vigil.screening.security.Role;

/**
 * A real server for tests: the bundled lists in a temporary data directory, a private in-memory H2 database (or the
 * one given), one API key per role and a console user per role ({@code analyst1}, {@code reviewer1}, {@code admin1};
 * password {@link #PASSWORD}).
 */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";

    public final AppContext ctx;
    public final Services services;
    public final Javalin app;
    public final HttpClient http = HttpClient.newHttpClient();
    private final Map<Role, String> keys = new EnumMap<>(Role.class);

    private TestServer(AppContext ctx, Services services) {
        this(ctx, services, BatchSettings.defaults());
    }

    private TestServer(AppContext ctx, Services services, BatchSettings batch) {
        this.ctx = ctx;
        this.services = services;
        for (Role r : Role.values()) {
            keys.put(r, services.apiKeys().create("test", "test-" + r.label(), r).plainText());
            services.users().add("test", r.label() + "1", PASSWORD, r);
        }
        this.app = new WebServer(ctx, services).batchSettings(batch).create().start("127.0.0.1", 0);
    }

    /** A private in-memory database, PostgreSQL-compatible like the embedded default. */
    public static String memoryDb() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
    }

    public static VigilConfig config(Path data) {
        return VigilConfig.load(Optional.empty(), Optional.of(data), Map.of());
    }

    public static TestServer start(Path data) {
        return start(AppContext.open(config(data), new PrintWriter(new StringWriter())));
    }

    public static TestServer start(AppContext ctx) {
        return start(ctx, memoryDb());
    }

    public static TestServer start(AppContext ctx, String jdbcUrl) {
        return new TestServer(ctx, new Services(Database.open(jdbcUrl), Clock.systemUTC()));
    }

    /** A server whose batch jobs run with {@code batch} (e.g. no workers, so that jobs stay queued). */
    public static TestServer start(AppContext ctx, String jdbcUrl, BatchSettings batch) {
        return new TestServer(ctx, new Services(Database.open(jdbcUrl), Clock.systemUTC()), batch);
    }

    public String key(Role role) {
        return keys.get(role);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    /** A request with an analyst's API key. */
    public HttpRequest.Builder request(String path) {
        return request(path, Role.ANALYST);
    }

    public HttpRequest.Builder request(String path, Role role) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key(role));
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).build());
    }

    public HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A browser-like client logged in to the console as {@code username}, with its session's CSRF token. */
    public Browser login(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = hidden(form.body(), "_csrf");
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token) + "&username=" + enc(username)
                        + "&password=" + enc(PASSWORD) + "&next=%2F")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303) {
            throw new IllegalStateException("login as " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        Browser b = new Browser(client, null);
        String page = b.get("/").body();
        return new Browser(client, hidden(page, "_csrf"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The value of a hidden input {@code name} in a page; null if absent. */
    public static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** A logged-in console client. {@code csrf} is the session's token (from a page's logout form). */
    public final class Browser {
        public final HttpClient client;
        public final String csrf;

        Browser(HttpClient client, String csrf) {
            this.client = client;
            this.csrf = csrf;
        }

        public HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A request with another method (PUT, DELETE), carrying the CSRF token in its header as scripts do. */
        public HttpResponse<String> send(String method, String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header(Auth.CSRF_HEADER, csrf == null ? "" : csrf)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form; {@code form} is url-encoded already and gets the CSRF token added. */
        public HttpResponse<String> postForm(String path, String form) throws Exception {
            String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf == null ? "" : csrf);
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Override
    public void close() {
        app.stop();
        services.close();
    }
}
